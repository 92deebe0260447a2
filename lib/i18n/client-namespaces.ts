/**
 * The messages that go to the browser. Server components translate on the server with the whole catalogue; only
 * client components need messages in the page, and every page used to carry the whole catalogue (~83 KB of JSON in
 * its HTML) for them. The root layout now sends the global namespaces below; a module's layout sends those plus its
 * own (components/i18n/client-messages.tsx). A "a.b" entry sends only that part of "a".
 *
 * tests/unit/client-messages.test.ts walks every route's imports and fails when a client component translates with
 * a namespace its route does not send: add it here, to the module whose pages need it.
 */

/** The shell, the error pages and the form kit, on every page. */
export const GLOBAL_CLIENT_NAMESPACES = ["shell", "locale", "outage", "forms"] as const;

/** The attachments kit (components/attachments), on the records of several modules. */
const ATTACHMENTS = ["attachments.upload", "attachments.remove", "uploads.errors"];

/** Keyed by the module named in its layout's `<ClientMessages module="…">`. */
export const MODULE_CLIENT_NAMESPACES = {
  auth: ["login", "security", "account.session"],
  account: ["account"],
  officials: ["officialRecord", "officialChanges.panel", ...ATTACHMENTS],
  officialsImport: ["import", "officials.employmentTypes", "table", "common"],
  units: ["units"],
  inaugurations: ["appointments", "inaugurations", "attendance", "table", "news", ...ATTACHMENTS],
  supervision: ["supervision", "workflow", "news", ...ATTACHMENTS],
  followUps: ["followUps", "workflow", ...ATTACHMENTS],
  events: ["events", "stakeholders", "attendance", "workflow", "news", ...ATTACHMENTS],
  news: ["news", "workflow"],
  calendar: ["calendar.feed"],
  users: ["users"],
} satisfies Record<string, readonly string[]>;

export type ClientModule = keyof typeof MODULE_CLIENT_NAMESPACES;

/** What a provider sends: the global namespaces, and a module's own when it is given. */
export function clientNamespaces(module?: ClientModule): readonly string[] {
  return module
    ? [...GLOBAL_CLIENT_NAMESPACES, ...MODULE_CLIENT_NAMESPACES[module]]
    : GLOBAL_CLIENT_NAMESPACES;
}

type Messages = Record<string, unknown>;

/** The parts of `messages` the dotted paths name, in one object shaped like the catalogue (which it never alters). */
export function pickMessages(messages: Messages, paths: readonly string[]): Messages {
  const picked: Messages = {};
  // Shorter paths first, so that a part whose ancestor is already picked whole is skipped, and every object made
  // on the way down is the pick's own, never one of the catalogue's.
  const sorted = paths.map((path) => path.split(".")).sort((a, b) => a.length - b.length);
  const whole = new Set<string>();
  for (const keys of sorted) {
    if (keys.some((_, index) => whole.has(keys.slice(0, index).join(".")))) continue;
    const value = keys.reduce<unknown>((node, key) => (node as Messages | undefined)?.[key], messages);
    if (value === undefined) continue;
    let target = picked;
    for (const key of keys.slice(0, -1)) target = (target[key] ??= {}) as Messages;
    target[keys.at(-1)!] = value;
    whole.add(keys.join("."));
  }
  return picked;
}

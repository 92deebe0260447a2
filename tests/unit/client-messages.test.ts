import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import {
  clientNamespaces,
  GLOBAL_CLIENT_NAMESPACES,
  MODULE_CLIENT_NAMESPACES,
  pickMessages,
  type ClientModule,
} from "@/lib/i18n/client-namespaces";
import { messagesFor } from "@/lib/i18n/messages";

/*
 * The browser receives only the messages its providers pick (components/i18n/client-messages.tsx): the root layout's
 * global namespaces, and in a module the module's own. This walks every route's import graph the way the bundler
 * does and checks that each namespace a client component translates with is among what reaches it; a client
 * component asking for one its route does not send would show the message key instead of the words.
 */

const ROOT = path.resolve(__dirname, "../..");
const APP = path.join(ROOT, "app");

function filesUnder(dir: string, name: RegExp): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const full = path.join(dir, entry);
    if (statSync(full).isDirectory()) return filesUnder(full, name);
    return name.test(entry) ? [full] : [];
  });
}

const TEXTS = new Map<string, string>();
function textOf(file: string): string {
  let text = TEXTS.get(file);
  if (text === undefined) {
    text = readFileSync(file, "utf8");
    TEXTS.set(file, text);
  }
  return text;
}

/** The directive that opens the file, after any leading comments. */
function directiveOf(text: string): string | undefined {
  const body = text.replace(/^(?:\s+|\/\/[^\n]*|\/\*[\s\S]*?\*\/)*/, "");
  return /^["'](use client|use server)["']/.exec(body)?.[1];
}

const EXTENSIONS = ["", ".tsx", ".ts", "/index.tsx", "/index.ts"];

/** A specifier as the bundler resolves it, for the repository's own source files; packages and JSON are left out. */
function resolveImport(from: string, specifier: string): string | undefined {
  const base = specifier.startsWith("@/")
    ? path.join(ROOT, specifier.slice(2))
    : specifier.startsWith(".")
      ? path.resolve(path.dirname(from), specifier)
      : undefined;
  if (!base) return undefined;
  for (const extension of EXTENSIONS) {
    const candidate = base + extension;
    if (!/\.tsx?$/.test(candidate)) continue;
    if (TEXTS.has(candidate) || (existsSync(candidate) && statSync(candidate).isFile())) return candidate;
  }
  if (/\.(json|css|svg)$/.test(base) || base.includes("/lib/generated/")) return undefined;
  throw new Error(`${path.relative(ROOT, from)}: cannot resolve "${specifier}"`);
}

/** The value imports of a file (static, re-exports, side-effect and dynamic `import()`); `import type` is erased. */
function importsOf(file: string): string[] {
  const text = textOf(file);
  const specifiers = [
    ...[...text.matchAll(/^\s*(?:import|export)\s+(?!type\s)[^;'"]*?\s+from\s+["']([^"']+)["']/gm)].map(
      (m) => m[1]!,
    ),
    ...[...text.matchAll(/^\s*import\s+["']([^"']+)["']/gm)].map((m) => m[1]!),
    ...[...text.matchAll(/\bimport\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1]!),
  ];
  return specifiers.flatMap((specifier) => resolveImport(file, specifier) ?? []);
}

interface Use {
  file: string;
  namespace: string;
}

/**
 * What a client file translates with: the literal namespace of each `useTranslations("…")`. No namespace or a
 * computed one cannot be checked, so it is reported as `<…>` and refused.
 */
function translationsOf(file: string): Use[] {
  const rel = path.relative(ROOT, file);
  return [...textOf(file).matchAll(/\buse(Translations|Messages)\(([^)]*)\)/g)].map(([, hook, argument]) => {
    const literal = /^\s*["']([A-Za-z.]+)["']\s*$/.exec(argument!)?.[1];
    if (hook === "Translations" && literal) return { file: rel, namespace: literal };
    return { file: rel, namespace: `<use${hook}(${argument!.trim()})>` };
  });
}

/**
 * The namespaces the client files reachable from `entry` translate with. A file is client once it says "use client"
 * or is imported by a client file; a "use server" module is a reference from the client, not client code.
 */
function clientUses(entry: string): Use[] {
  const seen = new Map<string, boolean>();
  const uses: Use[] = [];
  const visit = (file: string, inClient: boolean) => {
    const directive = directiveOf(textOf(file));
    if (inClient && directive === "use server") return;
    const client = inClient || directive === "use client";
    if (seen.get(file) === true || seen.get(file) === client) return;
    seen.set(file, client);
    if (client) uses.push(...translationsOf(file));
    for (const imported of importsOf(file)) visit(imported, client);
  };
  visit(entry, false);
  return uses;
}

/** `<ClientMessages>` or `<ClientMessages module="…">` in a layout: the provider it puts around its children. */
function providerOf(layout: string): ClientModule | "global" | undefined {
  const match = /<ClientMessages(?:\s+module="([A-Za-z]+)")?\s*>/.exec(textOf(layout));
  if (!match) return undefined;
  return (match[1] as ClientModule | undefined) ?? "global";
}

/**
 * The provider around a route file: the nearest layout with `<ClientMessages>` in its own folder (a layout wraps its
 * folder's page, error and not-found) or above; a layout itself sits inside the providers of the folders above it.
 */
function providerAround(file: string): ClientModule | "global" | undefined {
  let dir = path.dirname(file);
  if (path.basename(file) === "layout.tsx") dir = path.dirname(dir);
  for (; dir.startsWith(APP); dir = path.dirname(dir)) {
    const layout = path.join(dir, "layout.tsx");
    const provider = existsSync(layout) ? providerOf(layout) : undefined;
    if (provider) return provider;
  }
  return undefined;
}

function covers(given: readonly string[], namespace: string): boolean {
  return given.some((picked) => namespace === picked || namespace.startsWith(`${picked}.`));
}

const ROUTE_FILES = filesUnder(APP, /^(page|layout|error|not-found|loading|template)\.tsx$/);

describe("client messages", () => {
  it("walks the routes and finds the client components' namespaces (the scan itself works)", () => {
    expect(ROUTE_FILES.length).toBeGreaterThan(50);
    const login = clientUses(path.join(APP, "(auth)/login/page.tsx")).map(({ namespace }) => namespace);
    expect(login).toEqual(expect.arrayContaining(["login", "security"]));
    const record = clientUses(path.join(APP, "(app)/pegawai/[id]/ubah/page.tsx")).map(
      ({ namespace }) => namespace,
    );
    expect(record).toEqual(expect.arrayContaining(["officialRecord", "forms"]));
  });

  it("refuses a client translation whose namespace it cannot read, and ignores server files", () => {
    const client = path.join(ROOT, "virtual/client.tsx");
    const server = path.join(ROOT, "virtual/server.tsx");
    TEXTS.set(
      client,
      '"use client";\nconst a = useTranslations();\nconst b = useTranslations(ns);\nuseMessages();\n',
    );
    TEXTS.set(server, 'import { X } from "./client";\nconst c = useTranslations();\n');
    expect(clientUses(server).map(({ namespace }) => namespace)).toEqual([
      "<useTranslations()>",
      "<useTranslations(ns)>",
      "<useMessages()>",
    ]);
  });

  it("every route's client components get the namespaces they translate with", () => {
    const missing = ROUTE_FILES.flatMap((file) => {
      if (path.basename(file) === "global-error.tsx") return [];
      const provider = providerAround(file);
      const given = provider ? clientNamespaces(provider === "global" ? undefined : provider) : [];
      return clientUses(file)
        .filter(({ namespace }) => !covers(given, namespace))
        .map(
          ({ file: user, namespace }) =>
            `${path.relative(ROOT, file)} (${provider ?? "no provider"}): ${namespace} in ${user}`,
        );
    });
    expect([...new Set(missing)]).toEqual([]);
  });

  it("the global error page brings the namespaces of what it shows", () => {
    const file = path.join(APP, "global-error.tsx");
    const given = Object.keys(JSON.parse(textOf(path.join(ROOT, "lib/i18n/messages/id/operations.json"))));
    expect(textOf(file)).toContain("{ id: idOperations, en: enOperations }");
    const missing = clientUses(file).filter(({ namespace }) => !covers(given, namespace));
    expect(missing).toEqual([]);
  });

  it("every module's layout puts its provider around it", () => {
    for (const name of Object.keys(MODULE_CLIENT_NAMESPACES)) {
      expect(
        ROUTE_FILES.some((file) => path.basename(file) === "layout.tsx" && providerOf(file) === name),
        name,
      ).toBe(true);
    }
    expect(providerOf(path.join(APP, "layout.tsx"))).toBe("global");
  });

  it.each(["id", "en"] as const)("every picked namespace exists in the %s catalogue", (locale) => {
    const messages = messagesFor(locale);
    const lists = [GLOBAL_CLIENT_NAMESPACES, ...Object.values(MODULE_CLIENT_NAMESPACES)].flat();
    const absent = lists.filter(
      (namespace) =>
        namespace
          .split(".")
          .reduce<unknown>((node, key) => (node as Record<string, unknown>)?.[key], messages) === undefined,
    );
    expect(absent).toEqual([]);
  });
});

describe("pickMessages", () => {
  const catalogue = { a: { b: { c: "c" }, d: "d" }, e: { f: "f" }, g: "g" };

  it("sends the named parts only, shaped like the catalogue", () => {
    expect(pickMessages(catalogue, ["a.b", "g", "e.f"])).toEqual({
      a: { b: { c: "c" } },
      e: { f: "f" },
      g: "g",
    });
    expect(pickMessages(catalogue, ["a.b.c", "a.d"])).toEqual({ a: { b: { c: "c" }, d: "d" } });
  });

  it("a namespace picked whole wins over its parts, and the catalogue is left as it was", () => {
    const before = structuredClone(catalogue);
    expect(pickMessages(catalogue, ["a.b", "a", "a.d"])).toEqual({ a: catalogue.a });
    expect(pickMessages(catalogue, ["a.d", "a.b.c", "e"])).toEqual({
      a: { b: { c: "c" }, d: "d" },
      e: { f: "f" },
    });
    expect(catalogue).toEqual(before);
  });

  it("skips a path the catalogue does not have", () => {
    expect(pickMessages(catalogue, ["x.y", "g"])).toEqual({ g: "g" });
  });
});

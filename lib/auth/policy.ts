import type { Role, UnitLevel } from "@/lib/generated/prisma/enums";
import { isInScope } from "./scope";
import type { CurrentUser } from "./types";

/** Everything a user may try to do. Views and changes are separate so read-only roles fall out naturally. */
export const ACTIONS = [
  "unit.view",
  "unit.manage",
  "official.view",
  "official.manage",
  "appointment.view",
  "appointment.propose",
  "appointment.approve",
  /**
   * The decision chain and minimum ranks (AppointmentLevelRule), one for the whole nation: the administrators of
   * the Sekretariat Jenderal only.
   */
  "appointment.configure",
  "inauguration.view",
  "inauguration.manage",
  "supervision.view",
  "visit.manage",
  "report.file",
  "report.review",
  "followUp.view",
  "followUp.manage",
  "followUp.verify",
  "event.view",
  "event.manage",
  "news.view",
  "news.manage",
  /** Terbitkan berita: the unit's secretary (or a Plh./Plt.) publishes its news, or sends it back to draft. */
  "news.publish",
  "audit.view",
  /** Accounts (pengguna): administrators anywhere; a secretary for their own unit and the units below it. */
  "user.manage",
  /** One's own calendar feed address (kalender): every signed-in account, whatever its role. */
  "calendar.subscribe",
  /** One's own password (kata sandi): every signed-in account. */
  "account.password",
] as const;
export type Action = (typeof ACTIONS)[number];

const VIEWS: Action[] = ACTIONS.filter((action) => action.endsWith(".view"));
const ANY_LEVEL: UnitLevel[] = ["NATIONAL", "PROVINCE", "REGENCY_CITY"];
const UPPER_LEVELS: UnitLevel[] = ["NATIONAL", "PROVINCE"];

type Grant = Partial<Record<Action, UnitLevel[]>>;

function grant(actions: Action[], levels: UnitLevel[]): Grant {
  return Object.fromEntries(actions.map((action) => [action, levels]));
}

/** The day-to-day work of every secretariat, at any level, on its own records. */
const UNIT_WORK: Action[] = [
  "official.manage",
  "appointment.propose",
  "report.file",
  "followUp.manage",
  "event.manage",
  "news.manage",
];
const VIEWS_BUT_AUDIT = VIEWS.filter((action) => action !== "audit.view");
/** What every account does for itself, read-only viewers included. */
const PERSONAL: Action[] = ["calendar.subscribe", "account.password"];
/**
 * Deciding an appointment (and designating the Plt./Plh. who decides in one's place) is a secretary's: the chain
 * names the unit whose secretary decides each step, and an administrator is not one (decision 012).
 */
const SECRETARY_DECIDES: Action[] = ["appointment.approve"];
/** Settings that hold for every province at once, changed only at the Sekretariat Jenderal. */
const NATIONAL_ONLY: Action[] = ["appointment.configure"];

/**
 * Who may do what: a role is held at the user's home unit, and some powers exist only at the province or
 * national level (the provincial secretary approves appointments; regency secretaries file reports).
 */
const PERMISSIONS: Record<Role, Grant> = {
  ADMINISTRATOR: {
    ...grant(
      ACTIONS.filter((action) => !SECRETARY_DECIDES.includes(action) && !NATIONAL_ONLY.includes(action)),
      ANY_LEVEL,
    ),
    ...grant(NATIONAL_ONLY, ["NATIONAL"]),
  },
  SECRETARY: {
    ...grant(VIEWS, ANY_LEVEL),
    ...grant(PERSONAL, ANY_LEVEL),
    ...grant([...UNIT_WORK, "user.manage"], ANY_LEVEL),
    ...grant(["news.publish"], ANY_LEVEL),
    ...grant(
      [
        "unit.manage",
        "appointment.approve",
        "inauguration.manage",
        "visit.manage",
        "report.review",
        "followUp.verify",
      ],
      UPPER_LEVELS,
    ),
  },
  STAFF: {
    ...grant(VIEWS_BUT_AUDIT, ANY_LEVEL),
    ...grant(PERSONAL, ANY_LEVEL),
    ...grant(UNIT_WORK, ANY_LEVEL),
    ...grant(["unit.manage", "inauguration.manage", "visit.manage"], UPPER_LEVELS),
  },
  VIEWER: { ...grant(VIEWS_BUT_AUDIT, ANY_LEVEL), ...grant(PERSONAL, ANY_LEVEL) },
};

type PolicyUser = Pick<CurrentUser, "role" | "unit" | "scopeUnitIds">;

/**
 * May this user do `action`, and, when a record is given, on this record? A record is in reach only if its
 * unit lies in the user's subtree. Pages and actions ask this; none checks roles by hand.
 */
export function can(user: PolicyUser, action: Action, record?: { unitId: string }): boolean {
  const levels = PERMISSIONS[user.role][action];
  if (!levels || !levels.includes(user.unit.level)) return false;
  return record ? isInScope(user, record.unitId) : true;
}

/**
 * The one upward read (docs/decisions/014-news.md): a published news item is read by everyone in its unit's
 * subtree, so a regency reads its province's and the national news, as well as by those whose scope holds the
 * unit. Nothing else is read upward, and a draft never is: `ancestorUnitIds` are the units above the user's home
 * unit (loadAncestorUnitIds), passed in so this stays a pure check.
 */
export function canReadPublishedNews(
  user: PolicyUser,
  ancestorUnitIds: ReadonlySet<string>,
  item: { unitId: string; status: string },
): boolean {
  if (!can(user, "news.view") || item.status !== "PUBLISHED") return false;
  return isInScope(user, item.unitId) || ancestorUnitIds.has(item.unitId);
}

export class ForbiddenError extends Error {
  constructor(readonly action: Action) {
    super(`Not allowed: ${action}`);
    this.name = "ForbiddenError";
  }
}

export function assertCan(user: PolicyUser, action: Action, record?: { unitId: string }): void {
  if (!can(user, action, record)) throw new ForbiddenError(action);
}

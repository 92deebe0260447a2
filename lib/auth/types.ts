import type { ActingKind, Role, UnitLevel } from "@/lib/generated/prisma/enums";

export interface CurrentUser {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  unit: { id: string; code: string; name: string; shortName: string; level: UnitLevel; timeZone: string };
  /** The official this account belongs to, if any: follow-ups they are in charge of reach them too. */
  officialId: string | null;
  /** Ids of the home unit and every unit below it: what this user may see. */
  scopeUnitIds: ReadonlySet<string>;
  /** The scope is every unit there is (a national user's): scoped reads need no unit condition (auth/scope.ts). */
  scopeCoversAllUnits?: true;
  /** Plt./Plh. Sekretaris designated for today: the user acts with the secretary's role at their unit. */
  acting?: { kind: ActingKind };
  /** After a password reset: the user must choose a new password before anything else (/akun/kata-sandi). */
  mustChangePassword?: boolean;
}

/** The parts of a user the actor of an audit entry needs. */
export interface Actor {
  id: string;
  name: string;
}

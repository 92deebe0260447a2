import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { ActingKind, Role, UnitLevel } from "@/lib/generated/prisma/enums";
import { coversAllUnits } from "./scope";
import { SUBTREE_STEP } from "./scope-sql";
import type { CurrentUser } from "./types";

interface AccountRow {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  active: boolean;
  sessionVersion: number;
  mustChangePassword: boolean;
  officialId: string | null;
  unitId: string;
  unitCode: string;
  unitName: string;
  unitShortName: string;
  unitLevel: UnitLevel;
  unitTimeZone: string;
  /**
   * Plt./Plh. Sekretaris (pelaksana tugas / pelaksana harian): a designation in force today, on the home unit's
   * clock, lends staff the secretary's role at that unit; what they decide is recorded as decided by "Plh. Sekretaris".
   */
  acting: ActingKind | null;
  scopeUnitIds: string[];
  allUnits: number;
}

/**
 * A user with role, home unit and scope, or null if unknown or deactivated. Given the session's version (every
 * request's session does), also null when the user's sessions have been ended since it was minted: signed out,
 * deactivated, password reset or changed, role or unit changed (lib/auth/sessions.ts).
 *
 * One statement, since every signed-in request starts here: the account and its unit, today's designation at that
 * unit (today on the unit's clock, `now` as this process reads it), and the scope (scope.ts), which it read in
 * three, two of them one after the other.
 */
export async function loadCurrentUser(
  db: Pick<PrismaClient, "$queryRaw">,
  userId: string,
  session?: { sessionVersion: number },
  now: Date = new Date(),
): Promise<CurrentUser | null> {
  const [user] = await db.$queryRaw<AccountRow[]>`
    WITH RECURSIVE account AS (
      SELECT u.id, u.username, u."displayName", u.role::text AS role, u.active, u."sessionVersion",
        u."mustChangePassword", u."officialId", w.id AS "unitId", w.code AS "unitCode", w.name AS "unitName",
        w."shortName" AS "unitShortName", w.level::text AS "unitLevel", w."timeZone" AS "unitTimeZone",
        (${now}::timestamptz AT TIME ZONE w."timeZone")::date AS today
      FROM app_user u JOIN work_unit w ON w.id = u."unitId"
      WHERE u.id = ${userId}
    ), subtree AS (
      SELECT "unitId" AS id FROM account WHERE active
      ${SUBTREE_STEP}
    )
    SELECT id, username, "displayName", role, active, "sessionVersion", "mustChangePassword", "officialId",
      "unitId", "unitCode", "unitName", "unitShortName", "unitLevel", "unitTimeZone",
      (SELECT designation.kind::text FROM acting_designation designation
        WHERE designation."userId" = account.id AND designation."unitId" = account."unitId"
          AND designation."cancelledAt" IS NULL
          AND designation."startDate" <= account.today AND designation."endDate" >= account.today
        ORDER BY designation."startDate" DESC LIMIT 1) AS acting,
      ARRAY(SELECT subtree.id FROM subtree) AS "scopeUnitIds",
      (SELECT count(*) FROM work_unit)::int AS "allUnits"
    FROM account`;
  if (!user || !user.active) return null;
  if (session && session.sessionVersion !== user.sessionVersion) return null;
  const unit = {
    id: user.unitId,
    code: user.unitCode,
    name: user.unitName,
    shortName: user.unitShortName,
    level: user.unitLevel,
    timeZone: user.unitTimeZone,
  };
  // A designation lends the secretary's powers to staff; it never takes an administrator's away, and a secretary
  // acts as themselves.
  const acting =
    (user.role === "STAFF" || user.role === "VIEWER") && user.acting ? { kind: user.acting } : null;
  return {
    id: user.id,
    username: user.username,
    displayName: user.displayName,
    role: acting ? "SECRETARY" : user.role,
    unit,
    officialId: user.officialId,
    scopeUnitIds: new Set(user.scopeUnitIds),
    ...(coversAllUnits(unit.level, user.scopeUnitIds.length, user.allUnits)
      ? { scopeCoversAllUnits: true as const }
      : {}),
    ...(acting ? { acting } : {}),
    ...(user.mustChangePassword ? { mustChangePassword: true } : {}),
  };
}

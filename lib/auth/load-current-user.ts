import type { PrismaClient } from "@/lib/generated/prisma/client";
import { actingToday } from "./acting";
import { loadScope } from "./scope";
import type { CurrentUser } from "./types";

/**
 * A user with role, home unit and scope, or null if unknown or deactivated. Given the session's version (every
 * request's session does), also null when the user's sessions have been ended since it was minted: signed out,
 * deactivated, password reset or changed, role or unit changed (lib/auth/sessions.ts).
 */
export async function loadCurrentUser(
  db: PrismaClient,
  userId: string,
  session?: { sessionVersion: number },
): Promise<CurrentUser | null> {
  const user = await db.user.findUnique({
    where: { id: userId },
    select: {
      id: true,
      username: true,
      displayName: true,
      role: true,
      active: true,
      sessionVersion: true,
      mustChangePassword: true,
      officialId: true,
      unit: { select: { id: true, code: true, name: true, shortName: true, level: true, timeZone: true } },
    },
  });
  if (!user || !user.active) return null;
  if (session && session.sessionVersion !== user.sessionVersion) return null;
  const [designation, scope] = await Promise.all([
    actingToday(db, user.id, user.unit),
    loadScope(db, user.unit.id),
  ]);
  // A designation lends the secretary's powers to staff; it never takes an administrator's away, and a secretary
  // acts as themselves.
  const acting = user.role === "STAFF" || user.role === "VIEWER" ? designation : null;
  return {
    id: user.id,
    username: user.username,
    displayName: user.displayName,
    role: acting ? "SECRETARY" : user.role,
    unit: user.unit,
    officialId: user.officialId,
    scopeUnitIds: scope.unitIds,
    ...(scope.coversAllUnits ? { scopeCoversAllUnits: true as const } : {}),
    ...(acting ? { acting } : {}),
    ...(user.mustChangePassword ? { mustChangePassword: true } : {}),
  };
}

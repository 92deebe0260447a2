import type { PrismaClient } from "@/lib/generated/prisma/client";
import { actingToday } from "./acting";
import { loadScopeUnitIds } from "./scope";
import type { CurrentUser } from "./types";

/** A user with role, home unit and scope, or null if unknown or deactivated. */
export async function loadCurrentUser(db: PrismaClient, userId: string): Promise<CurrentUser | null> {
  const user = await db.user.findUnique({
    where: { id: userId },
    select: {
      id: true,
      username: true,
      displayName: true,
      role: true,
      active: true,
      unit: { select: { id: true, code: true, name: true, shortName: true, level: true, timeZone: true } },
    },
  });
  if (!user || !user.active) return null;
  const [designation, scopeUnitIds] = await Promise.all([
    actingToday(db, user.id, user.unit),
    loadScopeUnitIds(db, user.unit.id),
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
    scopeUnitIds,
    ...(acting ? { acting } : {}),
  };
}

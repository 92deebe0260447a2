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
  const acting = await actingToday(db, user.id, user.unit);
  return {
    id: user.id,
    username: user.username,
    displayName: user.displayName,
    role: acting ? "SECRETARY" : user.role,
    unit: user.unit,
    scopeUnitIds: await loadScopeUnitIds(db, user.unit.id),
    ...(acting ? { acting } : {}),
  };
}

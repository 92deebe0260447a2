import { inScope } from "@/lib/auth/scope";
import type { CurrentUser } from "@/lib/auth/types";
import { prisma } from "@/lib/db/client";

/** Units in the user's scope, ordered as the tree reads: national, province, then regencies by name. */
export function listUnitsInScope(user: CurrentUser) {
  return prisma.workUnit.findMany({
    where: { id: { in: [...user.scopeUnitIds] }, deactivatedAt: null },
    select: { id: true, code: true, name: true, level: true, parentId: true },
    orderBy: [{ level: "asc" }, { name: "asc" }],
  });
}

/** One unit by its region code, or null when it does not exist or lies outside the user's scope. */
export async function findUnitInScope(user: CurrentUser, code: string) {
  const unit = await prisma.workUnit.findUnique({
    where: { code },
    select: {
      id: true,
      code: true,
      name: true,
      shortName: true,
      level: true,
      timeZone: true,
      supportStaffQuota: true,
      parent: { select: { code: true, name: true } },
    },
  });
  return unit && user.scopeUnitIds.has(unit.id) ? unit : null;
}

/** The unit's sections with their posts and who holds each post now. */
export function listSectionsWithPosts(user: CurrentUser, unitId: string) {
  return prisma.position.findMany({
    where: { ...inScope(user), unitId, abolishedAt: null },
    select: {
      id: true,
      title: true,
      kind: true,
      quota: true,
      section: { select: { id: true, name: true, sortOrder: true } },
      assignments: {
        where: { endDate: null },
        select: { startDate: true, official: { select: { id: true, name: true } } },
        orderBy: { startDate: "asc" },
      },
    },
    orderBy: [{ section: { sortOrder: "asc" } }, { sortOrder: "asc" }],
  });
}

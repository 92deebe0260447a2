/** Perubahan terjadwal as pages list them: not yet in force, soonest first, within the user's scope. */
import "server-only";
import { inScope } from "@/lib/auth/scope";
import type { CurrentUser } from "@/lib/auth/types";
import { prisma } from "@/lib/db/client";

/**
 * The scheduled changes of one official, or of everyone in scope: a change is in scope in the official's unit and,
 * for a move, in the unit they are to join. `take` caps a summary list.
 */
export function listScheduledChanges(user: CurrentUser, filter: { officialId?: string; take?: number } = {}) {
  return prisma.officialChange.findMany({
    where: {
      appliedAt: null,
      cancelledAt: null,
      officialId: filter.officialId,
      OR: [inScope(user), { toUnitId: { in: [...user.scopeUnitIds] } }],
    },
    select: {
      id: true,
      kind: true,
      effectiveDate: true,
      status: true,
      reason: true,
      unitId: true,
      toUnitId: true,
      official: { select: { id: true, name: true } },
      unit: { select: { name: true } },
      toUnit: { select: { name: true } },
      assignment: { select: { position: { select: { title: true } } } },
    },
    orderBy: [{ effectiveDate: "asc" }, { createdAt: "asc" }],
    take: filter.take,
  });
}

export type ScheduledChangeRow = Awaited<ReturnType<typeof listScheduledChanges>>[number];

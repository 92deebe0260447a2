import "server-only";
import type { CurrentUser } from "@/lib/auth/types";
import { prisma } from "@/lib/db/client";

const PAGE_SIZE = 50;

/**
 * Audit entries about units in the user's scope, newest first, paged by id (append-only, so ids only grow).
 * National administrators also see entries that belong to no unit.
 */
export async function listAuditEntries(user: CurrentUser, beforeId?: bigint) {
  const unitFilter = user.unit.level === "NATIONAL" ? {} : { unitId: { in: [...user.scopeUnitIds] } };
  const rows = await prisma.auditLog.findMany({
    where: { ...unitFilter, ...(beforeId ? { id: { lt: beforeId } } : {}) },
    select: {
      id: true,
      at: true,
      actorName: true,
      action: true,
      entityType: true,
      entityId: true,
      before: true,
      after: true,
    },
    orderBy: { id: "desc" },
    take: PAGE_SIZE + 1,
  });
  const hasMore = rows.length > PAGE_SIZE;
  const entries = rows.slice(0, PAGE_SIZE);
  return { entries, nextBeforeId: hasMore ? entries.at(-1)?.id : undefined };
}

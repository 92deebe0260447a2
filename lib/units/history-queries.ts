import "server-only";
import { prisma } from "@/lib/db/client";
import { describeHistoryEntry, UNIT_HISTORY_ENTITIES, type HistoryItem } from "./history";

const PAGE_SIZE = 20;

export interface UnitHistoryEntry extends HistoryItem {
  id: string;
  at: Date;
  actorName: string;
}

/**
 * The history of a unit, its sections and its posts, newest first, paged by audit id (the log is append-only,
 * so ids only grow). The caller has checked that the unit is in the user's scope.
 */
export async function listUnitHistory(unitId: string, beforeId?: bigint) {
  const rows = await prisma.auditLog.findMany({
    where: {
      unitId,
      entityType: { in: [...UNIT_HISTORY_ENTITIES] },
      ...(beforeId ? { id: { lt: beforeId } } : {}),
    },
    select: {
      id: true,
      at: true,
      actorName: true,
      action: true,
      entityType: true,
      before: true,
      after: true,
    },
    orderBy: { id: "desc" },
    take: PAGE_SIZE + 1,
  });
  const entries: UnitHistoryEntry[] = rows.slice(0, PAGE_SIZE).map((row) => ({
    id: row.id.toString(),
    at: row.at,
    actorName: row.actorName,
    ...describeHistoryEntry(row),
  }));
  return { entries, nextBeforeId: rows.length > PAGE_SIZE ? entries.at(-1)?.id : undefined };
}

/**
 * Pimpinan satuan kerja: the official who holds a unit's head post (its Sekretaris), the person in charge a new
 * follow-up gets by default (docs/decisions/008-follow-ups.md). The head post is the unit-level structural post,
 * the one outside every section; "holds" is lib/assignments/current.ts's, on today in the unit's own zone.
 */
import "server-only";
import { heldOnWhere } from "@/lib/assignments/current";
import { todayInZone } from "@/lib/dates/today";
import type { Prisma } from "@/lib/generated/prisma/client";

type Reader = Pick<Prisma.TransactionClient, "workUnit" | "assignment">;

/**
 * The head of each unit, by unit id; a unit whose head post is vacant (or held by an official who is not serving
 * at the unit now: on leave, moved away) is left out. One read of the units and one of the posts' holders.
 */
export async function unitHeads(db: Reader, unitIds: readonly string[], now = new Date()) {
  const heads = new Map<string, string>();
  const ids = [...new Set(unitIds)];
  if (ids.length === 0) return heads;
  const units = await db.workUnit.findMany({
    where: { id: { in: ids } },
    select: { id: true, timeZone: true },
  });
  // Units whose today is the same day share one condition (NTB is one zone; Indonesia has three).
  const byDay = new Map<number, { day: Date; unitIds: string[] }>();
  for (const unit of units) {
    const day = todayInZone(unit.timeZone, now);
    const group = byDay.get(day.getTime()) ?? { day, unitIds: [] };
    group.unitIds.push(unit.id);
    byDay.set(day.getTime(), group);
  }
  const held = await db.assignment.findMany({
    where: {
      OR: [...byDay.values()].map(({ day, unitIds: group }) => ({
        unitId: { in: group },
        ...heldOnWhere(day),
      })),
      position: { sectionId: null, kind: "STRUCTURAL", abolishedAt: null },
      official: { status: "ACTIVE" },
    },
    select: { unitId: true, official: { select: { id: true, unitId: true } } },
    orderBy: [{ position: { sortOrder: "asc" } }, { startDate: "desc" }, { id: "asc" }],
  });
  for (const row of held) {
    if (row.official.unitId === row.unitId && !heads.has(row.unitId)) heads.set(row.unitId, row.official.id);
  }
  return heads;
}

/** The head of one unit, or null while the post is vacant. */
export async function unitHead(db: Reader, unitId: string, now = new Date()): Promise<string | null> {
  return (await unitHeads(db, [unitId], now)).get(unitId) ?? null;
}

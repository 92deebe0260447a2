/**
 * "Late" as a database filter, computed when read: each follow-up is late by the calendar of its own unit's time
 * zone (lib/dates/today.ts), so no scheduler has to mark anything. And what surfaces one level up: what a unit
 * below has let run late, and what has been escalated to the unit.
 */
import "server-only";
import { addDays, todayInZone } from "@/lib/dates/today";
import type { Prisma } from "@/lib/generated/prisma/client";
import { ACTIVE_STATUSES, DUE_SOON_DAYS } from "./due-dates";

type Db = Pick<Prisma.TransactionClient, "workUnit">;

/** The time zones units are in (a handful across Indonesia): one small query. */
async function unitZones(db: Db): Promise<string[]> {
  const rows = await db.workUnit.findMany({ distinct: ["timeZone"], select: { timeZone: true } });
  return rows.map((row) => row.timeZone);
}

/** Active follow-ups whose due date lies before today in their unit's zone. */
export async function overdueWhere(db: Db, now = new Date()): Promise<Prisma.FollowUpWhereInput> {
  const zones = await unitZones(db);
  return {
    status: { in: [...ACTIVE_STATUSES] },
    OR: zones.map((zone) => ({ unit: { timeZone: zone }, dueDate: { lt: todayInZone(zone, now) } })),
  };
}

/** Active follow-ups due from today to DUE_SOON_DAYS ahead, in their unit's zone. */
export async function dueSoonWhere(db: Db, now = new Date()): Promise<Prisma.FollowUpWhereInput> {
  const zones = await unitZones(db);
  return {
    status: { in: [...ACTIVE_STATUSES] },
    OR: zones.map((zone) => {
      const today = todayInZone(zone, now);
      return { unit: { timeZone: zone }, dueDate: { gte: today, lte: addDays(today, DUE_SOON_DAYS) } };
    }),
  };
}

/**
 * What needs the attention of `unitId` from below, without anyone chasing it: follow-ups escalated to it, and
 * follow-ups of the units directly under it that are late.
 */
export async function surfacedAtWhere(
  db: Db,
  unitId: string,
  now = new Date(),
): Promise<Prisma.FollowUpWhereInput> {
  return {
    OR: [
      { status: "ESCALATED", escalatedToUnitId: unitId },
      { AND: [await overdueWhere(db, now), { unit: { parentId: unitId } }] },
    ],
  };
}

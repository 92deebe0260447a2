/**
 * "Late" as a database filter, computed when read: each follow-up is late by the calendar of its own unit's time
 * zone (lib/dates/today.ts), so no scheduler has to mark anything. And what surfaces one level up: what a unit
 * below has let run late, and what has been escalated to the unit.
 *
 * Pure: one condition per Indonesian zone (UNIT_TIME_ZONES, which a CHECK on work_unit guarantees), no query.
 */
import { addDays, todayInZone } from "@/lib/dates/today";
import type { Prisma } from "@/lib/generated/prisma/client";
import { UNIT_TIME_ZONES } from "@/lib/units/unit-options";
import { ACTIVE_STATUSES, DUE_SOON_DAYS } from "./due-dates";

/** Active follow-ups whose due date lies before today in their unit's zone. */
export function overdueWhere(now = new Date()): Prisma.FollowUpWhereInput {
  return {
    status: { in: [...ACTIVE_STATUSES] },
    OR: UNIT_TIME_ZONES.map((zone) => ({
      unit: { timeZone: zone },
      dueDate: { lt: todayInZone(zone, now) },
    })),
  };
}

/** Active follow-ups due from today to DUE_SOON_DAYS ahead, in their unit's zone. */
export function dueSoonWhere(now = new Date()): Prisma.FollowUpWhereInput {
  return {
    status: { in: [...ACTIVE_STATUSES] },
    OR: UNIT_TIME_ZONES.map((zone) => {
      const today = todayInZone(zone, now);
      return { unit: { timeZone: zone }, dueDate: { gte: today, lte: addDays(today, DUE_SOON_DAYS) } };
    }),
  };
}

/** A unit directly below the one whose attention is asked, with the zone its days are counted in. */
export interface UnitBelow {
  id: string;
  timeZone: string;
}

/** The units directly under `unitId`: where "late below" is looked for (one small indexed read). */
export function unitsBelow(
  db: Pick<Prisma.TransactionClient, "workUnit">,
  unitId: string,
): Promise<UnitBelow[]> {
  return db.workUnit.findMany({ where: { parentId: unitId }, select: { id: true, timeZone: true } });
}

/**
 * What needs the attention of `unitId` from below, without anyone chasing it: follow-ups escalated to it, and
 * follow-ups of the units directly under it (`below`, from unitsBelow) that are late. Written with the units' ids
 * rather than a join on their parent and zone, so PostgreSQL reads those units' rows by index (issue 13).
 */
export function surfacedAtWhere(
  unitId: string,
  below: UnitBelow[],
  now = new Date(),
): Prisma.FollowUpWhereInput {
  const late = UNIT_TIME_ZONES.flatMap((zone) => {
    const ids = below.filter((unit) => unit.timeZone === zone).map((unit) => unit.id);
    return ids.length ? [{ unitId: { in: ids }, dueDate: { lt: todayInZone(zone, now) } }] : [];
  });
  const escalated: Prisma.FollowUpWhereInput = { status: "ESCALATED", escalatedToUnitId: unitId };
  return late.length ? { OR: [escalated, { status: { in: [...ACTIVE_STATUSES] }, OR: late }] } : escalated;
}

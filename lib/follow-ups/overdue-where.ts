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

/**
 * What needs the attention of `unitId` from below, without anyone chasing it: follow-ups escalated to it, and
 * follow-ups of the units directly under it that are late.
 */
export function surfacedAtWhere(unitId: string, now = new Date()): Prisma.FollowUpWhereInput {
  return {
    OR: [
      { status: "ESCALATED", escalatedToUnitId: unitId },
      { AND: [overdueWhere(now), { unit: { parentId: unitId } }] },
    ],
  };
}

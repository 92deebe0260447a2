/**
 * "Late" as a database filter, computed when read: each follow-up is late by the calendar of its own unit's time
 * zone (lib/dates/today.ts), so no scheduler has to mark anything. And what surfaces one level up: what a unit
 * below has let run late, and what has been escalated to the unit.
 *
 * Pure, no query: a condition per date Indonesia's zones are on (UNIT_TIME_ZONES, which a CHECK on work_unit
 * guarantees).
 */
import { addDays, todayInZone } from "@/lib/dates/today";
import type { Prisma } from "@/lib/generated/prisma/client";
import { UNIT_TIME_ZONES } from "@/lib/units/unit-options";
import { ACTIVE_STATUSES, DUE_SOON_DAYS } from "./due-dates";

/**
 * Indonesia's zones grouped by the date it is in them at `now`: one group for most of the day, two or three in the
 * hours around midnight (at 23:30 WIB it is already tomorrow in WITA and WIT).
 */
function zonesByDate(now: Date): { today: Date; zones: string[] }[] {
  const groups = new Map<number, { today: Date; zones: string[] }>();
  for (const zone of UNIT_TIME_ZONES) {
    const today = todayInZone(zone, now);
    const group = groups.get(today.getTime());
    if (group) group.zones.push(zone);
    else groups.set(today.getTime(), { today, zones: [zone] });
  }
  return [...groups.values()];
}

/**
 * A due-date condition by the date in each follow-up's unit's zone. The unit's zone is asked only while the zones
 * disagree on the date: each such condition joins the unit, and six of them made the home page's query take 4-9 ms
 * to plan (issue 13).
 */
function dueDateInUnitZone(
  now: Date,
  dueDate: (today: Date) => Prisma.DateTimeFilter<"FollowUp">,
): Prisma.FollowUpWhereInput {
  const groups = zonesByDate(now);
  if (groups.length === 1) return { dueDate: dueDate(groups[0]!.today) };
  return {
    OR: groups.map(({ today, zones }) => ({ unit: { timeZone: { in: zones } }, dueDate: dueDate(today) })),
  };
}

/** Active follow-ups whose due date lies before today in their unit's zone. */
export function overdueWhere(now = new Date()): Prisma.FollowUpWhereInput {
  return { status: { in: [...ACTIVE_STATUSES] }, ...dueDateInUnitZone(now, (today) => ({ lt: today })) };
}

/** Active follow-ups due from today to DUE_SOON_DAYS ahead, in their unit's zone. */
export function dueSoonWhere(now = new Date()): Prisma.FollowUpWhereInput {
  return {
    status: { in: [...ACTIVE_STATUSES] },
    ...dueDateInUnitZone(now, (today) => ({ gte: today, lte: addDays(today, DUE_SOON_DAYS) })),
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

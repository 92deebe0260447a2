/**
 * The month view's reads of what a national month holds by the thousand (issue 13): of each day only the first
 * few entries the day shows, and how many the day holds, counted by the database in the same statement. Follow-ups
 * are due on a date; events fall on the date their start has in their unit's zone, as the month places them
 * (month.ts). Each row brings its unit's name and zone.
 */
import "server-only";
import { inScopeSql } from "@/lib/auth/scope-sql";
import type { CurrentUser } from "@/lib/auth/types";
import { addDays } from "@/lib/dates/today";
import { visibleEventsSql } from "@/lib/events/visibility-sql";
import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import type { EntryRange, RecordRow } from "./entries";

type RawReader = Pick<PrismaClient, "$queryRaw">;

/** One of a day's first entries: its day ("YYYY-MM-DD"), how many that day holds in all, and its unit. */
export interface FirstOfDay {
  day: string;
  dayCount: number;
  unitName: string;
  unitTimeZone: string;
}

export interface FollowUpRow extends RecordRow, FirstOfDay {
  dueDate: Date;
}

export interface EventRow extends RecordRow, FirstOfDay {
  startsAt: Date;
  endsAt: Date | null;
  location: string | null;
}

/**
 * The follow-ups due in `range`, at most `perDay` of each day (the first by id, as the calendar orders a day's
 * follow-ups). Each day counts and picks its first ids from the (dueDate, unitId, id) index alone, and only those
 * rows are read: numbering every follow-up of the month read and sorted all of them.
 */
export function firstFollowUpsPerDay(db: RawReader, user: CurrentUser, range: EntryRange, perDay: number) {
  const dueThatDay = Prisma.sql`due."dueDate" = ${range.from}::date + offset_days.n
    AND ${inScopeSql(user, Prisma.sql`due."unitId"`)}`;
  return db.$queryRaw<FollowUpRow[]>`
    SELECT f.id, f.title, f.status::text AS status, f.version, f."updatedAt", f."dueDate", f."unitId",
      f."dueDate"::text AS day, day_count.n AS "dayCount", u.name AS "unitName", u."timeZone" AS "unitTimeZone"
    FROM generate_series(0, ${range.to}::date - ${range.from}::date - 1) AS offset_days (n)
    CROSS JOIN LATERAL (SELECT count(*)::int AS n FROM follow_up due WHERE ${dueThatDay}) day_count
    CROSS JOIN LATERAL (
      SELECT due.id FROM follow_up due WHERE ${dueThatDay} ORDER BY due.id COLLATE "C" LIMIT ${perDay}
    ) first
    JOIN follow_up f ON f.id = first.id
    JOIN work_unit u ON u.id = f."unitId"`;
}

/**
 * The events the user sees whose start falls in `range` on their unit's wall clock, each with that date (`localDay`).
 * The date is worked out once per row (OFFSET 0 keeps the planner from copying it into each condition) and stays a
 * date, which sorts faster than its text, until the end: a national month's statement takes a sixth less time.
 */
function monthEventsSql(user: CurrentUser, range: EntryRange): Prisma.Sql {
  // The instants first, a day wider on each side (a local date in WIB, WITA or WIT begins on the UTC day before).
  return Prisma.sql`
    SELECT * FROM (
      SELECT e.id, e.title, e.status::text AS status, e.version, e."updatedAt", e."startsAt", e."endsAt",
        e.location, e."unitId", u.name AS "unitName", u."timeZone" AS "unitTimeZone",
        (e."startsAt" AT TIME ZONE u."timeZone")::date AS "localDay"
      FROM event e JOIN work_unit u ON u.id = e."unitId"
      WHERE ${visibleEventsSql(user, Prisma.sql`e`)}
        AND e."startsAt" >= ${addDays(range.from, -1)} AND e."startsAt" < ${addDays(range.to, 1)}
      OFFSET 0
    ) near_month WHERE "localDay" >= ${range.from}::date AND "localDay" < ${range.to}::date`;
}

/**
 * The events of `range`, at most `perDay` of each local day: the first by start, then id, as the day shows them,
 * each with how many events its day holds.
 */
export function firstEventsPerDay(db: RawReader, user: CurrentUser, range: EntryRange, perDay: number) {
  return db.$queryRaw<EventRow[]>`
    SELECT id, title, status, version, "updatedAt", "startsAt", "endsAt", location, "unitId", "unitName",
      "unitTimeZone", "localDay"::text AS day, "dayCount"
    FROM (
      SELECT month_events.*,
        row_number() OVER (PARTITION BY "localDay" ORDER BY "startsAt", id COLLATE "C") AS place,
        count(*) OVER (PARTITION BY "localDay")::int AS "dayCount"
      FROM (${monthEventsSql(user, range)}) month_events
    ) ranked WHERE place <= ${perDay}`;
}

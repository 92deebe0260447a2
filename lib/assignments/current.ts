/**
 * The one definition of "current" for riwayat jabatan: an assignment is held on a day when it started on or before
 * it and has not ended before it. A start after today is a scheduled post; an end after today, a scheduled end.
 * Every query that asks who holds a post uses these builders with `todayInZone`/`todayFor` (lib/dates/today.ts).
 *
 * The builders return an `OR`: spreading one next to another `OR` would overwrite it; combine such filters with
 * `AND: [...]`.
 */
import { Prisma } from "@/lib/generated/prisma/client";
import { isoDate } from "@/lib/validations/input";

interface Period {
  startDate: Date;
  endDate: Date | null;
}

/** Not over before `day`: in force on it, or starting later. */
export function openOnOrAfterWhere(day: Date) {
  return { OR: [{ endDate: null }, { endDate: { gte: day } }] } satisfies Prisma.AssignmentWhereInput;
}

/** Held on `day` (for today: the current assignments). */
export function heldOnWhere(day: Date) {
  return { startDate: { lte: day }, ...openOnOrAfterWhere(day) } satisfies Prisma.AssignmentWhereInput;
}

/**
 * `heldOnWhere` as SQL, for the few statements Prisma cannot build (the home summary's anti-join). `alias` names
 * the assignment table in that statement; it comes from code, never from input.
 */
export function heldOnSql(alias: "a", day: Date): Prisma.Sql {
  const date = isoDate(day); // a calendar date, as the `date` columns hold it
  const table = Prisma.raw(`"${alias}"`);
  return Prisma.sql`${table}."startDate" <= ${date}::date AND (${table}."endDate" IS NULL OR ${table}."endDate" >= ${date}::date)`;
}

export function isHeldOn(period: Period, day: Date): boolean {
  return period.startDate <= day && (period.endDate === null || period.endDate >= day);
}

export function startsAfter(period: Period, today: Date): boolean {
  return period.startDate > today;
}

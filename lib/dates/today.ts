/**
 * Hari ini: the calendar date in a unit's time zone, as UTC midnight (the form in which `@db.Date` columns are
 * read and written). "Today" in Indonesia is not UTC's: at 01:00 WITA it is still yesterday in UTC.
 */

import { dateTimeFormat } from "./intl-formats";
import { fixedZone } from "./zones";

const DAY_MS = 24 * 60 * 60 * 1000;
/**
 * Indonesia's zones have kept their offsets since 1 January 1988 (when Asia/Pontianak moved from WITA to WIB): from
 * then on a date there is arithmetic. Intl's formatToParts costs a few µs, and a national calendar month asks it for
 * each of a thousand timed entries.
 */
const FIXED_OFFSETS_SINCE = Date.UTC(1988, 0, 1);

const calendarDay = dateTimeFormat({ year: "numeric", month: "2-digit", day: "2-digit" });

/** The date it is in `timeZone` (an IANA name, e.g. "Asia/Makassar") at `now`, as UTC midnight of that date. */
export function todayInZone(timeZone: string, now: Date = new Date()): Date {
  const zone = fixedZone(timeZone);
  if (zone && now.getTime() >= FIXED_OFFSETS_SINCE) {
    const local = now.getTime() + zone.offsetMinutes * 60_000;
    return new Date(local - (local % DAY_MS));
  }
  const parts = Object.fromEntries(
    calendarDay("en-CA", timeZone)
      .formatToParts(now)
      .map((part) => [part.type, part.value]),
  );
  return new Date(Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day)));
}

/**
 * Today for what a user reads: the date in their home unit's zone. One request may show units of several zones;
 * their own is the day they live in (docs/decisions/010-shared-kit.md).
 */
export function todayFor(user: { unit: { timeZone: string } }, now: Date = new Date()): Date {
  return todayInZone(user.unit.timeZone, now);
}

/** The calendar date `days` after `date` (before, when negative). */
export function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * DAY_MS);
}

/**
 * Today in WIT (Asia/Jayapura), Indonesia's easternmost zone, for checks of "not in the future" that hold for
 * everyone: a clerk in WITA at 07:00 on the 1st must not see this month's TMT refused because UTC is still in last
 * month. Nowhere in Indonesia is it later than in WIT.
 */
export function todayInIndonesia(now: Date = new Date()): Date {
  return todayInZone("Asia/Jayapura", now);
}

/** The same calendar day `years` later (29 February becomes 1 March). */
export function yearsFrom(date: Date, years: number): Date {
  const next = new Date(date);
  next.setUTCFullYear(date.getUTCFullYear() + years);
  return next;
}

/**
 * The month the calendar page shows (`?bulan=2026-12`) and where each entry falls in it: pure date arithmetic on
 * calendar dates held as UTC midnight, as `lib/dates/` does.
 */
import { addDays, todayInZone } from "@/lib/dates/today";
import { isoDate } from "@/lib/validations/input";
import type { EntryKind, EntryRange } from "./entries";

export interface Month {
  year: number;
  /** 1-12. */
  month: number;
}

const MONTH_PATTERN = /^(\d{4})-(0[1-9]|1[0-2])$/;
/** Wide enough for any record the app holds, narrow enough to refuse nonsense in the address. */
const FIRST_YEAR = 1950;
const LAST_YEAR = 2100;

/** The month named by `?bulan=YYYY-MM`, or the month of `today` when the value is missing or not a month. */
export function parseMonth(value: unknown, today: Date): Month {
  const match = typeof value === "string" ? MONTH_PATTERN.exec(value) : null;
  const year = match ? Number(match[1]) : NaN;
  if (match && year >= FIRST_YEAR && year <= LAST_YEAR) return { year, month: Number(match[2]) };
  return { year: today.getUTCFullYear(), month: today.getUTCMonth() + 1 };
}

/** "2026-12". */
export function monthKey({ year, month }: Month): string {
  return `${year}-${String(month).padStart(2, "0")}`;
}

export function shiftMonth({ year, month }: Month, by: number): Month {
  const index = year * 12 + (month - 1) + by;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

/** The first day of the month up to the first day of the next. */
export function monthRange({ year, month }: Month): EntryRange {
  return { from: new Date(Date.UTC(year, month - 1, 1)), to: new Date(Date.UTC(year, month, 1)) };
}

/** "2026-12-10" for a calendar date held as UTC midnight. */
export function dayKey(date: Date): string {
  return isoDate(date);
}

/** The month's days, first to last. */
export function monthDays(month: Month): Date[] {
  const { from, to } = monthRange(month);
  const days: Date[] = [];
  for (let day = from; day < to; day = addDays(day, 1)) days.push(day);
  return days;
}

/** The day's column in a week Monday to Sunday (the Indonesian office week): 1 for a Monday, 7 for a Sunday. */
export function weekdayColumn(day: Date): number {
  return ((day.getUTCDay() + 6) % 7) + 1;
}

interface Placeable {
  allDay: boolean;
  start: Date;
  end: Date | null;
  timeZone: string;
}

/**
 * The days of `range` each entry falls on, keyed by `dayKey`: a timed entry on the date of its start in its own
 * unit's zone; an all-day entry (a visit of several days) on each of its days within the range.
 */
export function entriesByDay<E extends Placeable>(entries: E[], range: EntryRange): Map<string, E[]> {
  const days = new Map<string, E[]>();
  const put = (day: Date, entry: E) => {
    if (day < range.from || day >= range.to) return;
    const key = dayKey(day);
    const list = days.get(key);
    if (list) list.push(entry);
    else days.set(key, [entry]);
  };
  for (const entry of entries) {
    if (!entry.allDay) {
      put(todayInZone(entry.timeZone, entry.start), entry);
      continue;
    }
    const last = entry.end && entry.end > entry.start ? entry.end : entry.start;
    const first = entry.start < range.from ? range.from : entry.start;
    for (let day = first; day <= last && day < range.to; day = addDays(day, 1)) put(day, entry);
  }
  return days;
}

/** The most entries one day shows in the month; the others are counted, and the day's own view (`?hari=`) lists all. */
export const SHOWN_PER_DAY = 4;
/** Within a day, what a secretariat plans around comes first: ceremonies, events, visits, then due dates. */
const KIND_ORDER: Record<EntryKind, number> = { inauguration: 0, event: 1, visit: 2, followUp: 3 };

/** A day's entries in the order the month shows them: by kind as above, then by time. */
export function inDayOrder<E extends { kind: EntryKind; start: Date }>(entries: E[]): E[] {
  return [...entries].sort(
    (a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || a.start.getTime() - b.start.getTime(),
  );
}

/**
 * What the month shows: each day's entries in day order, the first SHOWN_PER_DAY of each (all of `openDay`'s, the
 * day opened on its own), how many more each day holds, and how many entries the month has in all. `unreadByDay`
 * counts a day's entries that were not read (follow-ups beyond the first few of a day: entries.ts monthEntries).
 */
export function monthCells<E extends Placeable & { kind: EntryKind }>(
  entries: E[],
  range: EntryRange,
  openDay: string | null,
  unreadByDay: ReadonlyMap<string, number> = new Map(),
): { shownByDay: Map<string, E[]>; moreByDay: Record<string, number>; count: number } {
  const shownByDay = new Map<string, E[]>();
  const moreByDay: Record<string, number> = {};
  let count = 0;
  for (const [key, dayEntries] of entriesByDay(entries, range)) {
    const unread = unreadByDay.get(key) ?? 0;
    count += dayEntries.length + unread;
    const ordered = inDayOrder(dayEntries);
    const shown = key === openDay ? ordered : ordered.slice(0, SHOWN_PER_DAY);
    shownByDay.set(key, shown);
    moreByDay[key] = ordered.length - shown.length + unread;
  }
  return { shownByDay, moreByDay, count };
}

/** The day named by `?hari=YYYY-MM-DD` when it lies in `month`; otherwise none. */
export function parseDay(value: unknown, month: Month): Date | null {
  if (typeof value !== "string" || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return null;
  const day = new Date(`${value}T00:00:00Z`);
  if (Number.isNaN(day.getTime())) return null;
  const { from, to } = monthRange(month);
  return dayKey(day) === value && day >= from && day < to ? day : null;
}

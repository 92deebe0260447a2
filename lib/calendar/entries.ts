/**
 * Kalender: everything dated in a user's scope, in one shape: events (kegiatan), ceremonies (pelantikan),
 * supervision visits (supervisi) and follow-up due dates (tenggat tindak lanjut). Each module's own scope rule
 * decides what is seen; nothing here decides scope.
 */
import "server-only";
import { inScope } from "@/lib/auth/scope";
import { can } from "@/lib/auth/policy";
import type { CurrentUser } from "@/lib/auth/types";
import { addDays, todayInZone } from "@/lib/dates/today";
import { eventCountsByDay, firstEventsPerDay, firstFollowUpsPerDay } from "./first-per-day";
import { dayKey } from "./month";
import { DEFAULT_TIME_ZONE } from "@/lib/i18n/config";
import { prisma } from "@/lib/db/client";
import { visibleEventsWhere } from "@/lib/events/visibility";
import { followUpLink } from "@/lib/follow-ups/links";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { visitLink } from "@/lib/supervision/links";
import { visitScope } from "@/lib/supervision/queries";

export const ENTRY_KINDS = ["event", "inauguration", "visit", "followUp"] as const;
export type EntryKind = (typeof ENTRY_KINDS)[number];

export interface CalendarEntry {
  kind: EntryKind;
  id: string;
  title: string;
  /** The record's page. */
  href: string;
  allDay: boolean;
  /** Timed: the instant it starts. All-day: UTC midnight of its first day. */
  start: Date;
  /** Timed: the instant it ends, if set. All-day: UTC midnight of its last day (inclusive). */
  end: Date | null;
  /** The zone of the record's unit, in which its times are read. */
  timeZone: string;
  location: string | null;
  unitName: string;
  cancelled: boolean;
  version: number;
  updatedAt: Date;
}

/** Calendar dates as UTC midnight: from `from` up to, not including, `to`. */
export interface EntryRange {
  from: Date;
  to: Date;
}

/** What every kind has: the columns of an entry that are not its dates. */
const RECORD = { id: true, title: true, status: true, version: true, updatedAt: true } as const;

export interface RecordRow {
  id: string;
  title: string;
  status: string;
  version: number;
  updatedAt: Date;
  location?: string | null;
}

function toEntry(
  kind: EntryKind,
  row: RecordRow,
  unit: { name: string; timeZone: string },
  href: string,
  when: Pick<CalendarEntry, "allDay" | "start" | "end">,
): CalendarEntry {
  return {
    kind,
    id: row.id,
    title: row.title,
    href,
    ...when,
    timeZone: unit.timeZone,
    location: row.location ?? null,
    unitName: unit.name,
    cancelled: row.status === "CANCELLED",
    version: row.version,
    updatedAt: row.updatedAt,
  };
}

type Reader = Pick<
  PrismaClient,
  "event" | "inauguration" | "supervisionVisit" | "followUp" | "workUnit" | "$queryRaw"
>;

/**
 * What the month view reads: every ceremony and visit of the month, but of the events and follow-ups, which a
 * national month holds by the thousand, only the first `perDay` of each day, with how many of each day's it did not
 * read (counted by the database), so that every day's count stays exact.
 */
export async function monthEntries(
  user: CurrentUser,
  range: EntryRange,
  { limit, perDay }: { limit: number; perDay: number },
): Promise<{ entries: CalendarEntry[]; unreadByDay: Map<string, number> }> {
  const [entries, dueCounts, eventCounts] = await Promise.all([
    calendarEntries(user, range, { limit, perDay }),
    can(user, "followUp.view")
      ? prisma.followUp.groupBy({
          by: ["dueDate"],
          where: { ...inScope(user), dueDate: { gte: range.from, lt: range.to } },
          _count: { _all: true },
        })
      : [],
    can(user, "event.view") ? eventCountsByDay(prisma, user, range) : [],
  ]);
  const unreadByDay = new Map(dueCounts.map((row) => [dayKey(row.dueDate), row._count._all]));
  for (const row of eventCounts) unreadByDay.set(row.day, (unreadByDay.get(row.day) ?? 0) + row.count);
  for (const entry of entries) {
    // Each entry read is one of its day's count: follow-ups on their date, events on their unit's wall clock.
    const key =
      entry.kind === "followUp"
        ? dayKey(entry.start)
        : entry.kind === "event"
          ? dayKey(todayInZone(entry.timeZone, entry.start))
          : null;
    if (key) unreadByDay.set(key, (unreadByDay.get(key) ?? 0) - 1);
  }
  return { entries, unreadByDay };
}

/**
 * The user's entries that fall in `range`, sorted by start. Instants are read one day wider on each side, since a
 * local date in WIB, WITA or WIT begins on the UTC day before; callers place them by their local date.
 * `limit` bounds each kind, keeping the latest; `perDay` reads only the first events and follow-ups of each day
 * (first-per-day.ts), and only the events whose local date is in `range`.
 */
export async function calendarEntries(
  user: CurrentUser,
  range: EntryRange,
  { limit = 500, db = prisma, perDay }: { limit?: number; db?: Reader; perDay?: number } = {},
): Promise<CalendarEntry[]> {
  const instants = { gte: addDays(range.from, -1), lt: addDays(range.to, 1) };
  const none = Promise.resolve([]);
  const [events, inaugurations, visits, followUps] = await Promise.all([
    !can(user, "event.view")
      ? none
      : perDay
        ? firstEventsPerDay(db, user, range, perDay)
        : db.event.findMany({
            where: { AND: [visibleEventsWhere(user), { startsAt: instants }] },
            select: { ...RECORD, startsAt: true, endsAt: true, location: true, unitId: true },
            orderBy: [{ startsAt: "desc" }, { id: "asc" }],
            take: limit,
          }),
    can(user, "inauguration.view")
      ? db.inauguration.findMany({
          where: { ...inScope(user), scheduledAt: instants },
          select: { ...RECORD, scheduledAt: true, location: true, unitId: true },
          orderBy: [{ scheduledAt: "desc" }, { id: "asc" }],
          take: limit,
        })
      : none,
    can(user, "supervision.view")
      ? db.supervisionVisit.findMany({
          where: {
            AND: [visitScope(user), { startDate: { lt: range.to } }, { endDate: { gte: range.from } }],
          },
          select: { ...RECORD, startDate: true, endDate: true, location: true, hostUnitId: true },
          orderBy: [{ startDate: "desc" }, { id: "asc" }],
          take: limit,
        })
      : none,
    !can(user, "followUp.view")
      ? none
      : perDay
        ? firstFollowUpsPerDay(db, user, range, perDay)
        : db.followUp.findMany({
            where: { ...inScope(user), dueDate: { gte: range.from, lt: range.to } },
            select: { ...RECORD, dueDate: true, unitId: true },
            orderBy: [{ dueDate: "desc" }, { id: "asc" }],
            take: limit,
          }),
  ]);
  // The units' names and zones once, by id: a national month holds thousands of entries of a few hundred units.
  const unitIds = new Set<string>([
    ...events.map((row) => row.unitId),
    ...inaugurations.map((row) => row.unitId),
    ...visits.map((row) => row.hostUnitId),
    ...followUps.map((row) => row.unitId),
  ]);
  const units = new Map(
    (
      await db.workUnit.findMany({
        where: { id: { in: [...unitIds] } },
        select: { id: true, name: true, timeZone: true },
      })
    ).map((unit) => [unit.id, unit]),
  );
  // Every entry's unit exists (a foreign key); the fallback only satisfies the type.
  const unit = (id: string) => units.get(id) ?? { name: "", timeZone: DEFAULT_TIME_ZONE };
  const entries: CalendarEntry[] = [
    ...events.map((row) =>
      toEntry("event", row, unit(row.unitId), `/kegiatan/${row.id}`, {
        allDay: false,
        start: row.startsAt,
        end: row.endsAt,
      }),
    ),
    ...inaugurations.map((row) =>
      toEntry("inauguration", row, unit(row.unitId), `/pelantikan/upacara/${row.id}`, {
        allDay: false,
        start: row.scheduledAt,
        end: null,
      }),
    ),
    ...visits.map((row) =>
      toEntry("visit", row, unit(row.hostUnitId), visitLink(row.id), {
        allDay: true,
        start: row.startDate,
        end: row.endDate,
      }),
    ),
    ...followUps.map((row) =>
      toEntry("followUp", row, unit(row.unitId), followUpLink(row.id), {
        allDay: true,
        start: row.dueDate,
        end: row.dueDate,
      }),
    ),
  ];
  return entries.sort((a, b) => a.start.getTime() - b.start.getTime() || a.id.localeCompare(b.id));
}

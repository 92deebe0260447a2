/**
 * Kalender: everything dated in a user's scope, in one shape: events (kegiatan), ceremonies (pelantikan),
 * supervision visits (supervisi) and follow-up due dates (tenggat tindak lanjut). Each module's own scope rule
 * decides what is seen; nothing here decides scope.
 */
import "server-only";
import { inScope } from "@/lib/auth/scope";
import { can, type Action } from "@/lib/auth/policy";
import type { CurrentUser } from "@/lib/auth/types";
import { addDays } from "@/lib/dates/today";
import { firstEventsPerDay, firstFollowUpsPerDay, type FirstOfDay } from "./first-per-day";
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

/** What every kind has: the columns of an entry that are not its dates, and its unit's name and zone. */
const RECORD = { id: true, title: true, status: true, version: true, updatedAt: true } as const;
const UNIT = { select: { name: true, timeZone: true } } as const;

export interface RecordRow {
  id: string;
  title: string;
  status: string;
  version: number;
  updatedAt: Date;
  location?: string | null;
}

/** The unit an entry belongs to, as the calendar shows it: its name, and the zone its times are read in. */
type EntryUnit = { name: string; timeZone: string };

function toEntry(
  kind: EntryKind,
  row: RecordRow,
  unit: EntryUnit,
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

const eventEntry = (row: RecordRow & { startsAt: Date; endsAt: Date | null }, unit: EntryUnit) =>
  toEntry("event", row, unit, `/kegiatan/${row.id}`, { allDay: false, start: row.startsAt, end: row.endsAt });

const followUpEntry = (row: RecordRow & { dueDate: Date }, unit: EntryUnit) =>
  toEntry("followUp", row, unit, followUpLink(row.id), {
    allDay: true,
    start: row.dueDate,
    end: row.dueDate,
  });

type Reader = Pick<PrismaClient, "event" | "inauguration" | "supervisionVisit" | "followUp">;
type KindReader = (
  db: Reader,
  user: CurrentUser,
  range: EntryRange,
  limit: number,
) => Promise<CalendarEntry[]>;

/** Instants are read one day wider on each side: a local date in WIB, WITA or WIT begins on the UTC day before. */
const instantsOf = (range: EntryRange) => ({ gte: addDays(range.from, -1), lt: addDays(range.to, 1) });

/** Each kind's entries in `range` the user may see (each module's own scope rule), at most `limit`, the latest. */
const READERS: Record<EntryKind, { permission: Action; read: KindReader }> = {
  event: {
    permission: "event.view",
    read: async (db, user, range, limit) =>
      (
        await db.event.findMany({
          where: { AND: [visibleEventsWhere(user), { startsAt: instantsOf(range) }] },
          select: { ...RECORD, startsAt: true, endsAt: true, location: true, unit: UNIT },
          orderBy: [{ startsAt: "desc" }, { id: "asc" }],
          take: limit,
        })
      ).map((row) => eventEntry(row, row.unit)),
  },
  inauguration: {
    permission: "inauguration.view",
    read: async (db, user, range, limit) =>
      (
        await db.inauguration.findMany({
          where: { ...inScope(user), scheduledAt: instantsOf(range) },
          select: { ...RECORD, scheduledAt: true, location: true, unit: UNIT },
          orderBy: [{ scheduledAt: "desc" }, { id: "asc" }],
          take: limit,
        })
      ).map((row) =>
        toEntry("inauguration", row, row.unit, `/pelantikan/upacara/${row.id}`, {
          allDay: false,
          start: row.scheduledAt,
          end: null,
        }),
      ),
  },
  visit: {
    permission: "supervision.view",
    read: async (db, user, range, limit) =>
      (
        await db.supervisionVisit.findMany({
          where: {
            AND: [visitScope(user), { startDate: { lt: range.to } }, { endDate: { gte: range.from } }],
          },
          select: { ...RECORD, startDate: true, endDate: true, location: true, hostUnit: UNIT },
          orderBy: [{ startDate: "desc" }, { id: "asc" }],
          take: limit,
        })
      ).map((row) =>
        toEntry("visit", row, row.hostUnit, visitLink(row.id), {
          allDay: true,
          start: row.startDate,
          end: row.endDate,
        }),
      ),
  },
  followUp: {
    permission: "followUp.view",
    read: async (db, user, range, limit) =>
      (
        await db.followUp.findMany({
          where: { ...inScope(user), dueDate: { gte: range.from, lt: range.to } },
          select: { ...RECORD, dueDate: true, unit: UNIT },
          orderBy: [{ dueDate: "desc" }, { id: "asc" }],
          take: limit,
        })
      ).map((row) => followUpEntry(row, row.unit)),
  },
};

const byStart = (a: CalendarEntry, b: CalendarEntry) =>
  a.start.getTime() - b.start.getTime() || a.id.localeCompare(b.id);

/** Each kind's reader the user may use, of `kinds`, run side by side; their entries in one list, unsorted. */
async function readKinds(
  db: Reader,
  user: CurrentUser,
  range: EntryRange,
  limit: number,
  kinds: readonly EntryKind[],
): Promise<CalendarEntry[]> {
  const lists = await Promise.all(
    kinds.map((kind) =>
      can(user, READERS[kind].permission) ? READERS[kind].read(db, user, range, limit) : [],
    ),
  );
  return lists.flat();
}

/**
 * What the month view reads: every ceremony and visit of the month, but of the events and follow-ups, which a
 * national month holds by the thousand, only the first `perDay` of each day (first-per-day.ts), with how many of
 * each day's it did not read (counted by the database in the same statements), so that every day's count stays
 * exact.
 */
export async function monthEntries(
  user: CurrentUser,
  range: EntryRange,
  { limit, perDay }: { limit: number; perDay: number },
): Promise<{ entries: CalendarEntry[]; unreadByDay: Map<string, number> }> {
  const [others, events, followUps] = await Promise.all([
    readKinds(prisma, user, range, limit, ["inauguration", "visit"]),
    can(user, "event.view") ? firstEventsPerDay(prisma, user, range, perDay) : [],
    can(user, "followUp.view") ? firstFollowUpsPerDay(prisma, user, range, perDay) : [],
  ]);
  const unreadByDay = new Map<string, number>();
  addUnreadOfKind(events, unreadByDay);
  addUnreadOfKind(followUps, unreadByDay);
  const unit = (row: FirstOfDay): EntryUnit => ({ name: row.unitName, timeZone: row.unitTimeZone });
  const entries = [
    ...others,
    ...events.map((row) => eventEntry(row, unit(row))),
    ...followUps.map((row) => followUpEntry(row, unit(row))),
  ];
  return { entries: entries.sort(byStart), unreadByDay };
}

/** Adds to `unreadByDay` each day's entries of one kind beyond those read: its count less the rows of that day. */
function addUnreadOfKind(rows: readonly FirstOfDay[], unreadByDay: Map<string, number>) {
  const read = new Map<string, number>();
  const held = new Map<string, number>();
  for (const row of rows) {
    read.set(row.day, (read.get(row.day) ?? 0) + 1);
    held.set(row.day, row.dayCount);
  }
  for (const [day, count] of held) unreadByDay.set(day, (unreadByDay.get(day) ?? 0) + count - read.get(day)!);
}

/**
 * The user's entries that fall in `range`, sorted by start: at most `limit` of each kind, the latest. Timed
 * entries are read a day wider on each side of `range`; callers place them by their local date.
 */
export async function calendarEntries(
  user: CurrentUser,
  range: EntryRange,
  { limit = 500, db = prisma }: { limit?: number; db?: Reader } = {},
): Promise<CalendarEntry[]> {
  return (await readKinds(db, user, range, limit, ENTRY_KINDS)).sort(byStart);
}

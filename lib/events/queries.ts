/** Reads of events: the list in scope with filters, and one event with its lists, rates and outcomes. */
import "server-only";
import type { CurrentUser } from "@/lib/auth/types";
import { prisma } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { EventKind } from "@/lib/generated/prisma/enums";
import { instantInZone } from "@/lib/inaugurations/local-time";
import { pickerSearchCondition } from "@/lib/officials/search-terms";
import { UNIT_TIME_ZONES } from "@/lib/units/unit-options";
import { invitableOfficialUnitIds } from "./official-reach";
import { visibleEventsWhere } from "./visibility";

export const EVENTS_PAGE_SIZE = 25;

export interface EventFilters {
  kind?: EventKind;
  /** The chosen unit, or a region's units (lib/units/regions.ts): events any of them organises or takes part in. */
  unitIds?: string[];
  /** "2022-03": events starting in that calendar month, by the calendar of the organiser's time zone. */
  month?: string;
  when: "upcoming" | "past";
  page: number;
}

/**
 * Events starting in `month` ("2022-03") as the organiser's calendar reads it: an event at 07.30 WITA on the 1st
 * starts on the last day of the month before in UTC, and still belongs to its own month. One bound per zone a
 * unit may keep (UNIT_TIME_ZONES, which a CHECK on work_unit guarantees), so no query.
 */
function monthWhere(month: string): Prisma.EventWhereInput {
  const [year, number] = month.split("-").map(Number) as [number, number];
  const first = new Date(Date.UTC(year, number - 1, 1));
  const next = new Date(Date.UTC(year, number, 1));
  return {
    OR: UNIT_TIME_ZONES.map((zone) => ({
      unit: { timeZone: zone },
      startsAt: { gte: instantInZone(first, "00:00", zone), lt: instantInZone(next, "00:00", zone) },
    })),
  };
}

export async function listEvents(user: CurrentUser, filters: EventFilters) {
  const now = new Date();
  const and: Prisma.EventWhereInput[] = [visibleEventsWhere(user)];
  if (filters.kind) and.push({ kind: filters.kind });
  if (filters.unitIds) {
    const unitId = { in: filters.unitIds };
    and.push({ OR: [{ unitId }, { participants: { some: { unitId } } }] });
  }
  if (filters.month) {
    and.push(monthWhere(filters.month));
  } else {
    and.push(filters.when === "upcoming" ? { startsAt: { gte: now } } : { startsAt: { lt: now } });
  }
  const where = { AND: and };
  const [rows, total] = await Promise.all([
    prisma.event.findMany({
      where,
      orderBy: { startsAt: filters.when === "upcoming" && !filters.month ? "asc" : "desc" },
      skip: (filters.page - 1) * EVENTS_PAGE_SIZE,
      take: EVENTS_PAGE_SIZE,
      select: {
        id: true,
        title: true,
        kind: true,
        mode: true,
        startsAt: true,
        attendanceRequired: true,
        unit: { select: { name: true, timeZone: true } },
        _count: { select: { participants: true, invitations: true } },
      },
    }),
    prisma.event.count({ where }),
  ]);
  return { rows, total };
}

/** One event as its page shows it, or null when it does not exist or is not visible to the user. */
export async function getEvent(user: CurrentUser, id: string) {
  return prisma.event.findFirst({
    where: { AND: [{ id }, visibleEventsWhere(user)] },
    include: {
      unit: { select: { id: true, name: true, timeZone: true } },
      participants: {
        select: { unit: { select: { id: true, name: true, level: true, code: true } } },
        orderBy: { unit: { code: "asc" } },
      },
      sessions: { orderBy: { sortOrder: "asc" }, select: { id: true, title: true } },
      invitations: {
        orderBy: [{ unitId: "asc" }, { inviteeName: "asc" }],
        select: {
          id: true,
          inviteeName: true,
          attendance: true,
          walkIn: true,
          sessionId: true,
          contactId: true,
          unit: { select: { id: true, name: true } },
          official: { select: { nip: true } },
          organisation: { select: { name: true, category: true } },
        },
      },
      outcomes: {
        orderBy: { sortOrder: "asc" },
        select: {
          id: true,
          kind: true,
          description: true,
          cascade: true,
          // Each unit's progress is read within the viewer's subtree: the organiser sees every unit's, a
          // participating regency its own (decision 009), not its siblings'.
          followUps: {
            where: { unitId: { in: [...user.scopeUnitIds] } },
            select: {
              id: true,
              status: true,
              dueDate: true,
              unit: { select: { id: true, name: true, level: true } },
            },
            orderBy: { unit: { code: "asc" } },
          },
        },
      },
      minutes: { orderBy: { revision: "desc" }, include: { finalizedBy: { select: { displayName: true } } } },
    },
  });
}

/**
 * The official picker of an event's page: serving officials of the organiser's subtree and the participating units
 * whose name or NIP matches `q`, at most 20, each marked when already on the list.
 */
export async function findInvitableOfficials(event: { id: string; unitId: string }, q: string) {
  const search = pickerSearchCondition(q);
  if (!search) return [];
  const rows = await prisma.official.findMany({
    where: {
      unitId: { in: await invitableOfficialUnitIds(prisma, event) },
      status: "ACTIVE",
      ...search,
    },
    select: {
      id: true,
      name: true,
      nip: true,
      unit: { select: { shortName: true } },
      invitations: { where: { eventId: event.id }, select: { id: true }, take: 1 },
    },
    orderBy: [{ sortName: "asc" }, { id: "asc" }],
    take: 20,
  });
  return rows.map(({ invitations, ...official }) => ({ ...official, invited: invitations.length > 0 }));
}

export type EventDetail = NonNullable<Awaited<ReturnType<typeof getEvent>>>;

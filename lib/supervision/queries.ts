import "server-only";
import { asRecord } from "@/lib/audit/changes";
import type { CurrentUser } from "@/lib/auth/types";
import { todayFor } from "@/lib/dates/today";
import type { ScopedUser } from "@/lib/auth/scope";
import { prisma } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";

export const VISIT_PAGE_SIZE = 30;
export const VISIT_LISTS = ["upcoming", "past"] as const;
export type VisitList = (typeof VISIT_LISTS)[number];

/** A visit is the user's to see when it goes to, or comes from, a unit in their scope. */
export function visitScope(user: ScopedUser): Prisma.SupervisionVisitWhereInput {
  if (user.scopeCoversAllUnits) return {};
  const units = [...user.scopeUnitIds];
  return { OR: [{ hostUnitId: { in: units } }, { visitorUnitId: { in: units } }] };
}

const VISIT_ROW = {
  id: true,
  title: true,
  startDate: true,
  endDate: true,
  status: true,
  hostUnit: { select: { shortName: true } },
  visitorUnit: { select: { shortName: true } },
  report: { select: { status: true } },
} satisfies Prisma.SupervisionVisitSelect;

export type VisitRow = Prisma.SupervisionVisitGetPayload<{ select: typeof VISIT_ROW }>;

/**
 * Kunjungan yang akan datang (ending today or later, soonest first) or yang sudah lewat (latest first). The page's
 * visits are chosen first, then only those read with their units and report: read in one statement, every match was
 * joined before all but a page were dropped (some 700 upcoming visits nationally, 5 ms of the database a page).
 */
export async function listVisits(user: CurrentUser, list: VisitList, page = 1) {
  const today = todayFor(user);
  const where: Prisma.SupervisionVisitWhereInput = {
    AND: [visitScope(user), list === "upcoming" ? { endDate: { gte: today } } : { endDate: { lt: today } }],
  };
  const dir = list === "upcoming" ? "asc" : "desc";
  const orderBy = [
    { startDate: dir },
    { id: "asc" },
  ] satisfies Prisma.SupervisionVisitOrderByWithRelationInput[];
  const [first, total] = await prisma.$transaction([
    prisma.supervisionVisit.findMany({
      where,
      select: { id: true },
      orderBy,
      skip: (page - 1) * VISIT_PAGE_SIZE,
      take: VISIT_PAGE_SIZE,
    }),
    prisma.supervisionVisit.count({ where }),
  ]);
  const rows = first.length
    ? await prisma.supervisionVisit.findMany({
        // The where again: a visit taken out of scope between the two reads is not shown.
        where: { AND: [{ id: { in: first.map((row) => row.id) } }, where] },
        select: VISIT_ROW,
        orderBy,
      })
    : [];
  return { rows, total };
}

/** Home: the visits to the user's own unit that have not ended yet. */
export function upcomingVisitsToUnit(user: CurrentUser) {
  return prisma.supervisionVisit.findMany({
    where: { hostUnitId: user.unit.id, endDate: { gte: todayFor(user) }, status: { not: "CANCELLED" } },
    select: VISIT_ROW,
    orderBy: [{ startDate: "asc" }, { id: "asc" }],
    take: 5,
  });
}

/** One visit with its team, areas and checklists, its report, findings and every round; null out of scope. */
export function getVisit(user: CurrentUser, id: string) {
  return prisma.supervisionVisit.findFirst({
    where: { AND: [{ id }, visitScope(user)] },
    select: {
      id: true,
      version: true,
      title: true,
      purpose: true,
      location: true,
      startDate: true,
      endDate: true,
      status: true,
      hostUnitId: true,
      visitorUnitId: true,
      hostUnit: { select: { name: true, shortName: true, timeZone: true, address: true } },
      visitorUnit: { select: { name: true, shortName: true } },
      team: {
        orderBy: { sortOrder: "asc" },
        select: { official: { select: { id: true, name: true, nip: true } } },
      },
      areas: {
        orderBy: { sortOrder: "asc" },
        select: {
          id: true,
          area: true,
          reportText: true,
          items: { orderBy: { sortOrder: "asc" }, select: { id: true, label: true, result: true } },
        },
      },
      report: {
        select: {
          id: true,
          version: true,
          status: true,
          summary: true,
          pointsRaised: true,
          staffingSnapshot: true,
          submittedAt: true,
          reviewedAt: true,
          author: { select: { displayName: true } },
          findings: {
            orderBy: { sortOrder: "asc" },
            select: {
              id: true,
              kind: true,
              area: true,
              severity: true,
              description: true,
              recommendation: true,
              owner: { select: { name: true } },
              followUps: { select: { id: true, status: true } },
            },
          },
          rounds: {
            orderBy: { number: "desc" },
            select: {
              id: true,
              number: true,
              submittedAt: true,
              decision: true,
              comments: true,
              content: true,
              decidedAt: true,
              submittedBy: { select: { displayName: true } },
              decidedBy: { select: { displayName: true } },
            },
          },
        },
      },
    },
  });
}

export type VisitDetail = NonNullable<Awaited<ReturnType<typeof getVisit>>>;

/** Dibatalkan: when, by whom and why a visit was cancelled, from its audit entry; for a visit already read. */
export async function visitCancellation(visitId: string) {
  const entry = await prisma.auditLog.findFirst({
    where: { entityType: "SupervisionVisit", entityId: visitId, action: "visit.cancel" },
    orderBy: { id: "desc" },
    select: { at: true, actorName: true, after: true },
  });
  if (!entry) return null;
  const reason = asRecord(entry.after)?.reason;
  return { at: entry.at, by: entry.actorName, reason: typeof reason === "string" ? reason : "" };
}

/**
 * The serving officials of the user's own unit, by name: a visit's team (planned or changed), a finding's person in
 * charge (the filing, visited unit's own).
 */
export function ownUnitOfficials(user: CurrentUser) {
  return prisma.official.findMany({
    where: { unitId: user.unit.id, status: "ACTIVE" },
    select: { id: true, name: true },
    orderBy: { sortName: "asc" },
  });
}

/** The plan form's choices: active units below the user's own, and the active officials of the user's unit. */
export async function visitFormOptions(user: CurrentUser) {
  const [units, officials] = await prisma.$transaction([
    prisma.workUnit.findMany({
      where: { id: { in: [...user.scopeUnitIds].filter((id) => id !== user.unit.id) }, deactivatedAt: null },
      select: { id: true, name: true },
      orderBy: { code: "asc" },
    }),
    ownUnitOfficials(user),
  ]);
  return { units, officials };
}

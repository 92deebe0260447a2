/** Reads of the proposals (usulan pengangkatan): lists, the decision queue and one proposal with its trail. */
import "server-only";
import { heldOnWhere } from "@/lib/assignments/current";
import { inScope } from "@/lib/auth/scope";
import type { CurrentUser } from "@/lib/auth/types";
import { todayFor } from "@/lib/dates/today";
import { prisma } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import type { PositionLevel, ProposalStatus, UnitLevel } from "@/lib/generated/prisma/enums";
import { OPEN_STATUSES } from "./conflicts";

type ScopedUser = Pick<CurrentUser, "scopeUnitIds" | "unit">;

export const PROPOSALS_PAGE_SIZE = 25;
/** A page of the decision queue: as many as a page of the proposals list, each read side by side. */
export const QUEUE_PAGE_SIZE = 25;

const listSelect = {
  id: true,
  status: true,
  submittedAt: true,
  updatedAt: true,
  currentStep: true,
  deciderLevels: true,
  version: true,
  unitId: true,
  unit: { select: { shortName: true } },
  official: { select: { id: true, name: true, nip: true, rank: true } },
  position: { select: { title: true, level: true } },
} satisfies Prisma.AppointmentProposalSelect;

export type ProposalRow = Prisma.AppointmentProposalGetPayload<{ select: typeof listSelect }>;

/** Proposals of the user's scope, newest change first, one page at a time. */
export async function listProposals(
  user: ScopedUser,
  { status, page }: { status?: ProposalStatus; page: number },
) {
  const where = { ...inScope(user), ...(status ? { status } : {}) };
  const [rows, total] = await Promise.all([
    prisma.appointmentProposal.findMany({
      where,
      select: listSelect,
      orderBy: [{ updatedAt: "desc" }, { id: "asc" }],
      skip: (page - 1) * PROPOSALS_PAGE_SIZE,
      take: PROPOSALS_PAGE_SIZE,
    }),
    prisma.appointmentProposal.count({ where }),
  ]);
  return { rows, total };
}

/** Submitted proposals of `unitIds` whose current step is decided at `level` (p: appointment_proposal). */
function waitingAt(level: UnitLevel, unitIds: string[]) {
  return Prisma.sql`p.status = 'SUBMITTED' AND p."unitId" IN (${Prisma.join(unitIds)})
    AND p."deciderLevels"[p."currentStep" + 1] = ${level}::"UnitLevel"`;
}

/**
 * The units with proposals waiting for the user's decision, and how many each: the queue's unit filter. At national
 * scope that is a handful of the 553 units in scope, not all of them. The chosen unit stays listed (with 0) once
 * its last proposal is decided, so the filter still says what the list shows.
 */
export async function queueUnits(user: ScopedUser, chosenUnitId?: string) {
  const unitIds = [...user.scopeUnitIds];
  if (unitIds.length === 0) return [];
  const chosen = chosenUnitId && user.scopeUnitIds.has(chosenUnitId) ? chosenUnitId : null;
  return prisma.$queryRaw<{ id: string; shortName: string; waiting: number }[]>`
    SELECT u.id, u."shortName", count(p.id)::int AS waiting
      FROM work_unit u
      LEFT JOIN appointment_proposal p ON p."unitId" = u.id AND ${waitingAt(user.unit.level, unitIds)}
     WHERE u.id IN (${Prisma.join(unitIds)}) AND (p.id IS NOT NULL OR u.id = ${chosen})
     GROUP BY u.id, u."shortName" ORDER BY u."shortName", u.id`;
}

export interface QueueFilters {
  unitId?: string;
  level?: PositionLevel;
}

/**
 * What waits for the user's decision: submitted proposals in scope whose current step names the user's level,
 * oldest first, a page at a time with how many wait in all; each with the official's current posts and the post's
 * current holders, for reading side by side.
 */
export async function decisionQueue(
  user: ScopedUser,
  filters: QueueFilters = {},
  { page = 1, pageSize = QUEUE_PAGE_SIZE }: { page?: number; pageSize?: number } = {},
): Promise<{ rows: QueueRow[]; total: number }> {
  const unitIds = filters.unitId
    ? [filters.unitId].filter((id) => user.scopeUnitIds.has(id))
    : [...user.scopeUnitIds];
  if (unitIds.length === 0) return { rows: [], total: 0 };
  const from = waitingFrom(user.unit.level, unitIds, filters.level);
  // The count comes with the page's ids (a window count); a page with nothing on it is counted alone.
  const waiting = await prisma.$queryRaw<{ id: string; total: bigint }[]>`
    SELECT p.id, count(*) OVER () AS total ${from}
    ORDER BY p."submittedAt" ASC, p.id ASC LIMIT ${pageSize} OFFSET ${(page - 1) * pageSize}`;
  if (waiting.length === 0) return { rows: [], total: page === 1 ? 0 : await countIn(from) };
  const rows = await readQueueRows(
    waiting.map((row) => row.id),
    todayFor(user),
  );
  return { rows, total: Number(waiting[0]!.total) };
}

/** The queue's proposals by id, in the order given, with what the queue shows of each. */
async function readQueueRows(ids: string[], today: Date) {
  const rows = await prisma.appointmentProposal.findMany({
    where: { id: { in: ids } },
    select: {
      ...listSelect,
      justification: true,
      official: {
        select: {
          id: true,
          name: true,
          nip: true,
          rank: true,
          unit: { select: { shortName: true } },
          assignments: { where: heldOnWhere(today), select: { position: { select: { title: true } } } },
        },
      },
      position: {
        select: {
          title: true,
          level: true,
          assignments: {
            where: heldOnWhere(today),
            select: { official: { select: { id: true, name: true } } },
          },
        },
      },
    },
  });
  const order = new Map(ids.map((id, index) => [id, index]));
  return rows.sort((a, b) => order.get(a.id)! - order.get(b.id)!);
}

export type QueueRow = Awaited<ReturnType<typeof readQueueRows>>[number];

/** How many wait for the user's decision (the pelantikan page says so beside the link to the queue). */
export function countWaiting(user: ScopedUser): Promise<number> {
  return countIn(waitingFrom(user.unit.level, [...user.scopeUnitIds]));
}

/**
 * The FROM and WHERE of what waits at `level` in `unitIds`, of one post level if given (p: appointment_proposal,
 * pos: its post). The step waiting is an array element chosen by another column, which Prisma's filters cannot
 * express.
 */
function waitingFrom(level: UnitLevel, unitIds: string[], postLevel?: PositionLevel) {
  const ofPostLevel = postLevel ? Prisma.sql`AND pos.level = ${postLevel}::"PositionLevel"` : Prisma.empty;
  return Prisma.sql`FROM appointment_proposal p JOIN position pos ON pos.id = p."positionId"
    WHERE ${waitingAt(level, unitIds)} ${ofPostLevel}`;
}

async function countIn(from: Prisma.Sql): Promise<number> {
  const [row] = await prisma.$queryRaw<{ count: bigint }[]>`SELECT count(*) AS count ${from}`;
  return Number(row?.count ?? 0);
}

/** One proposal in scope with what its page shows, or null (out of scope reads as missing). */
export async function getProposal(user: ScopedUser, id: string) {
  const today = todayFor(user);
  const proposal = await prisma.appointmentProposal.findFirst({
    where: { id, ...inScope(user) },
    include: {
      unit: { select: { name: true, shortName: true } },
      official: {
        select: {
          id: true,
          name: true,
          nip: true,
          rank: true,
          religion: true,
          status: true,
          unit: { select: { shortName: true } },
          assignments: { where: heldOnWhere(today), select: { position: { select: { title: true } } } },
        },
      },
      position: {
        select: {
          id: true,
          title: true,
          level: true,
          assignments: {
            where: heldOnWhere(today),
            select: { official: { select: { id: true, name: true } } },
          },
        },
      },
      proposedBy: { select: { displayName: true } },
      decree: { select: { number: true, date: true, archiveReference: true } },
      inauguration: { select: { id: true, title: true, scheduledAt: true } },
    },
  });
  if (!proposal) return null;
  const trail = await prisma.auditLog.findMany({
    where: { entityType: "AppointmentProposal", entityId: id },
    select: { id: true, at: true, actorName: true, action: true, after: true },
    orderBy: { id: "asc" },
  });
  return { ...proposal, trail: trail.map(toTrailStep) };
}

export interface TrailStep {
  id: string;
  at: Date;
  actorName: string;
  step: string;
  status: string | null;
  reason: string | null;
  acting: string | null;
}

/** One line of the timeline from one audit entry: who, when, which step, why. */
function toTrailStep(entry: {
  id: bigint;
  at: Date;
  actorName: string;
  action: string;
  after: unknown;
}): TrailStep {
  const after = (entry.after ?? {}) as Record<string, unknown>;
  const text = (value: unknown) => (typeof value === "string" && value ? value : null);
  return {
    id: entry.id.toString(),
    at: entry.at,
    actorName: entry.actorName,
    step: entry.action.replace(/^appointment\./, ""),
    status: text(after.status),
    reason: text(after.reason),
    acting: text(after.decidedAsActing),
  };
}

/** An official's proposals, for their record page. */
export async function proposalsOfOfficial(user: ScopedUser, officialId: string) {
  return prisma.appointmentProposal.findMany({
    where: { officialId, ...inScope(user) },
    select: listSelect,
    orderBy: { createdAt: "desc" },
  });
}

/** The open proposals of the user's own unit, newest change first (a proposing unit's Beranda). */
export async function listOpenProposalsOfUnit(user: ScopedUser) {
  return prisma.appointmentProposal.findMany({
    where: { unitId: user.unit.id, status: { in: OPEN_STATUSES } },
    select: listSelect,
    orderBy: [{ updatedAt: "desc" }, { id: "asc" }],
    take: 20,
  });
}

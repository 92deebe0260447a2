import "server-only";
import { inScope } from "@/lib/auth/scope";
import type { CurrentUser } from "@/lib/auth/types";
import { prisma } from "@/lib/db/client";
import { keptWhileUnchanged } from "@/lib/db/kept-while-unchanged";
import type { Prisma } from "@/lib/generated/prisma/client";
import { resolveUnitFilter, type Region, type UnitFilter } from "@/lib/units/regions";
import type { BoardParams } from "./board-params";
import { dueSoonWhere, overdueWhere, surfacedAtWhere, unitsBelow } from "./overdue-where";

export const BOARD_PAGE_SIZE = 50;

const ROW = {
  id: true,
  title: true,
  status: true,
  dueDate: true,
  source: true,
  area: true,
  unit: { select: { shortName: true, timeZone: true } },
  escalatedTo: { select: { shortName: true } },
  owner: { select: { name: true } },
} satisfies Prisma.FollowUpSelect;

/**
 * The follow-up board (papan tindak lanjut) of the user's scope, sorted by due date: a regency sees its own, the
 * province its regencies' and its own (the national level's board opens on the attention view: the page's choice).
 * A page past the last shows the last.
 */
export async function listFollowUps(user: CurrentUser, requested: BoardParams) {
  const { params, region } = await resolveBoardParams(user, requested);
  const where = await boardWhere(user, params, region);
  // At national scope a count over thousands of rows: kept until the database changes (the where holds the days).
  const total = await keptWhileUnchanged(`follow-ups-count:${JSON.stringify(where)}`, () =>
    prisma.followUp.count({ where }),
  );
  const pageCount = Math.max(1, Math.ceil(total / BOARD_PAGE_SIZE));
  const page = Math.min(params.page, pageCount);
  const rows = await prisma.followUp.findMany({
    where,
    select: ROW,
    orderBy: [{ dueDate: "asc" }, { id: "asc" }],
    skip: (page - 1) * BOARD_PAGE_SIZE,
    take: BOARD_PAGE_SIZE,
  });
  return { rows, total, page, pageCount, params: { ...params, page }, region };
}

/** The most rows one export writes: far more than a province's board holds. */
export const BOARD_EXPORT_LIMIT = 5000;

/**
 * Every row of the board under its view and filters (the page aside), by due date, for the spreadsheet, with the
 * unit or region the filter chose (the file is named after it).
 */
export async function exportFollowUps(user: CurrentUser, requested: BoardParams) {
  const { params, region, unit } = await resolveBoardParams(user, requested);
  const rows = await prisma.followUp.findMany({
    where: await boardWhere(user, params, region),
    select: { ...ROW, description: true },
    orderBy: [{ dueDate: "asc" }, { id: "asc" }],
    take: BOARD_EXPORT_LIMIT,
  });
  return { rows, chosen: unit ?? region };
}

/**
 * The params as the board applies them: a region outside the scope is dropped, and so is a unit outside the chosen
 * region (the form no longer offers it), so that the form, the links and the export say what is shown.
 */
async function resolveBoardParams(
  user: CurrentUser,
  params: BoardParams,
): Promise<{ params: BoardParams } & UnitFilter> {
  const { region, unit } = await resolveUnitFilter(user, params);
  // Without a region, a unit code outside the scope stays, and matches nothing (boardWhere).
  return {
    params: { ...params, region: region?.code, unit: unit?.code ?? (region ? undefined : params.unit) },
    region,
    unit,
  };
}

/** The view and the filters, each narrowing the user's scope: a unit code outside it matches nothing. */
async function boardWhere(
  user: CurrentUser,
  params: BoardParams,
  region: Region | null,
): Promise<Prisma.FollowUpWhereInput> {
  const { filter, unit, status, area, source } = params;
  const where: Prisma.FollowUpWhereInput[] = [inScope(user)];
  if (filter === "overdue") where.push(overdueWhere());
  if (filter === "soon") where.push(dueSoonWhere());
  if (filter === "escalated") where.push({ status: "ESCALATED" });
  if (filter === "attention")
    where.push(surfacedAtWhere(user.unit.id, await unitsBelow(prisma, user.unit.id)));
  if (region) where.push({ unitId: { in: region.unitIds } });
  if (unit) where.push({ unit: { code: unit } });
  if (status) where.push({ status });
  if (area) where.push({ area });
  if (source) where.push({ source });
  return { AND: where };
}

/** The user's unit's (or their own) follow-ups due within 7 days or late: the home page and the notification list. */
export async function dueFollowUps(user: CurrentUser) {
  const owner: Prisma.FollowUpWhereInput[] = user.officialId ? [{ ownerOfficialId: user.officialId }] : [];
  return prisma.followUp.findMany({
    where: { AND: [{ OR: [{ unitId: user.unit.id }, ...owner] }, { OR: [dueSoonWhere(), overdueWhere()] }] },
    select: ROW,
    orderBy: { dueDate: "asc" },
    take: 20,
  });
}

/** Home: what is due at the user's unit, and what surfaced there (escalated to it, or late below it). */
export async function homeFollowUps(user: CurrentUser) {
  const surfaced = async () =>
    firstByDueDate(
      { AND: [inScope(user), surfacedAtWhere(user.unit.id, await unitsBelow(prisma, user.unit.id))] },
      20,
    );
  const [due, attention] = await Promise.all([dueFollowUps(user), surfaced()]);
  return { due, attention };
}

const BY_DUE_DATE = [{ dueDate: "asc" }, { id: "asc" }] satisfies Prisma.FollowUpOrderByWithRelationInput[];

/**
 * The first `take` follow-ups of `where` by due date, as rows: chosen first, then only those read with their units
 * and person in charge. Read in one statement, every match was joined before all but `take` were dropped: about 950
 * late follow-ups below a province, 6-10 ms of the database's time on each of its secretary's home pages (issue 13).
 */
async function firstByDueDate(where: Prisma.FollowUpWhereInput, take: number) {
  const first = await prisma.followUp.findMany({ where, select: { id: true }, orderBy: BY_DUE_DATE, take });
  if (!first.length) return [];
  return prisma.followUp.findMany({
    // The where again: a follow-up closed or taken out of scope between the two reads is not shown.
    where: { AND: [{ id: { in: first.map((row) => row.id) } }, where] },
    select: ROW,
    orderBy: BY_DUE_DATE,
  });
}

/** One follow-up with its source, its escalation path and every step (the audit entries), or null out of scope. */
export async function getFollowUp(user: CurrentUser, id: string) {
  const followUp = await prisma.followUp.findFirst({
    where: { id, ...inScope(user) },
    include: {
      unit: { select: { shortName: true, timeZone: true } },
      escalatedTo: { select: { shortName: true } },
      owner: { select: { name: true } },
      finding: { select: { report: { select: { visitId: true, visit: { select: { title: true } } } } } },
      escalations: {
        orderBy: { createdAt: "asc" },
        include: { originUnit: { select: { shortName: true } }, holderUnit: { select: { shortName: true } } },
      },
    },
  });
  if (!followUp) return null;
  const [steps, officials] = await prisma.$transaction([
    prisma.auditLog.findMany({
      where: { entityType: "FollowUp", entityId: id },
      select: { id: true, at: true, actorName: true, action: true, after: true },
      orderBy: { id: "asc" },
    }),
    prisma.official.findMany({
      where: { unitId: followUp.unitId, status: "ACTIVE" },
      select: { id: true, name: true },
      orderBy: { sortName: "asc" },
    }),
  ]);
  return { followUp, steps, officials };
}

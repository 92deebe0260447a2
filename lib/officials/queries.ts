/**
 * Reads of the officials list (daftar pegawai): one page with its count for the screen, every matching row in
 * batches for the export. Both start from the user's scope and apply the same search, filters and sort.
 */
import "server-only";
import { inScope, type ScopedUser } from "@/lib/auth/scope";
import { prisma } from "@/lib/db/client";
import { keptWhileUnchanged } from "@/lib/db/kept-while-unchanged";
import { todayInIndonesia } from "@/lib/dates/today";
import { resolveUnitFilter, type UnitFilter } from "@/lib/units/regions";
import type { Prisma } from "@/lib/generated/prisma/client";
import { ALL_STATUSES, type ListParams, type SortKey } from "./list-params";
import { streamExportCells, toExportRows, type OfficialExportRow } from "./export-rows";
import { listSelect, type OfficialListRow } from "./list-select";
import { narrowsByTrigram, searchCondition } from "./search-terms";
import { fetchSearchPage } from "./search-page";

/** A user whose region and unit filter can be resolved: the scope, and the level of their unit. */
export type FilteringUser = Parameters<typeof resolveUnitFilter>[0];

/**
 * The region, unit and section a list is filtered by, checked against the scope: unknown or foreign ones are
 * dropped (lib/units/regions.ts).
 */
export interface ResolvedFilters extends UnitFilter {
  /**
   * The unit whose sections the section filter offers: the chosen unit, or the only unit of a one-unit region or
   * scope.
   */
  sectionUnitId: string | null;
  section: { id: string; name: string } | null;
}

export async function resolveFilters(user: FilteringUser, params: ListParams): Promise<ResolvedFilters> {
  const { region, unit } = await resolveUnitFilter(user, params);
  const onlyUnitIds = region?.unitIds ?? [...user.scopeUnitIds];
  const sectionUnitId = unit?.id ?? (onlyUnitIds.length === 1 ? onlyUnitIds[0]! : null);
  // Only a section of that unit counts, so a stale section param (the unit changed) is ignored.
  const section =
    sectionUnitId && params.section
      ? await prisma.section.findFirst({
          where: { id: params.section, unitId: sectionUnitId },
          select: { id: true, name: true },
        })
      : null;
  return { region, unit, sectionUnitId, section };
}

/** Everything the list shows or exports: scope, search and filters. */
export function officialsWhere(
  user: ScopedUser,
  params: ListParams,
  filters: ResolvedFilters,
): Prisma.OfficialWhereInput {
  return {
    ...(filters.unit
      ? { unitId: filters.unit.id }
      : filters.region
        ? { unitId: { in: filters.region.unitIds } }
        : inScope(user)),
    ...(filters.section ? { sectionId: filters.section.id } : {}),
    ...(params.rank ? { rank: params.rank } : {}),
    ...(params.type ? { employmentType: params.type } : {}),
    ...(params.status === ALL_STATUSES ? {} : { status: params.status }),
    ...searchCondition(params.q),
  };
}

/** The chosen order, then name and id, so every page boundary is stable; officials without NIP or rank go last. */
export function officialsOrderBy(
  sort: SortKey,
  dir: "asc" | "desc",
): Prisma.OfficialOrderByWithRelationInput[] {
  const tail: Prisma.OfficialOrderByWithRelationInput[] = [{ sortName: "asc" }, { id: "asc" }];
  switch (sort) {
    case "name":
      return [{ sortName: dir }, { id: dir }];
    case "nip":
      return [{ nip: { sort: dir, nulls: "last" } }, ...tail];
    case "rank":
      // PNS ranks (I/a … IV/e) and PPPK grades (I … XVII) are different scales: each keeps its block (PNS, PPPK,
      // then non-ASN without rank) and the direction applies within it.
      return [{ employmentType: "asc" }, { rank: { sort: dir, nulls: "last" } }, ...tail];
    case "unit":
      return [{ unit: { shortName: dir } }, ...tail];
  }
}

/**
 * Figures of the whole list (at national scope a count over 40,000 rows), kept until the database changes. Not a
 * search's: its index narrows it, and every word typed would push the kept national figures out.
 */
function keptUnlessSearch<T>(params: ListParams, key: string, read: () => Promise<T>): Promise<T> {
  return params.q ? read() : keptWhileUnchanged(key, read);
}

function countOfficials(where: Prisma.OfficialWhereInput, params: ListParams): Promise<number> {
  return keptUnlessSearch(params, `officials-count:${JSON.stringify(where)}`, () =>
    prisma.official.count({ where }),
  );
}

export interface OfficialListPage {
  rows: OfficialListRow[];
  total: number;
  /** The page shown: the requested one, or the last one if it asked for more pages than there are. */
  page: number;
  pageCount: number;
  filters: ResolvedFilters;
}

/** One page of the list and the number of all matching officials, each with the post held on `today`. */
export async function listOfficials(
  user: FilteringUser,
  params: ListParams,
  today: Date = todayInIndonesia(),
): Promise<OfficialListPage> {
  const filters = await resolveFilters(user, params);
  const where = officialsWhere(user, params, filters);
  if (params.sort === "unit") return { ...(await listByUnit(where, params, today)), filters };
  const byName = params.sort === "name" && narrowsByTrigram(params.q);
  const orderBy = officialsOrderBy(params.sort, params.dir);
  // A name search's page brings the count of its matches (search-page.ts); any other page is counted beside it.
  const fetchPage = byName
    ? (page: number) => fetchSearchPage(user, params, filters, page, today)
    : async (page: number) => ({
        rows: await prisma.official.findMany({
          where,
          orderBy,
          select: listSelect(today),
          skip: (page - 1) * params.size,
          take: params.size,
        }),
        total: null,
      });

  const [counted, requested] = await Promise.all([
    byName ? null : countOfficials(where, params),
    fetchPage(params.page),
  ]);
  // A name search's page with nothing on it (no match, or past the end) is counted alone.
  const total = counted ?? requested.total ?? (params.page > 1 ? await countOfficials(where, params) : 0);
  const pageCount = Math.max(1, Math.ceil(total / params.size));
  // A page past the end (a shared link after deletions, a typed number) shows the last page rather than nothing.
  const page = Math.min(params.page, pageCount);
  const rows = page === params.page ? requested.rows : (await fetchPage(page)).rows;
  return { rows, total, page, pageCount, filters };
}

/**
 * The list sorted by unit without sorting everyone: an OFFSET page of that order made PostgreSQL join and sort
 * every matching official (44,000 at national scope) on each request. The count per unit (the total the page needs
 * anyway), the units put in order by the database (its collation, as the ORDER BY would), then only the officials
 * of the units the page falls in, read in the list's order. Units sharing a name stay together, as one group. The
 * counts and the order of the units are kept until the database changes.
 */
async function listByUnit(
  where: Prisma.OfficialWhereInput,
  params: ListParams,
  today: Date,
): Promise<Omit<OfficialListPage, "filters">> {
  const { counts, units } = await keptUnlessSearch(
    params,
    `officials-by-unit:${params.dir}:${JSON.stringify(where)}`,
    async () => {
      const counts = await prisma.official.groupBy({ by: ["unitId"], where, _count: { _all: true } });
      const units = await prisma.workUnit.findMany({
        where: { id: { in: counts.map((row) => row.unitId) } },
        select: { id: true, shortName: true },
        orderBy: [{ shortName: params.dir }, { id: "asc" }],
      });
      return { counts, units };
    },
  );
  const countOf = new Map(counts.map((row) => [row.unitId, row._count._all]));
  const total = counts.reduce((sum, row) => sum + row._count._all, 0);
  const pageCount = Math.max(1, Math.ceil(total / params.size));
  const page = Math.min(params.page, pageCount);
  if (total === 0) return { rows: [], total, page, pageCount };

  const start = (page - 1) * params.size;
  const end = start + params.size;
  const pageUnitIds: string[] = [];
  let skip = 0;
  let groupStart = 0;
  for (let i = 0; i < units.length && groupStart < end;) {
    const group = [units[i]!.id];
    while (units[i + 1]?.shortName === units[i]!.shortName) group.push(units[++i]!.id);
    i++;
    const groupEnd = groupStart + group.reduce((sum, id) => sum + countOf.get(id)!, 0);
    if (groupEnd > start) {
      if (pageUnitIds.length === 0) skip = start - groupStart;
      pageUnitIds.push(...group);
    }
    groupStart = groupEnd;
  }
  const rows = await prisma.official.findMany({
    where: { AND: [where, { unitId: { in: pageUnitIds } }] },
    orderBy: officialsOrderBy("unit", params.dir),
    select: listSelect(today),
    skip,
    take: params.size,
  });
  return { rows, total, page, pageCount };
}

export type { OfficialExportRow } from "./export-rows";

/**
 * Rows per batch of an export: the writers format a batch while the next arrives from the database, and a batch is
 * handed on (as its own chunk of a CSV, through the zip of an XLSX) before the next is read, so a running export
 * gives way to other users' pages between two. A regency's home page beside ten CSV downloads measured p95
 * 175–290 ms with 250 rows and 80–115 ms with 50, beside six XLSX 265–360 and 120–130 ms (with 1,000 rows, beside
 * twenty XLSX, half as long again as with 250). The downloads take longer while pages are served (ten CSV 29 → 58 s);
 * one CSV alone a sixth to a fifth longer, one XLSX alone no longer. The DUK reads every row before writing.
 */
export const EXPORT_BATCH_SIZE = 50;

/**
 * Every official the list's params match, in the list's order, a batch at a time. One statement reads them all
 * (export-rows.ts): at national scale it takes a fraction of what a statement per batch did, and the connection is
 * free again once its last row has been read, however slowly the file is downloaded. A record deleted or edited
 * while the file is written is written as it was when the export began.
 */
export async function* exportOfficialBatches(
  user: FilteringUser,
  params: ListParams,
  filters?: ResolvedFilters,
  batchSize = EXPORT_BATCH_SIZE,
  today: Date = todayInIndonesia(),
): AsyncGenerator<OfficialExportRow[]> {
  const resolved = filters ?? (await resolveFilters(user, params));
  let lastId: string | undefined;
  for await (const cells of streamExportCells(user, params, resolved, today, batchSize)) {
    const batch = toExportRows(cells, lastId);
    lastId = batch.lastId;
    if (batch.rows.length > 0) yield batch.rows;
  }
}

/** A page of the officials list searched by name: narrowsByTrigram (search-terms.ts) says when to use it. */
import "server-only";
import type { ScopedUser } from "@/lib/auth/scope";
import { prisma } from "@/lib/db/client";
import type { ListParams } from "./list-params";
import { listSelect, type OfficialListRow } from "./list-select";
import { officialsOrderSql, officialsWhereSql } from "./list-sql";
import type { OfficialListPage, ResolvedFilters } from "./queries";

/**
 * A name search's page and its count. The count comes with the page's ids, in one statement: both read every match
 * through the trigram index (3,103 for a common name at national scale), and apart they read them twice. A page with
 * nothing on it (no match, or a page past the end) is counted alone, then the last page is read.
 */
export async function searchByName(
  user: ScopedUser,
  params: ListParams,
  filters: ResolvedFilters,
  today: Date,
): Promise<Omit<OfficialListPage, "filters">> {
  const requested = await fetchSearchPage(user, params, filters, params.page, today);
  const total = requested.total ?? (params.page > 1 ? await countSearchMatches(user, params, filters) : 0);
  const pageCount = Math.max(1, Math.ceil(total / params.size));
  const page = Math.min(params.page, pageCount);
  const rows =
    page === params.page ? requested.rows : (await fetchSearchPage(user, params, filters, page, today)).rows;
  return { rows, total, page, pageCount };
}

/**
 * The page's ids in name order, with the count of all matches (null when the page is empty), then their rows.
 * PostgreSQL prefers walking the name index in order, testing each name, to the trigram index and a sort of the few
 * matches: for a rare name it walked all 40,000 (15-35 ms at national scale, 2 ms the other way): the order is asked
 * in a form the name index cannot give (officialsOrderSql's `awayFromNameIndex`), so the trigram index serves the
 * search (issue 13).
 */
async function fetchSearchPage(
  user: ScopedUser,
  params: ListParams,
  filters: ResolvedFilters,
  page: number,
  today: Date,
): Promise<{ rows: OfficialListRow[]; total: number | null }> {
  const ids = await prisma.$queryRaw<{ id: string; total: number }[]>`
    SELECT o.id, (count(*) OVER ())::int AS total FROM official o
    WHERE ${officialsWhereSql(user, params, filters)}
    ORDER BY ${officialsOrderSql("name", params.dir, { awayFromNameIndex: true })}
    LIMIT ${params.size} OFFSET ${(page - 1) * params.size}`;
  if (ids.length === 0) return { rows: [], total: null };
  const rows = await prisma.official.findMany({
    where: { id: { in: ids.map((row) => row.id) } },
    select: listSelect(today),
  });
  const byId = new Map(rows.map((row) => [row.id, row]));
  // An official deleted between the two reads is left out of the page.
  return { rows: ids.flatMap((row) => byId.get(row.id) ?? []), total: ids[0]!.total };
}

async function countSearchMatches(
  user: ScopedUser,
  params: ListParams,
  filters: ResolvedFilters,
): Promise<number> {
  const [row] = await prisma.$queryRaw<{ total: number }[]>`
    SELECT count(*)::int AS total FROM official o WHERE ${officialsWhereSql(user, params, filters)}`;
  return row?.total ?? 0;
}

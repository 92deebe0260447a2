/** A page of the officials list searched by name: narrowsByTrigram (search-terms.ts) says when to use it. */
import "server-only";
import type { ScopedUser } from "@/lib/auth/scope";
import { prisma } from "@/lib/db/client";
import type { ListParams } from "./list-params";
import { listSelect, type OfficialListRow } from "./list-select";
import { officialsOrderSql, officialsWhereSql } from "./list-sql";
import type { ResolvedFilters } from "./queries";

/**
 * The page's ids in name order, with the count of all matches (null when the page is empty), then their rows. The
 * count comes with the ids, in one statement: apart, both read every match through the trigram index (3,103 for a
 * common name at national scale). PostgreSQL prefers walking the name index in order, testing each name, to the
 * trigram index and a sort of the few matches: for a rare name it walked all 40,000 (15-35 ms at national scale, 2 ms
 * the other way): the order is asked in a form the name index cannot give (officialsOrderSql's `awayFromNameIndex`),
 * so the trigram index serves the search (issue 13).
 */
export async function fetchSearchPage(
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

/**
 * The officials list's scope, search, filters and order as SQL, for the export's one raw read (export-rows.ts) and a
 * name search's page (search-page.ts): the twin of officialsWhere and officialsOrderBy (queries.ts), over
 * `official o JOIN work_unit u`.
 * tests/integration/officials-list.test.ts checks that both select the same officials in the same order.
 */
import "server-only";
import type { ScopedUser } from "@/lib/auth/scope";
import { inScopeSql } from "@/lib/auth/scope-sql";
import { Prisma } from "@/lib/generated/prisma/client";
import { ALL_STATUSES, type ListParams } from "./list-params";
import type { ResolvedFilters } from "./queries";
import { searchTerms } from "./search-terms";

export function officialsWhereSql(
  user: ScopedUser,
  params: ListParams,
  filters: ResolvedFilters,
): Prisma.Sql {
  const conditions = [
    filters.unit
      ? Prisma.sql`o."unitId" = ${filters.unit.id}`
      : filters.region
        ? Prisma.sql`o."unitId" IN (${Prisma.join(filters.region.unitIds)})`
        : inScopeSql(user, Prisma.sql`o."unitId"`),
  ];
  if (filters.section) conditions.push(Prisma.sql`o."sectionId" = ${filters.section.id}`);
  if (params.rank) conditions.push(Prisma.sql`o.rank = ${params.rank}::"Rank"`);
  if (params.type) conditions.push(Prisma.sql`o."employmentType" = ${params.type}::"EmploymentType"`);
  if (params.status !== ALL_STATUSES)
    conditions.push(Prisma.sql`o.status = ${params.status}::"OfficialStatus"`);
  const terms = searchTerms(params.q);
  if (terms && "nip" in terms) conditions.push(Prisma.sql`o.nip = ${terms.nip}`);
  else if (terms && "nipFragment" in terms)
    conditions.push(Prisma.sql`o.nip LIKE ${`%${terms.nipFragment}%`}`);
  else if (terms)
    for (const pattern of terms.namePatterns)
      conditions.push(Prisma.sql`o."sortName" LIKE ${`%${pattern}%`}`);
  return Prisma.join(conditions, " AND ");
}

/**
 * `awayFromNameIndex`: the name order asked with nulls where the name index does not keep them (first ascending,
 * last descending). A name is never null, so the order is the same, but PostgreSQL can no longer walk that index in
 * order, testing each name against a search, rather than use the trigram index (search-page.ts).
 */
export function officialsOrderSql(
  sort: ListParams["sort"],
  dir: ListParams["dir"],
  { awayFromNameIndex = false } = {},
): Prisma.Sql {
  const direction = Prisma.raw(dir === "desc" ? "DESC" : "ASC");
  const tail = Prisma.sql`o."sortName" ASC, o.id ASC`;
  switch (sort) {
    case "name":
      return awayFromNameIndex
        ? Prisma.sql`o."sortName" ${direction} ${Prisma.raw(dir === "desc" ? "NULLS LAST" : "NULLS FIRST")}, o.id ${direction}`
        : Prisma.sql`o."sortName" ${direction}, o.id ${direction}`;
    case "nip":
      return Prisma.sql`o.nip ${direction} NULLS LAST, ${tail}`;
    case "rank":
      return Prisma.sql`o."employmentType" ASC, o.rank ${direction} NULLS LAST, ${tail}`;
    case "unit":
      return Prisma.sql`u."shortName" ${direction}, ${tail}`;
  }
}

/**
 * Scope in SQL: reading a unit's subtree, and the user's scope as a condition of raw reads (auth/scope.ts has the
 * Prisma forms). Apart from scope.ts, which the policy and the end-to-end tests import without Prisma's runtime.
 */
import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import { coversAllUnits, type ScopedUser } from "./scope";

/**
 * The recursive step of a CTE named `subtree` of unit ids: after its first row (a unit), every unit below it (a
 * regency: none; a province: its regencies; the national unit: every unit in its tree).
 */
export const SUBTREE_STEP = Prisma.sql`
  UNION ALL
  SELECT child.id FROM work_unit child JOIN subtree ON child."parentId" = subtree.id`;

/** The unit and all units below it, in one recursive query, and whether that is every unit there is. */
export async function loadScope(
  db: Pick<PrismaClient, "$queryRaw">,
  homeUnitId: string,
): Promise<{ unitIds: Set<string>; coversAllUnits: boolean }> {
  const [row] = await db.$queryRaw<{ level: string; ids: string[]; all_units: number }[]>`
    WITH RECURSIVE subtree AS (SELECT id FROM work_unit WHERE id = ${homeUnitId} ${SUBTREE_STEP})
    SELECT level::text, ARRAY(SELECT id FROM subtree) AS ids, (SELECT count(*) FROM work_unit)::int AS all_units
    FROM work_unit WHERE id = ${homeUnitId}`;
  if (!row) return { unitIds: new Set(), coversAllUnits: false };
  return {
    unitIds: new Set(row.ids),
    coversAllUnits: coversAllUnits(row.level, row.ids.length, row.all_units),
  };
}

export async function loadScopeUnitIds(
  db: Pick<PrismaClient, "$queryRaw">,
  homeUnitId: string,
): Promise<Set<string>> {
  return (await loadScope(db, homeUnitId)).unitIds;
}

/** The scope as a SQL condition on `column` (a unit id), for raw reads. */
export function inScopeSql(user: ScopedUser, column: Prisma.Sql): Prisma.Sql {
  return user.scopeCoversAllUnits
    ? Prisma.sql`TRUE`
    : Prisma.sql`${column} = ANY(${[...user.scopeUnitIds]}::text[])`;
}

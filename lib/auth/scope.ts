import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { CurrentUser } from "./types";

type Queryable = Pick<PrismaClient, "$queryRaw">;

/**
 * The unit and all units below it, in one recursive query (a regency: itself; a province: it and its regencies),
 * and whether that is every unit there is: only the national unit's can be, unless a unit stands outside its tree.
 * A province alone in its database (no national unit above it) covers every unit too, but not the units made after
 * its scope was read, which would then be in scope without a condition and out of it by the list of ids.
 */
export async function loadScope(
  db: Queryable,
  homeUnitId: string,
): Promise<{ unitIds: Set<string>; coversAllUnits: boolean }> {
  const rows = await db.$queryRaw<{ id: string; all_units: number; national: boolean }[]>`
    WITH RECURSIVE subtree AS (
      SELECT id FROM work_unit WHERE id = ${homeUnitId}
      UNION ALL
      SELECT child.id FROM work_unit child JOIN subtree ON child."parentId" = subtree.id
    )
    SELECT id, (SELECT count(*) FROM work_unit)::int AS all_units,
      (SELECT level = 'NATIONAL' FROM work_unit WHERE id = ${homeUnitId}) AS national
    FROM subtree`;
  const coversAllUnits = rows[0]?.national === true && rows.length === rows[0].all_units;
  return { unitIds: new Set(rows.map((row) => row.id)), coversAllUnits };
}

export async function loadScopeUnitIds(db: Queryable, homeUnitId: string): Promise<Set<string>> {
  return (await loadScope(db, homeUnitId)).unitIds;
}

/**
 * The units above `unitId` (a regency: its province and the national unit), nearest first. Only news reads
 * upward with it (canReadPublishedNews in policy.ts); every other read stays within the subtree.
 */
export async function loadAncestorUnitIds(db: Queryable, unitId: string): Promise<Set<string>> {
  const rows = await db.$queryRaw<{ id: string }[]>`
    WITH RECURSIVE above AS (
      SELECT "parentId" AS id, 1 AS depth FROM work_unit WHERE id = ${unitId} AND "parentId" IS NOT NULL
      UNION ALL
      SELECT parent."parentId", above.depth + 1 FROM work_unit parent JOIN above ON parent.id = above.id
      WHERE parent."parentId" IS NOT NULL AND above.depth < 16
    )
    SELECT id FROM above ORDER BY depth`;
  return new Set(rows.map((row) => row.id));
}

export type ScopedUser = Pick<CurrentUser, "scopeUnitIds" | "scopeCoversAllUnits">;

/** The scope as text, for the key of a figure kept between requests: "all", or its unit ids in order. */
export function scopeKey(user: ScopedUser): string {
  return user.scopeCoversAllUnits ? "all" : [...user.scopeUnitIds].sort().join(",");
}

/**
 * The filter every scoped query starts from: `where: { ...inScope(user) }` on records with a (required) unitId.
 * A scope of every unit needs no condition: a list of 553 ids cost each national query about 2 ms (issue 13).
 */
export function inScope(user: ScopedUser): { unitId?: { in: string[] } } {
  return user.scopeCoversAllUnits ? {} : { unitId: { in: [...user.scopeUnitIds] } };
}

/** The same for the units themselves: `where: { ...unitsInScope(user) }` on work_unit. */
export function unitsInScope(user: ScopedUser): { id?: { in: string[] } } {
  return user.scopeCoversAllUnits ? {} : { id: { in: [...user.scopeUnitIds] } };
}

export function isInScope(user: Pick<CurrentUser, "scopeUnitIds">, unitId: string): boolean {
  return user.scopeUnitIds.has(unitId);
}

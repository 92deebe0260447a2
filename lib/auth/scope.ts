import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { CurrentUser } from "./types";

type Queryable = Pick<PrismaClient, "$queryRaw">;

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

/**
 * Whether a scope is every unit there is: only the national unit's can be, unless a unit stands outside its tree. A
 * province alone in its database (no national unit above it) covers every unit too, but not the units made after
 * its scope was read, which would then be in scope without a condition and out of it by the list of ids.
 */
export function coversAllUnits(homeLevel: string, scopeSize: number, allUnits: number): boolean {
  return homeLevel === "NATIONAL" && scopeSize === allUnits;
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

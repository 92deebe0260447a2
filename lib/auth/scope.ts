import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { CurrentUser } from "./types";

type Queryable = Pick<PrismaClient, "$queryRaw">;

/** The unit and all units below it, in one recursive query (a regency: itself; a province: it and its regencies). */
export async function loadScopeUnitIds(db: Queryable, homeUnitId: string): Promise<Set<string>> {
  const rows = await db.$queryRaw<{ id: string }[]>`
    WITH RECURSIVE subtree AS (
      SELECT id FROM work_unit WHERE id = ${homeUnitId}
      UNION ALL
      SELECT child.id FROM work_unit child JOIN subtree ON child."parentId" = subtree.id
    )
    SELECT id FROM subtree`;
  return new Set(rows.map((row) => row.id));
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

/** The filter every scoped query starts from: `where: { ...inScope(user) }` on records with a unitId. */
export function inScope(user: Pick<CurrentUser, "scopeUnitIds">): { unitId: { in: string[] } } {
  return { unitId: { in: [...user.scopeUnitIds] } };
}

export function isInScope(user: Pick<CurrentUser, "scopeUnitIds">, unitId: string): boolean {
  return user.scopeUnitIds.has(unitId);
}

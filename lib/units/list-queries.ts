import "server-only";
import { unitsInScope } from "@/lib/auth/scope";
import type { CurrentUser } from "@/lib/auth/types";
import { prisma } from "@/lib/db/client";

const UNIT_ROW = {
  id: true,
  code: true,
  name: true,
  shortName: true,
  level: true,
  parentId: true,
  _count: { select: { children: { where: { deactivatedAt: null } } } },
} as const;

/**
 * Whether the unit list folds regencies under their province: a scope spanning several provinces (the national
 * unit's) would otherwise render the whole country's tree at once.
 */
export function listIsRolledUp(user: Pick<CurrentUser, "unit">): boolean {
  return user.unit.level === "NATIONAL";
}

/**
 * The rows of the unit list (`/satuan-kerja`), in one query. A scope within one province: every unit in it, as
 * before. A national scope: the national unit and the provinces, each with its number of active regencies and
 * cities, plus the regencies of `expandedProvince` (a province code) when it is in scope.
 */
export function listUnitsForList(user: CurrentUser, expandedProvince?: string) {
  const scope = { ...unitsInScope(user), deactivatedAt: null };
  const where = listIsRolledUp(user)
    ? {
        ...scope,
        OR: [
          { level: { in: ["NATIONAL" as const, "PROVINCE" as const] } },
          ...(expandedProvince
            ? [
                {
                  level: "REGENCY_CITY" as const,
                  parent: { code: expandedProvince, level: "PROVINCE" as const },
                },
              ]
            : []),
        ],
      }
    : scope;
  return prisma.workUnit.findMany({
    where,
    select: UNIT_ROW,
    orderBy: [{ level: "asc" }, { name: "asc" }],
  });
}

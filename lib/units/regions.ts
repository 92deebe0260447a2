import "server-only";
import { isInScope, type ScopedUser } from "@/lib/auth/scope";
import { prisma } from "@/lib/db/client";

/**
 * Wilayah: the part of the tree a national user narrows a list to before picking a unit (lib/units/unit-filter.ts).
 * A province's region is the province and the units below it; the national unit's is that unit alone, since the
 * provinces below it are regions of their own.
 */
export interface Region {
  id: string;
  code: string;
  shortName: string;
  /** The region's units in the user's scope. */
  unitIds: string[];
}

/** The region of an active national or provincial unit in scope, by its code; null for anything else. */
export async function findRegionInScope(user: ScopedUser, code: string): Promise<Region | null> {
  const found = await prisma.workUnit.findFirst({
    where: { code, level: { in: ["NATIONAL", "PROVINCE"] }, deactivatedAt: null },
    select: { id: true, code: true, shortName: true, level: true, children: { select: { id: true } } },
  });
  if (!found || !isInScope(user, found.id)) return null;
  const below = found.level === "PROVINCE" ? found.children.map((child) => child.id) : [];
  return {
    id: found.id,
    code: found.code,
    shortName: found.shortName,
    unitIds: [found.id, ...below].filter((id) => isInScope(user, id)),
  };
}

/** The id of a unit chosen within a region, or null when the code names no unit of it. */
export async function unitIdInRegion(region: Region, code: string): Promise<string | null> {
  const unit = await prisma.workUnit.findUnique({ where: { code }, select: { id: true } });
  return unit && region.unitIds.includes(unit.id) ? unit.id : null;
}

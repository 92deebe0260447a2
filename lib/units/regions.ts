import "server-only";
import { isInScope, type ScopedUser } from "@/lib/auth/scope";
import type { CurrentUser } from "@/lib/auth/types";
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

export interface UnitFilter {
  region: Region | null;
  /** An active unit in scope, and in the region when one is chosen. */
  unit: { id: string; code: string; shortName: string } | null;
}

/**
 * A list's region and unit filter from their codes, as the form offers them. Anything else is dropped: a region
 * that is not an active national or provincial unit in scope, a unit that is not an active unit in scope, or one
 * outside the chosen region. A unit given without a region at national scope (a link or bookmark from before
 * regions) brings its region, so that the form shows what is applied.
 */
export async function resolveUnitFilter(
  user: ScopedUser & { unit: Pick<CurrentUser["unit"], "level"> },
  codes: { region?: string | undefined; unit?: string | undefined },
): Promise<UnitFilter> {
  const [chosenRegion, found] = await Promise.all([
    codes.region ? findRegionInScope(user, codes.region) : null,
    codes.unit
      ? prisma.workUnit.findFirst({
          where: { code: codes.unit, deactivatedAt: null },
          select: { id: true, code: true, shortName: true, level: true, parent: { select: { code: true } } },
        })
      : null,
  ]);
  const inScope = found && isInScope(user, found.id) ? found : null;
  const ownRegionCode = inScope && (inScope.level === "REGENCY_CITY" ? inScope.parent?.code : inScope.code);
  const region =
    chosenRegion ??
    (!codes.region && ownRegionCode && user.unit.level === "NATIONAL"
      ? await findRegionInScope(user, ownRegionCode)
      : null);
  const unit = inScope && (!region || region.unitIds.includes(inScope.id)) ? inScope : null;
  return { region, unit: unit && { id: unit.id, code: unit.code, shortName: unit.shortName } };
}

/** The region of an active national or provincial unit in scope, by its code; null for anything else. */
async function findRegionInScope(user: ScopedUser, code: string): Promise<Region | null> {
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

import type { UnitLevel } from "@/lib/generated/prisma/enums";
import type { Region } from "./regions";

interface UnitInScope {
  id: string;
  code: string;
  shortName: string;
  level: UnitLevel;
}

export interface UnitFilterChoices {
  /** Present when the scope spans several regions (the national unit and the provinces): the first choice. */
  regions?: { code: string; shortName: string }[];
  units: { code: string; shortName: string }[];
  /** False until a region is chosen, when there are regions to choose from. */
  unitsAvailable: boolean;
}

/**
 * What a unit filter offers (the officials list, the follow-up board). A scope of one province lists its units in
 * one choice. A national scope first offers its regions, the national unit and each province (39 at national
 * scale), then the units of the region chosen: one list of 553 units was unusable to pick from, and weighed 80 KB in
 * every page.
 */
export function unitFilterChoices(
  units: readonly UnitInScope[],
  region: Pick<Region, "unitIds"> | null,
): UnitFilterChoices {
  const regions = units.filter((unit) => unit.level === "NATIONAL" || unit.level === "PROVINCE");
  if (regions.length <= 1) return { units: units.map(choice), unitsAvailable: true };
  const inRegion = region ? units.filter((unit) => region.unitIds.includes(unit.id)) : [];
  return { regions: regions.map(choice), units: inRegion.map(choice), unitsAvailable: region !== null };
}

const choice = ({ code, shortName }: UnitInScope) => ({ code, shortName });

/**
 * The national posisi SDM rolled up by province: one row per province holding the sums of the province's own unit
 * and its regencies/cities (issue 13: 553 rows was 1.76 MB of HTML). Pure, so the page and its tests share it.
 */
import { sumFigures } from "./posture";
import { postureRows, type PostureRow, type UnitFigures } from "./posture-rows";
import { sortPostureRows, type PostureSort } from "./posture-sort";

type PostureUnit = UnitFigures["unit"];

/** The id of the province a unit belongs to (itself for a province), or null for the national unit. */
function provinceIdOf(unit: PostureUnit): string | null {
  if (unit.level === "PROVINCE") return unit.id;
  if (unit.level === "REGENCY_CITY") return unit.parentId;
  return null;
}

/** How many provinces the postures span: the page rolls up when it is more than one. */
export function provinceCount(units: readonly { unit: PostureUnit }[]): number {
  return new Set(units.map(({ unit }) => provinceIdOf(unit)).filter((id) => id !== null)).size;
}

/**
 * One row per province (its figures the sums of its units, shortage and excess summed per unit as the totals row
 * does) linking to `?provinsi=<code>`, and the national unit as its own row, so the rows still add up to every unit
 * in scope. A unit whose province is not among the postures keeps its own row rather than being lost.
 */
export function rollUpByProvince(units: readonly UnitFigures[], sort: PostureSort): PostureRow[] {
  const provinces = new Map(
    units.filter(({ unit }) => unit.level === "PROVINCE").map(({ unit }) => [unit.id, unit]),
  );
  const members = new Map<string, UnitFigures[]>();
  const ownRows: UnitFigures[] = [];
  for (const member of units) {
    const provinceId = provinceIdOf(member.unit);
    if (provinceId === null || !provinces.has(provinceId)) ownRows.push(member);
    else if (members.has(provinceId)) members.get(provinceId)!.push(member);
    else members.set(provinceId, [member]);
  }
  const provinceRows = [...members].map(([provinceId, inProvince]): PostureRow => {
    const province = provinces.get(provinceId)!;
    return {
      id: province.id,
      code: province.code,
      name: province.shortName,
      level: province.level,
      figures: sumFigures(inProvince.map(({ figures }) => figures)),
      vacantTitles: [],
      href: `?provinsi=${encodeURIComponent(province.code)}`,
      unitCount: inProvince.length,
    };
  });
  return sortPostureRows([...postureRows(ownRows, sort), ...provinceRows], sort);
}

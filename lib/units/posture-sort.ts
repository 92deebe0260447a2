import type { UnitLevel } from "@/lib/generated/prisma/enums";
import type { PostureFigures } from "./posture";

/** The columns of the province's posture table that can be sorted (the `sort` search parameter). */
export const POSTURE_SORT_KEYS = ["unit", "structural", "vacant", "asn", "shortfall", "support"] as const;
export type PostureSortKey = (typeof POSTURE_SORT_KEYS)[number];
export type SortDirection = "asc" | "desc";

export interface PostureSort {
  key: PostureSortKey;
  dir: SortDirection;
}

export const DEFAULT_POSTURE_SORT: PostureSort = { key: "unit", dir: "asc" };

type SearchParamValue = string | string[] | undefined;

/** Reads `?sort=…&dir=…`; anything unknown falls back to the default order rather than failing. */
export function parsePostureSort(params: { sort?: SearchParamValue; dir?: SearchParamValue }): PostureSort {
  const key = POSTURE_SORT_KEYS.find((candidate) => candidate === params.sort);
  if (!key) return DEFAULT_POSTURE_SORT;
  return { key, dir: params.dir === "desc" ? "desc" : "asc" };
}

export interface PostureRowForSort {
  name: string;
  level: UnitLevel;
  figures: PostureFigures;
}

const LEVEL_ORDER: Record<UnitLevel, number> = { NATIONAL: 0, PROVINCE: 1, REGENCY_CITY: 2 };

/** A fill rate so that units of different sizes compare; a zero quota counts as full, or over when staffed. */
function fillRate(count: number, quota: number): number {
  if (quota <= 0) return count > 0 ? Number.POSITIVE_INFINITY : 1;
  return count / quota;
}

const VALUE: Record<Exclude<PostureSortKey, "unit">, (figures: PostureFigures) => number> = {
  structural: (f) => fillRate(f.structuralFilled, f.structuralTotal),
  vacant: (f) => f.structuralVacant,
  asn: (f) => fillRate(f.asn.staff, f.asn.quota),
  shortfall: (f) => f.asn.shortfall,
  support: (f) => fillRate(f.support.staff, f.support.quota),
};

function treeOrder(a: PostureRowForSort, b: PostureRowForSort): number {
  return LEVEL_ORDER[a.level] - LEVEL_ORDER[b.level] || a.name.localeCompare(b.name, "id");
}

/** Sorted copy of the rows; ties keep the tree order (province first, then by name) whatever the direction. */
export function sortPostureRows<R extends PostureRowForSort>(rows: R[], sort: PostureSort): R[] {
  const sign = sort.dir === "desc" ? -1 : 1;
  return [...rows].sort((a, b) => {
    if (sort.key === "unit") return sign * treeOrder(a, b);
    const valueOf = VALUE[sort.key];
    const difference = valueOf(a.figures) - valueOf(b.figures);
    return (Number.isNaN(difference) ? 0 : sign * Math.sign(difference)) || treeOrder(a, b);
  });
}

/** Where a header's link goes: the same column flips direction; a new column starts with its worst rows first. */
export function nextSort(current: PostureSort, key: PostureSortKey): PostureSort {
  if (current.key === key) return { key, dir: current.dir === "asc" ? "desc" : "asc" };
  // Counts of what is missing read best largest first; fill rates and names smallest first.
  return { key, dir: key === "vacant" || key === "shortfall" ? "desc" : "asc" };
}

/** The query of a sorted page; a province's drill-down keeps its `provinsi`. */
export function sortQuery(sort: PostureSort, province?: string): string {
  const provinceQuery = province ? `&provinsi=${encodeURIComponent(province)}` : "";
  return `?sort=${sort.key}&dir=${sort.dir}${provinceQuery}`;
}

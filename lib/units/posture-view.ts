/**
 * What the posisi SDM page (and its printed copy) shows for a user: the units of the scope as always, but for a
 * scope spanning several provinces one row per province, each opening `?provinsi=<code>` with that province's units.
 */
import "server-only";
import type { CurrentUser } from "@/lib/auth/types";
import { getFiguresInScope, getProvinceFiguresInScope } from "./posture-figures";
import { provinceCount, rollUpByProvince } from "./posture-rollup";
import { postureRows, type PostureRow } from "./posture-rows";
import type { PostureSort } from "./posture-sort";

export interface PostureView {
  rows: PostureRow[];
  /** True when the rows are provinces rolled up. */
  rolledUp: boolean;
  /** The province drilled into (`?provinsi=`), or null. */
  province: { code: string; shortName: string } | null;
  /** How many units the rows sum. */
  unitCount: number;
}

type SearchParamValue = string | string[] | undefined;

/** `?provinsi=52`: a region code, or nothing; anything else is no province (not found). */
export function parseProvinceParam(value: SearchParamValue): string | null | undefined {
  if (value === undefined || value === "") return undefined;
  return typeof value === "string" && /^[0-9A-Za-z]{2,10}$/.test(value) ? value : null;
}

/** Null when `?provinsi=` names no province the user may see: the caller answers 404. */
export async function getPostureView(
  user: CurrentUser,
  provinceParam: SearchParamValue,
  sort: PostureSort,
): Promise<PostureView | null> {
  const code = parseProvinceParam(provinceParam);
  if (code === null) return null;
  if (code !== undefined) {
    const found = await getProvinceFiguresInScope(user, code);
    if (!found) return null;
    return {
      rows: postureRows(found.units, sort),
      rolledUp: false,
      province: found.province,
      unitCount: found.units.length,
    };
  }
  const units = await getFiguresInScope(user);
  const rolledUp = provinceCount(units) > 1;
  return {
    rows: rolledUp ? rollUpByProvince(units, sort) : postureRows(units, sort),
    rolledUp,
    province: null,
    unitCount: units.length,
  };
}

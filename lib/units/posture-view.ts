/**
 * What the posisi SDM page (and its printed copy) shows for a user: the units of the scope as always, but for a
 * scope spanning several provinces one row per province, each opening `?provinsi=<code>` with that province's units.
 */
import "server-only";
import type { CurrentUser } from "@/lib/auth/types";
import { todayFor } from "@/lib/dates/today";
import { loadPostureFigures } from "./posture-figures";
import { getPosturesInScope, getProvincePosturesInScope } from "./posture-queries";
import { provinceCount, rollUpByProvince } from "./posture-rollup";
import { postureRows, unitFigures, type PostureRow } from "./posture-rows";
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
    const found = await getProvincePosturesInScope(user, code);
    if (!found) return null;
    return {
      rows: postureRows(found.postures.map(unitFigures), sort),
      rolledUp: false,
      province: found.province,
      unitCount: found.postures.length,
    };
  }
  // Only the national unit's scope spans several provinces. Its roll-up needs each unit's figures alone, which the
  // database counts; any other scope shows its units' full postures.
  if (user.unit.level === "NATIONAL") {
    const scope = user.scopeCoversAllUnits ? "all" : [...user.scopeUnitIds];
    const units = await loadPostureFigures(scope, todayFor(user));
    if (provinceCount(units) > 1)
      return { rows: rollUpByProvince(units, sort), rolledUp: true, province: null, unitCount: units.length };
  }
  const postures = (await getPosturesInScope(user)).map(unitFigures);
  return { rows: postureRows(postures, sort), rolledUp: false, province: null, unitCount: postures.length };
}

/**
 * The follow-up board's filters (papan tindak lanjut) as URL search params: the view (all, late, due in 7 days,
 * escalated, needs my attention), the region and the responsible unit by their codes, status, area, source, and the
 * page.
 * Parsing never fails: a bad or unknown value falls back to its default on its own. The board, its page links and
 * the XLSX export read the same params, so the file is what the screen showed.
 */
import { z } from "zod";
import { FollowUpSource, FollowUpStatus } from "@/lib/generated/prisma/enums";
import { SUPERVISION_AREAS } from "@/lib/supervision/areas";
import { integer } from "@/lib/validations/input";
import {
  searchParam,
  searchParamsRecord,
  unitCodeParam,
  type RawSearchParams,
} from "@/lib/validations/search-params";

export const BOARD_FILTERS = ["all", "overdue", "soon", "escalated", "attention"] as const;
export type BoardFilter = (typeof BOARD_FILTERS)[number];

const boardParamsSchema = z.object({
  filter: searchParam(z.enum(BOARD_FILTERS).optional()).catch(undefined),
  /** A region (wilayah, lib/units/regions.ts) by its unit's code: offered when the scope spans several. */
  region: unitCodeParam,
  /** The responsible unit, by its region code. */
  unit: unitCodeParam,
  status: searchParam(z.enum(FollowUpStatus).optional()).catch(undefined),
  area: searchParam(z.enum(SUPERVISION_AREAS).optional()).catch(undefined),
  source: searchParam(z.enum(FollowUpSource).optional()).catch(undefined),
  page: searchParam(integer({ min: 1, max: 100_000 }).default(1)).catch(1),
});

export type BoardParams = Omit<z.output<typeof boardParamsSchema>, "filter"> & { filter: BoardFilter };

/** The board's params from a page's `searchParams` or a request URL's; `fallback` is the view when none is asked. */
export function parseBoardParams(raw: RawSearchParams, fallback: BoardFilter = "all"): BoardParams {
  const parsed = boardParamsSchema.parse(searchParamsRecord(raw));
  return { ...parsed, filter: parsed.filter ?? fallback };
}

/** `/tindak-lanjut?…` (or the export's path) keeping the board's params; `changes` override, undefined removes. */
export function boardHref(path: string, params: BoardParams, changes: Partial<BoardParams> = {}): string {
  const merged = { ...params, ...changes };
  const search = new URLSearchParams({ filter: merged.filter });
  for (const key of ["region", "unit", "status", "area", "source"] as const) {
    const value = merged[key];
    if (value) search.set(key, value);
  }
  if (merged.page > 1) search.set("page", String(merged.page));
  return `${path}?${search.toString()}`;
}

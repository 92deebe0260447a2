/**
 * The officials list (daftar pegawai) as URL search params: search, filters, sort and page live in the URL, so a
 * filtered list can be bookmarked, shared and exported. Parsing never fails: each bad or unknown value falls back
 * to its default on its own, and only non-default values are written back, so URLs stay short.
 */
import { z } from "zod";
import { integer, optionalText } from "@/lib/validations/input";
import {
  searchParam,
  searchParamsRecord,
  unitCodeParam,
  type RawSearchParams,
} from "@/lib/validations/search-params";
import { EmploymentType, OfficialStatus, Rank } from "@/lib/generated/prisma/enums";

export const SORT_KEYS = ["name", "nip", "rank", "unit"] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export const PAGE_SIZES = [25, 50, 100] as const;
export type PageSize = (typeof PAGE_SIZES)[number];
/** The status filter's "every status" choice; without a status param the list shows active officials only. */
export const ALL_STATUSES = "all";
/** Beyond this a page number is surely a typo; the query clamps to the last page anyway. */
const MAX_PAGE = 100_000;

export const listParamsSchema = z.object({
  /** Name or NIP, as typed. */
  q: searchParam(optionalText({ max: 100 })).catch(undefined),
  /**
   * Wilayah: a province's code (the province and its regencies and cities) or the national unit's (that unit
   * alone). Offered when the scope spans several regions, so that the unit filter lists one region's units.
   */
  region: unitCodeParam,
  unit: unitCodeParam,
  section: searchParam(
    z
      .string()
      .trim()
      .regex(/^[A-Za-z0-9_-]{1,40}$/)
      .optional(),
  ).catch(undefined),
  rank: searchParam(z.enum(Rank).optional()).catch(undefined),
  type: searchParam(z.enum(EmploymentType).optional()).catch(undefined),
  status: searchParam(
    z.union([z.enum(OfficialStatus), z.literal(ALL_STATUSES)]).default(OfficialStatus.ACTIVE),
  ).catch(OfficialStatus.ACTIVE),
  sort: searchParam(z.enum(SORT_KEYS).default("name")).catch("name"),
  dir: searchParam(z.enum(["asc", "desc"]).default("asc")).catch("asc"),
  page: searchParam(integer({ min: 1, max: MAX_PAGE }).default(1)).catch(1),
  size: searchParam(
    integer({ min: 1, max: Math.max(...PAGE_SIZES) })
      .refine((size): size is PageSize => (PAGE_SIZES as readonly number[]).includes(size))
      .default(PAGE_SIZES[0]),
  ).catch(PAGE_SIZES[0]),
});

export type ListParams = z.output<typeof listParamsSchema>;

export const DEFAULT_LIST_PARAMS: ListParams = listParamsSchema.parse({});

/** The list's params from a page's `searchParams` or a request URL's; never throws. */
export function parseListParams(raw: RawSearchParams): ListParams {
  return listParamsSchema.parse(searchParamsRecord(raw));
}

/** The params that differ from the defaults, in a stable order; `changes` override (undefined removes). */
export function toSearchParams(params: ListParams, changes: Partial<ListParams> = {}): URLSearchParams {
  const merged: ListParams = { ...params, ...changes };
  const search = new URLSearchParams();
  for (const key of Object.keys(listParamsSchema.shape) as (keyof ListParams)[]) {
    const value = merged[key];
    if (value !== undefined && value !== DEFAULT_LIST_PARAMS[key]) search.set(key, String(value));
  }
  return search;
}

/**
 * Whether the URL says exactly `params`: no empty fields (a GET form sends `?q=&unit=`), unknown, repeated, bad or
 * default-valued params. The page redirects other URLs to the canonical one, so what is bookmarked is short and true.
 */
export function isCanonical(raw: RawSearchParams, params: ListParams): boolean {
  const pairs = (search: Iterable<[string, string]>) =>
    [...search]
      .map(([key, value]) => `${key}=${value}`)
      .sort()
      .join("&");
  const given =
    raw instanceof URLSearchParams
      ? raw
      : Object.entries(raw).flatMap(([key, value]) =>
          [value ?? []].flat().map((item): [string, string] => [key, item]),
        );
  return pairs(given) === pairs(toSearchParams(params));
}

/** `path?query` for links that keep the list's state, e.g. the next page or the export. */
export function listHref(path: string, params: ListParams, changes: Partial<ListParams> = {}): string {
  const query = toSearchParams(params, changes).toString();
  return query ? `${path}?${query}` : path;
}

/** The params without paging: what an export or a filter form carries. */
export function withoutPaging(params: ListParams): ListParams {
  return { ...params, page: DEFAULT_LIST_PARAMS.page, size: DEFAULT_LIST_PARAMS.size };
}

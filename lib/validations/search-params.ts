/**
 * Query strings as the lists read them (pegawai, the follow-up board, the audit trail): each param on its own
 * zod schema with `.catch(default)`, so one bad value falls back alone and parsing never fails.
 */
import { z } from "zod";
import { integer } from "./input";

/** What a page's `searchParams` or a request URL's search holds. */
export type RawSearchParams = Record<string, string | string[] | undefined> | URLSearchParams;

/** Repeated params (`?q=a&q=b`) arrive as arrays: the first one counts. A param the GET form left empty is unset. */
function firstAndNotBlank(value: unknown): unknown {
  const single = Array.isArray(value) ? value[0] : value;
  return typeof single === "string" && single.trim() === "" ? undefined : single;
}

/** `schema` applied to one query-string param. */
export const searchParam = <T extends z.ZodType>(schema: T) => z.preprocess(firstAndNotBlank, schema);

/** A unit's region code (`5204`) as a filter, readable in a shared link. */
export const unitCodeParam = searchParam(
  z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9._-]{1,40}$/)
    .optional(),
).catch(undefined);

/** Either form as a plain record, every value kept (a repeated key as an array). */
export function searchParamsRecord(raw: RawSearchParams): Record<string, string | string[] | undefined> {
  if (!(raw instanceof URLSearchParams)) return raw;
  const record: Record<string, string[]> = {};
  for (const [key, value] of raw) (record[key] ??= []).push(value);
  return record;
}

/** A list's page number (`?page=3`): 1 unless the param holds a whole number from 1 to 99,999. */
export const pageParam = searchParam(integer({ min: 1, max: 99_999 })).catch(1);

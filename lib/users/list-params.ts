import { z } from "zod";
import { integer, optionalText, recordId } from "@/lib/validations/input";
import { searchParam } from "@/lib/validations/search-params";

/** The accounts list's URL: a search (name, username or NIP) and a page; anything unreadable falls back. */
const listParamsSchema = z.object({
  q: searchParam(optionalText({ max: 100 })).catch(undefined),
  page: searchParam(integer({ min: 1, max: 100_000 }).default(1)).catch(1),
});

export type AccountListParams = z.infer<typeof listParamsSchema>;

export function parseAccountListParams(
  raw: Record<string, string | string[] | undefined>,
): AccountListParams {
  return listParamsSchema.parse(raw);
}

/**
 * Tambah pengguna's URL: the official chosen (`?pegawai=<id>`) and the picker's search. A value that could not be
 * an id or a search (a NUL byte, which PostgreSQL refuses in a query parameter) is dropped, never queried.
 */
const newAccountParamsSchema = z.object({
  officialId: searchParam(recordId.optional()).catch(undefined),
  q: searchParam(optionalText({ max: 100 })).catch(undefined),
});

export type NewAccountParams = z.infer<typeof newAccountParamsSchema>;

export function parseNewAccountParams(raw: Record<string, string | string[] | undefined>): NewAccountParams {
  return newAccountParamsSchema.parse({ officialId: raw.pegawai, q: raw.q });
}

export function accountsHref(params: Partial<AccountListParams>): string {
  const query = new URLSearchParams();
  if (params.q) query.set("q", params.q);
  if (params.page && params.page > 1) query.set("page", String(params.page));
  const text = query.toString();
  return text ? `/pengguna?${text}` : "/pengguna";
}

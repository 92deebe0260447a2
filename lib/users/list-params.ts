import { z } from "zod";
import { integer, optionalText } from "@/lib/validations/input";

/** The accounts list's URL: a search (name, username or NIP) and a page; anything unreadable falls back. */
const listParamsSchema = z.object({
  q: optionalText({ max: 100 }).catch(undefined),
  page: integer({ min: 1, max: 100_000 }).catch(1),
});

export type AccountListParams = z.infer<typeof listParamsSchema>;

export function parseAccountListParams(
  raw: Record<string, string | string[] | undefined>,
): AccountListParams {
  const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);
  return listParamsSchema.parse({ q: first(raw.q), page: first(raw.page) ?? "1" });
}

export function accountsHref(params: Partial<AccountListParams>): string {
  const query = new URLSearchParams();
  if (params.q) query.set("q", params.q);
  if (params.page && params.page > 1) query.set("page", String(params.page));
  const text = query.toString();
  return text ? `/pengguna?${text}` : "/pengguna";
}

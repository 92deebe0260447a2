import { z } from "zod";
import { integer, optionalText } from "@/lib/validations/input";

/**
 * The news list's URL: a search and a page, read with the input kit like every other query string
 * (docs/decisions/010-shared-kit.md, input): a value that could not be a search (a NUL byte, which PostgreSQL
 * refuses in a query parameter) or a page is dropped, never sent to the database.
 */
const newsListParamsSchema = z.object({
  q: optionalText({ max: 100 }).catch(undefined),
  page: integer({ min: 1, max: 99_999 }).catch(1),
});

export type NewsListParams = z.infer<typeof newsListParamsSchema>;

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

export function parseNewsListParams(raw: Record<string, string | string[] | undefined>): NewsListParams {
  return newsListParamsSchema.parse({ q: first(raw.q), page: first(raw.page) ?? "1" });
}

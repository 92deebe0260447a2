import { z } from "zod";
import { optionalText } from "@/lib/validations/input";
import { pageParam, searchParam } from "@/lib/validations/search-params";

/**
 * The news list's URL: a search and a page, read with the input kit like every other query string
 * (docs/decisions/010-shared-kit.md, input): a value that could not be a search (a NUL byte, which PostgreSQL
 * refuses in a query parameter) or a page is dropped, never sent to the database.
 */
const newsListParamsSchema = z.object({
  q: searchParam(optionalText({ max: 100 })).catch(undefined),
  page: pageParam,
});

export type NewsListParams = z.infer<typeof newsListParamsSchema>;

export function parseNewsListParams(raw: Record<string, string | string[] | undefined>): NewsListParams {
  return newsListParamsSchema.parse(raw);
}

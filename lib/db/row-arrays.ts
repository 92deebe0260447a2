/**
 * Reads of tens of thousands of rows (the officials export) straight from the pg pool, each row an array of column
 * values: Prisma's mapping costs about 10 µs a row, several times the query itself at national scale (issue 13).
 * Everything else reads through Prisma. Counted by the bench like Prisma's statements (lib/db/client.ts).
 */
import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { processPool } from "./client";
import { asDatabaseUnavailable } from "./unavailable";

export async function queryRowArrays(sql: Prisma.Sql): Promise<unknown[][]> {
  if (process.env.BENCH_LOG_STATEMENTS === "1") process.stdout.write("[sql]\n");
  try {
    const result = await processPool().query<unknown[]>({
      text: sql.text,
      values: sql.values,
      rowMode: "array",
    });
    return result.rows;
  } catch (error) {
    throw asDatabaseUnavailable(error);
  }
}

/**
 * Reads of tens of thousands of rows (the officials export) straight from the pg pool, each row an array of column
 * values: Prisma's mapping costs about 10 µs a row, several times the query itself at national scale (issue 13).
 * Everything else reads through Prisma. Counted by the bench like Prisma's statements (lib/db/client.ts).
 */
import "server-only";
import pg from "pg";
import type { Prisma } from "@/lib/generated/prisma/client";
import { processPool } from "./client";
import { asDatabaseUnavailable } from "./unavailable";

/**
 * One statement's rows in batches of `batchSize`, handed on as PostgreSQL sends them, so the reader writes a batch
 * while the next is still arriving. The statement runs to its end without waiting for the reader, and the connection
 * is free as soon as it has: a slow download holds the rows it has not written yet, never a connection (the
 * embedded database has only one). A reader that stops early lets the rest of the rows go unread.
 */
export async function* streamRowArrays(sql: Prisma.Sql, batchSize: number): AsyncGenerator<unknown[][]> {
  if (process.env.BENCH_LOG_STATEMENTS === "1") process.stdout.write("[sql]\n");
  const client = await processPool()
    .connect()
    .catch((error: unknown) => {
      throw asDatabaseUnavailable(error);
    });
  const ready: unknown[][][] = [];
  let batch: unknown[][] = [];
  let ended = false;
  let failure: Error | undefined;
  let abandoned = false;
  let wake: (() => void) | undefined;
  const signal = () => {
    wake?.();
    wake = undefined;
  };
  const finish = (error?: Error) => {
    if (ended) return;
    ended = true;
    failure = error;
    if (!error && batch.length > 0) ready.push(batch);
    batch = [];
    // A failed statement may have left the connection in doubt: the pool opens a new one.
    client.release(error);
    signal();
  };

  const config: pg.QueryArrayConfig = { text: sql.text, values: sql.values, rowMode: "array" };
  const query = new pg.Query<unknown[]>(config);
  query.on("row", (row) => {
    if (abandoned) return;
    batch.push(row);
    if (batch.length < batchSize) return;
    ready.push(batch);
    batch = [];
    signal();
  });
  query.on("end", () => finish());
  query.on("error", (error) => finish(error));
  client.query(query);

  try {
    for (;;) {
      if (failure) throw asDatabaseUnavailable(failure);
      const next = ready.shift();
      if (next) yield next;
      else if (ended) return;
      else await new Promise<void>((resolve) => (wake = resolve));
    }
  } finally {
    abandoned = true;
    ready.length = 0;
    batch = [];
  }
}

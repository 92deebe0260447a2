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
 * while the next is still arriving. The rows are taken off the connection as fast as this process gets to them,
 * whether or not the reader wants them yet, and the connection is free once the last has come: a slow download
 * holds the rows it has not written yet, never a connection (the embedded database has only one). A reader that
 * stops early lets the rest of the rows go unread.
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
  // A borrowed client has no listener of the pool's: a connection lost mid-statement would be an uncaught error.
  const onConnectionError = (error: Error) => finish(error);
  const finish = (error?: Error) => {
    if (ended) return;
    ended = true;
    failure = error;
    if (!error && batch.length > 0) ready.push(batch);
    batch = [];
    // A failed client is closed by the pool and may still report an error: it keeps the listener.
    if (!error) client.off("error", onConnectionError);
    client.release(error);
    signal();
  };

  try {
    client.on("error", onConnectionError);
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
  } catch (error) {
    finish(error as Error);
    throw asDatabaseUnavailable(error);
  }

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

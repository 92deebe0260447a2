import { describe, expect, it, vi } from "vitest";
import { prisma, processPool } from "@/lib/db/client";
import { streamRowArrays } from "@/lib/db/row-arrays";
import { DatabaseUnavailableError } from "@/lib/db/unavailable";
import { Prisma } from "@/lib/generated/prisma/client";

async function batchesOf(sql: Prisma.Sql, batchSize: number): Promise<unknown[][][]> {
  const batches = [];
  for await (const batch of streamRowArrays(sql, batchSize)) batches.push(batch);
  return batches;
}

const allConnectionsIdle = () => {
  const pool = processPool();
  expect(pool.idleCount).toBe(pool.totalCount);
};

/** Batches of 5 rows of 10 KB, which leave the server one by one; the tenth row waits, so a cut lands mid-statement. */
function slowRows(extraColumn = Prisma.empty) {
  return streamRowArrays(
    Prisma.sql`SELECT g, repeat('x', 10000), pg_sleep(CASE WHEN g = 10 THEN 30 ELSE 0 END)${extraColumn}
      FROM generate_series(1, 20) g`,
    5,
  );
}

/** The rest of a cut statement fails as the database being unavailable, and the pool works again. */
async function expectCutOff(rows: AsyncGenerator<unknown[][]>): Promise<void> {
  const rest = (async () => {
    for await (const batch of rows) expect(batch).toHaveLength(5);
  })();
  await expect(rest).rejects.toBeInstanceOf(DatabaseUnavailableError);
  await vi.waitFor(allConnectionsIdle, { timeout: 10_000 });
  expect(await prisma.$queryRaw`SELECT 3 AS three`).toEqual([{ three: 3 }]);
}

describe("rows streamed from one statement (the officials export's read)", () => {
  it("come in batches of the size asked for, in the statement's order, the last one shorter", async () => {
    const batches = await batchesOf(Prisma.sql`SELECT g, 'row ' || g FROM generate_series(1, 7) g`, 3);
    expect(batches.map((batch) => batch.length)).toEqual([3, 3, 1]);
    expect(batches.flat()).toEqual([1, 2, 3, 4, 5, 6, 7].map((g) => [g, `row ${g}`]));
    expect(await batchesOf(Prisma.sql`SELECT 1 WHERE false`, 3)).toEqual([]);
    allConnectionsIdle();
  });

  it("fail when the statement fails, and leave the pool working", async () => {
    const failing = batchesOf(Prisma.sql`SELECT 1 / (g - 5000) FROM generate_series(1, 10000) g`, 100);
    await expect(failing).rejects.toMatchObject({ code: "22012" }); // division by zero
    expect(await prisma.$queryRaw`SELECT 1 AS one`).toEqual([{ one: 1 }]);
    await vi.waitFor(allConnectionsIdle, { timeout: 10_000 });
  });

  it("fail as the database being unavailable when the connection is lost part way, without an uncaught error", async () => {
    const rows = slowRows(Prisma.sql`, pg_backend_pid()`);
    const first = await rows.next();
    expect(first.done).toBe(false);
    const backend = (first.value as unknown[][])[0]![3] as number;
    await prisma.$queryRaw`SELECT pg_terminate_backend(${backend}::int)`;
    await expectCutOff(rows);
  });

  it("fail the same way when the connection drops without a word from the server", async () => {
    let borrowed: unknown;
    processPool().once("acquire", (client) => (borrowed = client));
    const rows = slowRows();
    expect((await rows.next()).done).toBe(false);
    // The socket closes under the statement, as when the network goes: pg reports it on the client itself.
    (borrowed as { connection: { stream: { destroy(): void } } }).connection.stream.destroy();
    await expectCutOff(rows);
  });

  it("are all read off the connection while the reader waits, which then frees it", async () => {
    const rows = streamRowArrays(Prisma.sql`SELECT g FROM generate_series(1, 100000) g`, 1000);
    const first = await rows.next();
    // The reader takes nothing more, as a download that has stalled; the statement still ends.
    await vi.waitFor(allConnectionsIdle, { timeout: 10_000 });
    const all = [...(first.value as unknown[][])];
    for await (const batch of rows) all.push(...batch);
    expect(all).toHaveLength(100000);
    expect(all[99999]).toEqual([100000]);
  });

  it("let the connection go when the reader stops early (a cancelled download)", async () => {
    let read = 0;
    for await (const batch of streamRowArrays(Prisma.sql`SELECT g FROM generate_series(1, 100000) g`, 10)) {
      read += batch.length;
      break;
    }
    expect(read).toBe(10);
    await vi.waitFor(allConnectionsIdle, { timeout: 10_000 });
    expect(await prisma.$queryRaw`SELECT 2 AS two`).toEqual([{ two: 2 }]);
  });
});

import { describe, expect, it, vi } from "vitest";
import { prisma, processPool } from "@/lib/db/client";
import { streamRowArrays } from "@/lib/db/row-arrays";
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

describe("rows streamed from one statement (the officials export's read)", () => {
  it("come in batches of the size asked for, in the statement's order, the last one shorter", async () => {
    const batches = await batchesOf(Prisma.sql`SELECT g, 'row ' || g FROM generate_series(1, 7) g`, 3);
    expect(batches.map((batch) => batch.length)).toEqual([3, 3, 1]);
    expect(batches.flat()).toEqual([1, 2, 3, 4, 5, 6, 7].map((g) => [g, `row ${g}`]));
    expect(await batchesOf(Prisma.sql`SELECT 1 WHERE false`, 3)).toEqual([]);
    allConnectionsIdle();
  });

  it("fail when the statement fails part way, and leave the pool working", async () => {
    const failing = batchesOf(Prisma.sql`SELECT 1 / (g - 5000) FROM generate_series(1, 10000) g`, 100);
    await expect(failing).rejects.toMatchObject({ code: "22012" }); // division by zero
    expect(await prisma.$queryRaw`SELECT 1 AS one`).toEqual([{ one: 1 }]);
    await vi.waitFor(allConnectionsIdle);
  });

  it("let the connection go when the reader stops early (a cancelled download)", async () => {
    let read = 0;
    for await (const batch of streamRowArrays(Prisma.sql`SELECT g FROM generate_series(1, 100000) g`, 10)) {
      read += batch.length;
      break;
    }
    expect(read).toBe(10);
    await vi.waitFor(allConnectionsIdle);
    expect(await prisma.$queryRaw`SELECT 2 AS two`).toEqual([{ two: 2 }]);
  });
});

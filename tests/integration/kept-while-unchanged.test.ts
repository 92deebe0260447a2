import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { keptWhileUnchanged } from "@/lib/db/kept-while-unchanged";
import * as factory from "./db-utils";

const other = new pg.Client({ connectionString: process.env.DATABASE_URL });
afterAll(() => other.end());

const snapshot = async () =>
  (await prisma.$queryRaw<{ s: string }[]>`SELECT pg_current_snapshot()::text AS s`)[0]!.s;

/** A reader that counts its reads and answers the number of the read. */
function counter() {
  const reader = { reads: 0, read: async () => ++reader.reads };
  return reader;
}

describe("keptWhileUnchanged", () => {
  it("serves the kept figure while nothing has been written, and only under its key", async () => {
    // The snapshot is the whole cluster's: a write elsewhere (autovacuum's statistics) can move it between two
    // calls. Try a few times and judge only a pair of calls that no write came between.
    let judged = false;
    for (let attempt = 0; attempt < 5 && !judged; attempt++) {
      const key = `test:quiet:${factory.uniqueSuffix()}`;
      const reader = counter();
      const before = await snapshot();
      const first = await keptWhileUnchanged(key, reader.read);
      const second = await keptWhileUnchanged(key, reader.read);
      const otherKey = await keptWhileUnchanged(`${key}:other`, async () => "other");
      if ((await snapshot()) !== before) continue;
      expect([first, second, reader.reads, otherKey]).toEqual([1, 1, 1, "other"]);
      judged = true;
    }
    expect(judged).toBe(true);
  });

  it("reads again after a write has been committed", async () => {
    const key = `test:write:${factory.uniqueSuffix()}`;
    const reader = counter();
    expect(await keptWhileUnchanged(key, reader.read)).toBe(1);
    await factory.createUnit();
    expect(await keptWhileUnchanged(key, reader.read)).toBe(2);
  });

  it("reads again once a transaction that was writing while the figure was read commits", async () => {
    await other.connect();
    const key = `test:running:${factory.uniqueSuffix()}`;
    const reader = counter();
    const suffix = factory.uniqueSuffix();
    await other.query("BEGIN");
    await other.query(
      `INSERT INTO work_unit (id, code, name, "shortName", level, "updatedAt")
       VALUES ($1, $1, $1, $1, 'PROVINCE', now())`,
      [`T${suffix}`],
    );
    // Read while the insert is written but not committed: the figure cannot have seen it.
    expect(await keptWhileUnchanged(key, reader.read)).toBe(1);
    await other.query("COMMIT");
    expect(await keptWhileUnchanged(key, reader.read)).toBe(2);
  });
});

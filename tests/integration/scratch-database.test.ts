import { existsSync } from "node:fs";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { createUnit, createUser } from "./db-utils";
import { adminUrl, createScratchDatabase } from "../support/scratch-database";
import { prisma } from "@/lib/db/client";

async function databaseExists(name: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: adminUrl() });
  await client.connect();
  try {
    const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    return rowCount === 1;
  } finally {
    await client.end();
  }
}

describe("createScratchDatabase", () => {
  it("creates a fresh database and drops it, even with a connection still open", async () => {
    const database = await createScratchDatabase("sek_scratch_test");
    if (database.embedded) {
      // PGlite fallback: one server and data folder per database; dropping removes the folder.
      expect(existsSync(database.embedded.dataDir)).toBe(true);
      await database.drop();
      expect(existsSync(database.embedded.dataDir)).toBe(false);
      return;
    }
    const name = new URL(database.url).pathname.slice(1);

    expect(name).toMatch(/^sek_scratch_test_[a-z0-9_]+$/);
    expect(await databaseExists(name)).toBe(true);
    const lingering = new pg.Client({ connectionString: database.url });
    await lingering.connect();
    lingering.on("error", () => undefined); // the drop terminates it

    await database.drop();

    expect(await databaseExists(name)).toBe(false);
  });

  it("gives two databases different names", async () => {
    const [a, b] = await Promise.all([
      createScratchDatabase("sek_scratch_test"),
      createScratchDatabase("sek_scratch_test"),
    ]);
    try {
      expect(a.url).not.toEqual(b.url);
    } finally {
      await Promise.all([a.drop(), b.drop()]);
    }
  });
});

describe("the integration run's database", () => {
  it("is migrated and reachable through the app's prisma client, and the factories work", async () => {
    const province = await createUnit();
    const regency = await createUnit({ parent: province });
    const user = await createUser({ role: "STAFF", unitId: regency.id });

    const found = await prisma.user.findUniqueOrThrow({ where: { id: user.id }, include: { unit: true } });
    expect(found.unit.parentId).toBe(province.id);
    expect(found.unit.level).toBe("REGENCY_CITY");
  });
});

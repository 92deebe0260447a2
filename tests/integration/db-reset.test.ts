import { spawnSync } from "node:child_process";
import path from "node:path";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { createMigratedDatabase } from "../support/scratch-database";

const ROOT = path.resolve(__dirname, "../..");

function reset(databaseUrl: string, ...args: string[]) {
  return spawnSync(path.join(ROOT, "node_modules/.bin/tsx"), ["lib/cli/reset.ts", ...args], {
    cwd: ROOT,
    encoding: "utf8",
    env: { ...process.env, DATABASE_URL: databaseUrl, MIGRATION_DATABASE_URL: "" },
  });
}

async function tableCount(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ count: string }>(
      "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'",
    );
    return Number(rows[0]!.count);
  } finally {
    await client.end();
  }
}

describe("npm run db:reset on PostgreSQL", () => {
  it("refuses without --yes and changes nothing; with it, empties the database for the seed", async () => {
    const database = await createMigratedDatabase("sek_reset");
    try {
      const before = await tableCount(database.url);
      expect(before).toBeGreaterThan(20);

      const refused = reset(database.url);
      expect(refused.status).toBe(1);
      expect(refused.stderr).toContain("npm run db:reset -- --yes");
      expect(await tableCount(database.url)).toBe(before);

      const done = reset(database.url, "--yes");
      expect(done.status, done.stderr).toBe(0);
      expect(done.stdout).toContain("emptied");
      expect(await tableCount(database.url)).toBe(0);
    } finally {
      await database.drop();
    }
  });
});

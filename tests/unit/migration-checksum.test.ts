import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { matchesChecksum, migrationChecksum, readMigrations } from "../../lib/db/migrations/checksum";

const SQL = 'CREATE TABLE "t" ("id" TEXT NOT NULL);\n';
// Computed independently: printf 'CREATE TABLE "t" ("id" TEXT NOT NULL);\n' | sha256sum
const SQL_SHA256 = "837e84291fc85959c12a5595e35f39fcaeafe5a19360ae06f1ee299e7ac75fee";

describe("migrationChecksum", () => {
  it("is the sha256 hex of the file content, as Prisma records it", () => {
    expect(migrationChecksum(SQL)).toBe(SQL_SHA256);
    expect(migrationChecksum("")).toBe("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  });

  it("accepts the same file with other line endings, but not an edit", () => {
    expect(matchesChecksum(SQL, SQL_SHA256)).toBe(true);
    expect(matchesChecksum(SQL.replace("\n", "\r\n"), SQL_SHA256)).toBe(true);
    expect(matchesChecksum(SQL.replace("\n", "\r\n"), migrationChecksum(SQL.replace("\n", "\r\n")))).toBe(
      true,
    );
    expect(matchesChecksum(SQL + "-- edited\n", SQL_SHA256)).toBe(false);
  });
});

describe("readMigrations", () => {
  let dir: string | undefined;
  afterEach(() => dir && rmSync(dir, { recursive: true, force: true }));

  it("lists migration folders by name, ignoring migration_lock.toml", () => {
    dir = mkdtempSync(path.join(tmpdir(), "sek-migrations-"));
    for (const name of ["20261201000000_b", "20261123000000_init", "20261123000100_a"]) {
      mkdirSync(path.join(dir, name));
      writeFileSync(path.join(dir, name, "migration.sql"), `-- ${name}\n`);
    }
    writeFileSync(path.join(dir, "migration_lock.toml"), 'provider = "postgresql"\n');

    const migrations = readMigrations(dir);

    expect(migrations.map((m) => m.name)).toEqual([
      "20261123000000_init",
      "20261123000100_a",
      "20261201000000_b",
    ]);
    expect(migrations[0]).toEqual({
      name: "20261123000000_init",
      sql: "-- 20261123000000_init\n",
      checksum: migrationChecksum("-- 20261123000000_init\n"),
    });
  });

  it("returns no migrations for a missing folder", () => {
    expect(readMigrations(path.join(tmpdir(), "sek-no-such-folder"))).toEqual([]);
  });
});

import { createHash } from "node:crypto";
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

export type MigrationFile = {
  /** Folder name, e.g. `20261123000000_init`; this is what `_prisma_migrations.migration_name` holds. */
  name: string;
  sql: string;
  checksum: string;
};

/** What `prisma migrate deploy` stores in `_prisma_migrations.checksum`: sha256 (hex) of migration.sql as written. */
export function migrationChecksum(sql: string): string {
  return createHash("sha256").update(sql, "utf8").digest("hex");
}

/**
 * Prisma also accepts the file with its line endings flipped (LF <-> CRLF), because git may rewrite them on
 * checkout; a migration applied from a Windows clone must not count as edited on Linux.
 */
export function matchesChecksum(sql: string, checksum: string): boolean {
  const variants = [sql, sql.replace(/\r\n/g, "\n"), sql.replace(/\r?\n/g, "\r\n")];
  return variants.some((variant) => migrationChecksum(variant) === checksum);
}

/** The migrations in `dir` (`<timestamp>_<name>/migration.sql`), oldest first; a missing folder has none. */
export function readMigrations(dir: string): MigrationFile[] {
  let entries: string[];
  try {
    entries = readdirSync(dir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return [];
    throw error;
  }
  return entries
    .filter((name) => statSync(path.join(dir, name)).isDirectory())
    .sort()
    .map((name) => {
      const sql = readFileSync(path.join(dir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: migrationChecksum(sql) };
    });
}

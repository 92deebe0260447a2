/**
 * `npm run db:backup [-- --out <file>]`: a full backup of the PostgreSQL database in pg_dump's custom format, with
 * the attachments (they are rows of the database). Runs as MIGRATION_DATABASE_URL's role when set (the app's role
 * may not read the migration history), else as DATABASE_URL's. Restore: docs/operations.md.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import path from "node:path";
import { libpqEnv } from "@/lib/db/libpq-env";

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

function outputFile(args: string[]): string {
  const flag = args.indexOf("--out");
  if (flag >= 0) {
    const file = args[flag + 1];
    if (!file) fail("--out needs a file name");
    return path.resolve(file);
  }
  const stamp = new Date().toISOString().replace(/[:.]/g, "-").slice(0, 19);
  return path.resolve(".data/backups", `sekretariat-${stamp}.dump`);
}

function main(): void {
  const url = process.env.MIGRATION_DATABASE_URL || process.env.DATABASE_URL;
  if (!url) {
    fail(
      "DATABASE_URL is not set. This backs up a PostgreSQL server; the embedded database is backed up by copying\n" +
        "its data folder (.data/pglite) while the app is stopped: see docs/operations.md.",
    );
  }
  const file = outputFile(process.argv.slice(2));
  mkdirSync(path.dirname(file), { recursive: true });
  const { hostname, port, pathname } = new URL(url); // printed without credentials
  console.log(`Backing up ${hostname}${port ? `:${port}` : ""}${pathname} to ${file}`);
  const result = spawnSync("pg_dump", ["--format=custom", "--file", file], {
    stdio: "inherit",
    env: { ...process.env, ...libpqEnv(url) },
  });
  if (result.error)
    fail(`Could not run pg_dump (install PostgreSQL's client tools): ${result.error.message}`);
  if (result.status !== 0) fail(`pg_dump failed (exit ${result.status}); no backup was written.`);
  console.log("Backup written. Restore it with pg_restore as described in docs/operations.md.");
}

main();

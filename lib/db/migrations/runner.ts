import { randomUUID } from "node:crypto";
import path from "node:path";
import pg from "pg";
import { grantAppRole, type AppRole } from "./app-role";
import { matchesChecksum, readMigrations, type MigrationFile } from "./checksum";

export type ApplyMigrationsOptions = {
  connectionString: string;
  /** Defaults to `prisma/migrations` under the current working directory. */
  migrationsDir?: string;
  log?: (line: string) => void;
  /**
   * PostgreSQL only: the role the app connects as, when `connectionString` is the owning (migration) role. Created
   * if missing and granted exactly what the app does after the migrations (see app-role.ts).
   */
  appRole?: AppRole;
};

/** The key `prisma migrate` itself locks on, so this runner and Prisma's CLI also exclude each other. */
const ADVISORY_LOCK_KEY = 72707369;

// Prisma's own DDL for its history table, so that `prisma migrate` could take over this database later.
const CREATE_MIGRATIONS_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum"              VARCHAR(64) NOT NULL,
    "finished_at"           TIMESTAMPTZ,
    "migration_name"        VARCHAR(255) NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        TIMESTAMPTZ,
    "started_at"            TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count"   INTEGER NOT NULL DEFAULT 0
)`;

type HistoryRow = { migration_name: string; checksum: string; finished_at: Date | null };

/** Each connection string's latest run in this process, settled either way (it never rejects). */
const runsInProcess = new Map<string, Promise<void>>();

/**
 * Applies the pending migrations of `migrationsDir`, oldest first, each in its own transaction together with its
 * `_prisma_migrations` row. Refuses (and changes nothing) when the recorded history does not match the folder.
 */
export function applyMigrations(options: ApplyMigrationsOptions): Promise<{ applied: string[] }> {
  // PGlite serves every socket from one backend session, where neither the advisory lock nor a transaction keeps
  // two runners apart (their statements interleave in the one session). The embedded database is migrated only by
  // the process that serves it, so runs in one process take turns here; on PostgreSQL the lock does the rest.
  const previous = runsInProcess.get(options.connectionString) ?? Promise.resolve();
  const run = previous.then(() => applyMigrationsNow(options));
  const settled = run.then(
    () => undefined,
    () => undefined,
  );
  runsInProcess.set(options.connectionString, settled);
  void settled.then(() => {
    if (runsInProcess.get(options.connectionString) === settled)
      runsInProcess.delete(options.connectionString);
  });
  return run;
}

async function applyMigrationsNow(options: ApplyMigrationsOptions): Promise<{ applied: string[] }> {
  const migrationsDir = options.migrationsDir ?? path.join(process.cwd(), "prisma", "migrations");
  const log = options.log ?? (() => {});
  const migrations = readMigrations(migrationsDir);

  // One client and strictly sequential queries: the embedded PGlite server has a single backend.
  const client = new pg.Client({ connectionString: options.connectionString });
  await client.connect();
  try {
    await takeLock(client, log);
    try {
      await client.query(CREATE_MIGRATIONS_TABLE);
      const pending = pendingMigrations(migrations, await readHistory(client), migrationsDir);
      const applied: string[] = [];
      for (const migration of pending) {
        if (await applyOne(client, migration, log)) applied.push(migration.name);
      }
      if (options.appRole) await grantAppRole(client, options.appRole, log);
      log(
        applied.length
          ? `Applied ${applied.length} migration(s).`
          : "Database is up to date; no pending migrations.",
      );
      return { applied };
    } finally {
      // Closing the session would release the lock too; an unlock error must not hide the real one.
      await client.query("SELECT pg_advisory_unlock($1)", [ADVISORY_LOCK_KEY]).catch(() => {});
    }
  } finally {
    await client.end();
  }
}

async function takeLock(client: pg.Client, log: (line: string) => void): Promise<void> {
  const { rows } = await client.query<{ locked: boolean }>("SELECT pg_try_advisory_lock($1) AS locked", [
    ADVISORY_LOCK_KEY,
  ]);
  if (rows[0]?.locked) return;
  log("Another process is applying migrations; waiting for it to finish…");
  await client.query("SELECT pg_advisory_lock($1)", [ADVISORY_LOCK_KEY]);
}

async function readHistory(client: pg.Client): Promise<HistoryRow[]> {
  // Rolled-back rows are an audit trail only: Prisma ignores them, and so do we.
  const { rows } = await client.query<HistoryRow>(
    `SELECT migration_name, checksum, finished_at FROM "_prisma_migrations"
      WHERE rolled_back_at IS NULL ORDER BY started_at, migration_name`,
  );
  return rows;
}

/** The migrations still to apply; throws, naming the migration, when the history and the folder disagree. */
function pendingMigrations(
  migrations: MigrationFile[],
  history: HistoryRow[],
  migrationsDir: string,
): MigrationFile[] {
  const byName = new Map(migrations.map((m) => [m.name, m]));
  for (const row of history) {
    const file = byName.get(row.migration_name);
    if (row.finished_at === null) {
      throw new Error(
        `Migration "${row.migration_name}" failed in an earlier attempt and was never finished or rolled back. ` +
          `Repair the database by hand, then set rolled_back_at on its _prisma_migrations row and run again.`,
      );
    }
    if (!file) {
      throw new Error(
        `Migration "${row.migration_name}" is recorded as applied in the database but is missing from ` +
          `${migrationsDir}. Restore the folder (check out the branch that added it) or use a fresh database.`,
      );
    }
    if (!matchesChecksum(file.sql, row.checksum)) {
      throw new Error(
        `Migration "${row.migration_name}" was edited after it was applied (its checksum no longer matches). ` +
          `Revert the edit to ${path.join(migrationsDir, row.migration_name, "migration.sql")} and put the change ` +
          `in a new migration (npm run db:migration -- <name>).`,
      );
    }
  }
  const applied = new Set(history.map((row) => row.migration_name));
  return migrations.filter((m) => !applied.has(m.name));
}

/** Applies one migration with its history row; false if another process recorded it meanwhile. */
async function applyOne(
  client: pg.Client,
  migration: MigrationFile,
  log: (line: string) => void,
): Promise<boolean> {
  await client.query("BEGIN");
  try {
    // Another process may have applied it between reading the history and here (PostgreSQL, lock released early).
    const { rowCount } = await client.query(
      `SELECT 1 FROM "_prisma_migrations" WHERE migration_name = $1 AND rolled_back_at IS NULL`,
      [migration.name],
    );
    if (rowCount) {
      await client.query("ROLLBACK");
      log(`Migration ${migration.name} was applied by another process meanwhile`);
      return false;
    }
    log(`Applying migration ${migration.name}`);
    // No parameters: pg then uses the simple query protocol, which accepts a whole multi-statement script.
    await client.query(migration.sql);
    await client.query(
      `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, finished_at, applied_steps_count)
       VALUES ($1, $2, $3, clock_timestamp(), 1)`,
      [randomUUID(), migration.checksum, migration.name],
    );
    await client.query("COMMIT");
    return true;
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`Migration "${migration.name}" failed and was rolled back: ${reason}`, { cause: error });
  }
}

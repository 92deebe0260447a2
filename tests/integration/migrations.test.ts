import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { appendFileSync, cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readMigrations } from "../../lib/db/migrations/checksum";
import { applyMigrations } from "../../lib/db/migrations/runner";
import { diffSchemas } from "../../lib/db/migrations/schema-engine";

const ADMIN_URL = process.env.TEST_DATABASE_ADMIN_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
const MIGRATIONS_DIR = fileURLToPath(new URL("../../prisma/migrations", import.meta.url));
const SCHEMA_PATH = fileURLToPath(new URL("../../prisma/schema.prisma", import.meta.url));
const MIGRATION_NAMES = readMigrations(MIGRATIONS_DIR).map((m) => m.name);
const INIT = "20261123000000_init";

const scratchDatabases: string[] = [];
const scratchFolders: string[] = [];

async function withClient<T>(url: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

async function createScratchDatabase(): Promise<string> {
  const name = `sek_mig_${randomBytes(6).toString("hex")}`;
  await withClient(ADMIN_URL, (c) => c.query(`CREATE DATABASE "${name}"`));
  scratchDatabases.push(name);
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  return url.toString();
}

/** A copy of the real migrations folder that a test may edit. */
function copyOfMigrations(): string {
  const dir = mkdtempSync(path.join(tmpdir(), "sek-migrations-"));
  scratchFolders.push(dir);
  cpSync(MIGRATIONS_DIR, dir, { recursive: true });
  return dir;
}

function addMigration(dir: string, name: string, sql: string): void {
  mkdirSync(path.join(dir, name));
  writeFileSync(path.join(dir, name, "migration.sql"), sql);
}

async function history(url: string) {
  return withClient(url, async (c) => {
    const { rows } = await c.query(
      `SELECT id, migration_name, checksum, finished_at, rolled_back_at, applied_steps_count
         FROM "_prisma_migrations" ORDER BY migration_name`,
    );
    return rows;
  });
}

async function tableExists(url: string, table: string): Promise<boolean> {
  return withClient(
    url,
    async (c) => (await c.query("SELECT to_regclass($1) AS t", [table])).rows[0].t !== null,
  );
}

afterAll(async () => {
  await withClient(ADMIN_URL, async (c) => {
    for (const name of scratchDatabases) await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  });
  for (const dir of scratchFolders) rmSync(dir, { recursive: true, force: true });
});

describe("applyMigrations on PostgreSQL", { timeout: 60_000 }, () => {
  it("applies every migration in order and records it as Prisma does", async () => {
    const url = await createScratchDatabase();
    const lines: string[] = [];

    const result = await applyMigrations({
      connectionString: url,
      migrationsDir: MIGRATIONS_DIR,
      log: (l) => lines.push(l),
    });

    expect(result.applied).toEqual(MIGRATION_NAMES);
    expect(lines).toContain(`Applying migration ${INIT}`);
    const rows = await history(url);
    expect(rows.map((r) => [r.migration_name, r.checksum])).toEqual(
      readMigrations(MIGRATIONS_DIR).map((m) => [m.name, m.checksum]),
    );
    for (const row of rows) {
      expect(row.id).toMatch(/^[0-9a-f-]{36}$/);
      expect(row.finished_at).toBeInstanceOf(Date);
      expect(row.rolled_back_at).toBeNull();
      expect(row.applied_steps_count).toBe(1);
    }
    expect(await migrationsTableColumns(url)).toEqual([
      "applied_steps_count integer NO 0",
      "checksum character varying(64) NO",
      "finished_at timestamp with time zone YES",
      "id character varying(36) NO",
      "logs text YES",
      "migration_name character varying(255) NO",
      "rolled_back_at timestamp with time zone YES",
      "started_at timestamp with time zone NO now()",
    ]);
  });

  it("applies nothing the second time", async () => {
    const url = await createScratchDatabase();
    await applyMigrations({ connectionString: url, migrationsDir: MIGRATIONS_DIR });

    expect(await applyMigrations({ connectionString: url, migrationsDir: MIGRATIONS_DIR })).toEqual({
      applied: [],
    });
    expect(await history(url)).toHaveLength(MIGRATION_NAMES.length);
  });

  it("refuses a migration edited after it was applied, and changes nothing", async () => {
    const url = await createScratchDatabase();
    const dir = copyOfMigrations();
    await applyMigrations({ connectionString: url, migrationsDir: dir });
    const before = await history(url);
    appendFileSync(path.join(dir, INIT, "migration.sql"), "\n-- an innocent-looking edit\n");
    addMigration(dir, "29990101000000_pending", 'CREATE TABLE "pending_table" ("id" TEXT);\n');

    await expect(applyMigrations({ connectionString: url, migrationsDir: dir })).rejects.toThrow(
      `Migration "${INIT}" was edited after it was applied`,
    );
    expect(await history(url)).toEqual(before);
    expect(await tableExists(url, "pending_table")).toBe(false);
  });

  it("refuses when an applied migration is missing from the folder", async () => {
    const url = await createScratchDatabase();
    const dir = copyOfMigrations();
    addMigration(dir, "29990101000000_elsewhere", "SELECT 1;\n");
    await applyMigrations({ connectionString: url, migrationsDir: dir });
    rmSync(path.join(dir, "29990101000000_elsewhere"), { recursive: true });

    await expect(applyMigrations({ connectionString: url, migrationsDir: dir })).rejects.toThrow(
      'Migration "29990101000000_elsewhere" is recorded as applied in the database but is missing',
    );
  });

  it("refuses to go on after a failed attempt recorded by prisma migrate", async () => {
    const url = await createScratchDatabase();
    await applyMigrations({ connectionString: url, migrationsDir: MIGRATIONS_DIR });
    await withClient(url, (c) =>
      c.query(
        `INSERT INTO "_prisma_migrations" (id, checksum, migration_name) VALUES ('x', 'y', 'z_failed')`,
      ),
    );

    await expect(applyMigrations({ connectionString: url, migrationsDir: MIGRATIONS_DIR })).rejects.toThrow(
      'Migration "z_failed" failed in an earlier attempt',
    );
  });

  it("rolls back a migration that fails, leaving no trace of it", async () => {
    const url = await createScratchDatabase();
    const dir = copyOfMigrations();
    addMigration(dir, "29990101000000_broken", 'CREATE TABLE "half_done" ("id" TEXT);\nSELECT 1/0;\n');

    await expect(applyMigrations({ connectionString: url, migrationsDir: dir })).rejects.toThrow(
      'Migration "29990101000000_broken" failed and was rolled back: division by zero',
    );
    expect(await tableExists(url, "half_done")).toBe(false);
    expect((await history(url)).map((r) => r.migration_name)).toEqual(MIGRATION_NAMES);
  });

  it("lets only one of two concurrent runs apply each migration", async () => {
    const url = await createScratchDatabase();

    const results = await Promise.all([
      applyMigrations({ connectionString: url, migrationsDir: MIGRATIONS_DIR }),
      applyMigrations({ connectionString: url, migrationsDir: MIGRATIONS_DIR }),
    ]);

    expect(results.flatMap((r) => r.applied).sort()).toEqual(MIGRATION_NAMES);
    expect(await history(url)).toHaveLength(MIGRATION_NAMES.length);
  });

  it("makes audit_log append-only", async () => {
    const url = await createScratchDatabase();
    await applyMigrations({ connectionString: url, migrationsDir: MIGRATIONS_DIR });
    await expectAuditLogAppendOnly(url);
  });

  it("joins one-letter words in stored stakeholder name keys, leaving a twin's key as it was", async () => {
    const name = "20261130172000_stakeholder_name_key_initialisms";
    const dir = copyOfMigrations();
    const later = MIGRATION_NAMES.slice(MIGRATION_NAMES.indexOf(name));
    for (const migration of later) rmSync(path.join(dir, migration), { recursive: true });
    const url = await createScratchDatabase();
    await applyMigrations({ connectionString: url, migrationsDir: dir });
    const keys = ["polda n t b", "kejati n t b", "kejati ntb", "kodim 1608 a bima", "a b c kabupaten x y"];
    await withClient(url, async (client) => {
      await client.query(
        `INSERT INTO work_unit (id, code, name, "shortName", level, "updatedAt") VALUES ('p', 'p', 'P', 'P', 'PROVINCE', now())`,
      );
      for (const [index, key] of keys.entries())
        await client.query(
          `INSERT INTO stakeholder_organisation (id, "unitId", "regionUnitId", name, "nameKey", category, "updatedAt")
           VALUES ($1, 'p', 'p', $2, $2, 'OTHER', now())`,
          [`o${index}`, key],
        );
    });
    await applyMigrations({ connectionString: url, migrationsDir: MIGRATIONS_DIR });
    const stored = await withClient(url, (client) =>
      client.query<{ nameKey: string }>(`SELECT "nameKey" FROM stakeholder_organisation ORDER BY id`),
    );
    expect(stored.rows.map((row) => row.nameKey)).toEqual([
      "polda ntb",
      "kejati n t b", // "kejati ntb" is already taken: left for a clerk to merge
      "kejati ntb",
      "kodim 1608 a bima",
      "abc kabupaten xy",
    ]);
  });

  it("keeps a unit's time zone to Indonesia's three", async () => {
    const url = await createScratchDatabase();
    await applyMigrations({ connectionString: url, migrationsDir: MIGRATIONS_DIR });
    const insert = (id: string, zone: string) =>
      withClient(url, (client) =>
        client.query(
          `INSERT INTO work_unit (id, code, name, "shortName", level, "timeZone", "updatedAt")
           VALUES ($1, $1, $1, $1, 'PROVINCE', $2, now())`,
          [id, zone],
        ),
      );
    await insert("wib", "Asia/Jakarta");
    await expect(insert("berlin", "Europe/Berlin")).rejects.toThrow(/work_unit_time_zone_check/);
  });
});

/**
 * The schema-equivalence test: the database the migrations build must equal the one Prisma would create from
 * prisma/schema.prisma. It fails when the schema changed without a migration (run `npm run db:migration -- <name>`)
 * or a migration was written by hand that the schema does not describe.
 */
describe("migrations and prisma/schema.prisma", { timeout: 60_000 }, () => {
  it("describe the same database", async () => {
    const fromMigrations = await createScratchDatabase();
    await applyMigrations({ connectionString: fromMigrations, migrationsDir: MIGRATIONS_DIR });
    const fromSchema = await createScratchDatabase();
    const sql = await diffSchemas(null, readFileSync(SCHEMA_PATH, "utf8"));
    // Extensions are outside Prisma's schema (no preview feature enabled): the migration creates pg_trgm itself.
    await withClient(fromSchema, (c) => c.query("CREATE EXTENSION IF NOT EXISTS pg_trgm"));
    await withClient(fromSchema, (c) => c.query(sql));

    const difference = unifiedDiff(normalisedDump(fromMigrations), normalisedDump(fromSchema));

    if (difference) {
      expect.fail(
        "The database built by prisma/migrations (-) differs from the one prisma/schema.prisma describes (+).\n" +
          "If you changed the schema, generate its migration: npm run db:migration -- <name>\n\n" +
          difference,
      );
    }
  });
});

describe("applyMigrations on PGlite (the embedded database)", { timeout: 60_000 }, () => {
  let server: PGLiteSocketServer;
  let db: PGlite;
  let url: string;

  beforeAll(async () => {
    db = await PGlite.create({ extensions: { pg_trgm } });
    server = new PGLiteSocketServer({ db, port: 0, maxConnections: 4 });
    await server.start();
    url = `postgresql://postgres@${server.getServerConn()}/postgres`;
  });
  afterAll(async () => {
    await server?.stop();
    await db?.close();
  });

  it("applies all migrations once, even from two concurrent runs, and audit_log is append-only", async () => {
    const results = await Promise.all([
      applyMigrations({ connectionString: url, migrationsDir: MIGRATIONS_DIR }),
      applyMigrations({ connectionString: url, migrationsDir: MIGRATIONS_DIR }),
    ]);

    expect(results.flatMap((r) => r.applied).sort()).toEqual(MIGRATION_NAMES);
    expect(await applyMigrations({ connectionString: url, migrationsDir: MIGRATIONS_DIR })).toEqual({
      applied: [],
    });
    expect(await history(url)).toHaveLength(MIGRATION_NAMES.length);
    await expectAuditLogAppendOnly(url);
  });
});

async function expectAuditLogAppendOnly(url: string): Promise<void> {
  await withClient(url, async (c) => {
    await c.query(
      `INSERT INTO "audit_log" ("actorName", "action", "entityType", "entityId") VALUES ('Tester', 'create', 'Event', 'e1')`,
    );
    await expect(c.query(`UPDATE "audit_log" SET "action" = 'forged'`)).rejects.toThrow(
      "audit_log is append-only",
    );
    await expect(c.query(`DELETE FROM "audit_log"`)).rejects.toThrow("audit_log is append-only");
    await expect(c.query(`TRUNCATE "audit_log"`)).rejects.toThrow("audit_log is append-only");
    expect((await c.query(`SELECT "action" FROM "audit_log"`)).rows).toEqual([{ action: "create" }]);
  });
}

async function migrationsTableColumns(url: string): Promise<string[]> {
  return withClient(url, async (c) => {
    const { rows } = await c.query<{ column: string }>(
      `SELECT concat_ws(' ', column_name,
                 data_type || coalesce('(' || character_maximum_length || ')', ''), is_nullable, column_default) AS column
         FROM information_schema.columns WHERE table_name = '_prisma_migrations' ORDER BY column_name`,
    );
    return rows.map((r) => r.column);
  });
}

/** pg_dump objects that hand-written migrations add on purpose and Prisma's schema cannot describe. */
const NOT_IN_PRISMA_SCHEMA = new Set([
  "TABLE _prisma_migrations",
  "CONSTRAINT _prisma_migrations _prisma_migrations_pkey",
  "FUNCTION audit_log_refuse_change()",
  "TRIGGER audit_log audit_log_refuse_update_delete",
  "TRIGGER audit_log audit_log_refuse_truncate",
]);

/** CHECK constraints written by hand in a migration (Prisma's schema cannot declare them); pg_dump puts them inside the table. */
const HAND_WRITTEN_CHECKS = ["work_unit_time_zone_check"];

/**
 * `pg_dump --schema-only` reduced to what matters: one block per object (sorted), without comments, blank lines
 * and session settings, and with column / enum-value lists sorted, because a migration appends a new column or
 * value at the end while Prisma creates it where the schema declares it.
 */
function normalisedDump(url: string): string {
  const dump = run("pg_dump", ["--schema-only", "--no-owner", "--no-privileges", url]);
  const blocks = dump.split(/^(?=-- Name: )/m).slice(1);
  return blocks
    .map((block) => {
      const [, name, type] = /^-- Name: (.*?); Type: (.*?);/.exec(block) ?? [];
      if (NOT_IN_PRISMA_SCHEMA.has(`${type} ${name}`)) return null;
      const lines = block
        .split("\n")
        .filter(
          (line) =>
            line.trim() !== "" && !line.startsWith("--") && !/^(SET |SELECT pg_catalog\.|\\)/.test(line),
        );
      if (type === "TABLE" || type === "TYPE") {
        // CREATE TABLE x ( / indented items / ); : compare the items as a set.
        const items = lines
          .slice(1, -1)
          .map((line) => line.replace(/,$/, ""))
          .filter(
            (line) => !HAND_WRITTEN_CHECKS.some((name) => line.trim().startsWith(`CONSTRAINT ${name} CHECK`)),
          );
        lines.splice(1, lines.length - 2, ...items.sort());
      }
      return [`-- ${type} ${name}`, ...lines].join("\n");
    })
    .filter((block): block is string => block !== null)
    .sort()
    .join("\n\n");
}

function unifiedDiff(a: string, b: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), "sek-schema-diff-"));
  scratchFolders.push(dir);
  writeFileSync(path.join(dir, "a.sql"), a + "\n");
  writeFileSync(path.join(dir, "b.sql"), b + "\n");
  const result = spawnSync(
    "diff",
    ["-u", "--label", "migrations", "--label", "schema.prisma", "a.sql", "b.sql"],
    {
      cwd: dir,
      encoding: "utf8",
    },
  );
  if (result.status === 2) throw new Error(`diff failed: ${result.stderr}`);
  return result.stdout;
}

function run(command: string, args: string[]): string {
  const result = spawnSync(command, args, { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  if (result.status !== 0) throw new Error(`${command} failed: ${result.stderr || result.error?.message}`);
  return result.stdout;
}

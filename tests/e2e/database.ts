/**
 * The end-to-end tests' database: fresh for every `playwright test` run, migrated and seeded with the demo data,
 * dropped at the end.
 *
 * Why at config load time: Playwright starts `webServer` BEFORE `globalSetup` runs (its plugin tasks come first),
 * so a database made in globalSetup would not exist yet when the server starts. The config is evaluated first, in
 * the main process, so it prepares the database there (synchronously, in a child process) and records it in
 * process.env, which the worker processes inherit: when they load the config they find it and do nothing.
 *
 * Loaded by Playwright (transpiled to CommonJS): node built-ins only.
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";

export type E2EDatabase =
  | { kind: "postgres"; url: string }
  /** PGlite fallback when no PostgreSQL server is reachable: its data folder, served by the app's own launcher. */
  | { kind: "embedded"; dataDir: string; port: number };

type Recorded = E2EDatabase & { ownerPid?: number };

const ROOT = path.resolve(__dirname, "../..");
const RECORD = "E2E_DATABASE";
const DROPPED = "E2E_DATABASE_DROPPED";

function runPrepare(args: string[]): string {
  const result = spawnSync(path.join(ROOT, "node_modules/.bin/tsx"), ["tests/e2e/prepare.ts", ...args], {
    cwd: ROOT,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "inherit"],
    timeout: 180_000,
  });
  if (result.status !== 0) {
    throw new Error(
      `tests/e2e/prepare.ts ${args[0]} failed (${result.error?.message ?? `exit ${result.status}`}):\n${result.stdout}`,
    );
  }
  return result.stdout;
}

function assertBuilt(): void {
  if (!existsSync(path.join(ROOT, process.env.NEXT_DIST_DIR || ".next", "BUILD_ID"))) {
    throw new Error(
      "The end-to-end tests run against the production build, and there is none (.next/BUILD_ID is missing).\n" +
        "Run `npm run build` first, then `npm run test:e2e` (or run everything with `npm test`).",
    );
  }
}

/** The run's database, prepared on first call in the main process. */
export function e2eDatabase(): E2EDatabase {
  const recorded = process.env[RECORD];
  if (recorded) return JSON.parse(recorded) as Recorded;

  if (process.env.TEST_WORKER_INDEX !== undefined) {
    throw new Error(
      `${RECORD} is not set in a Playwright worker: the main process should have prepared the database`,
    );
  }
  assertBuilt();
  // An existing, prepared database to test against (e.g. while debugging); it is left in place afterwards.
  if (process.env.E2E_DATABASE_URL) {
    const external: E2EDatabase = { kind: "postgres", url: process.env.E2E_DATABASE_URL };
    process.env[RECORD] = JSON.stringify(external);
    return external;
  }

  const lines = runPrepare(["create"]).split("\n");
  const line = lines.find((l) => l.startsWith(`${RECORD}=`));
  if (!line) throw new Error(`tests/e2e/prepare.ts create printed no database:\n${lines.join("\n")}`);
  const database = JSON.parse(line.slice(RECORD.length + 1)) as E2EDatabase;
  const where = database.kind === "postgres" ? new URL(database.url).pathname.slice(1) : database.dataDir;
  console.log(`[e2e] Fresh database ${where}: migrated, demo data loaded.`);
  process.env[RECORD] = JSON.stringify({ ...database, ownerPid: process.pid });
  // Normally globalTeardown drops it; this covers runs that end without one (`--list`, a failed start, Ctrl-C).
  process.once("exit", dropE2EDatabase);
  return database;
}

/** Drops the database if this process created it and has not dropped it yet. Synchronous: also runs on exit. */
export function dropE2EDatabase(): void {
  const recorded = process.env[RECORD];
  if (!recorded || process.env[DROPPED]) return;
  const { ownerPid, ...database } = JSON.parse(recorded) as Recorded;
  if (ownerPid !== process.pid) return;
  process.env[DROPPED] = "1";
  runPrepare(["drop", JSON.stringify(database)]);
}

/** Environment for the app server: which database to use, and that it must not seed or pick one itself. */
export function serverDatabaseEnv(database: E2EDatabase): Record<string, string> {
  if (database.kind === "postgres") return { DATABASE_URL: database.url };
  // The launcher serves the embedded database when DATABASE_URL is absent; webServer.env cannot unset a variable.
  delete process.env.DATABASE_URL;
  return { EMBEDDED_DB_DIR: database.dataDir, EMBEDDED_DB_PORT: String(database.port) };
}

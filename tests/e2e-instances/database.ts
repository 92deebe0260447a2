/**
 * The database of the several-instances stage: a throwaway PostgreSQL cluster of its own (the outage test stops
 * and starts it), prepared when the config loads (webServer starts before globalSetup; see tests/e2e/database.ts)
 * and recorded in the environment for the workers. Loaded by Playwright (CommonJS): node built-ins only.
 */
import { spawnSync } from "node:child_process";
import path from "node:path";

export type InstancesDatabase = { dir: string; port: number; appUrl: string; ownerUrl: string };

const ROOT = path.resolve(__dirname, "../..");
const RECORD = "INSTANCES_DATABASE";
const OWNER = "INSTANCES_DATABASE_OWNER";

function runPrepare(args: string[]): string {
  const result = spawnSync(
    path.join(ROOT, "node_modules/.bin/tsx"),
    ["tests/e2e-instances/prepare.ts", ...args],
    {
      cwd: ROOT,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "inherit"],
      timeout: 180_000,
    },
  );
  if (result.status !== 0) {
    throw new Error(
      `tests/e2e-instances/prepare.ts ${args[0]} failed (exit ${result.status}):\n${result.stdout}`,
    );
  }
  return result.stdout;
}

export function instancesDatabase(): InstancesDatabase {
  const recorded = process.env[RECORD];
  if (recorded) return JSON.parse(recorded) as InstancesDatabase;
  if (process.env.TEST_WORKER_INDEX !== undefined)
    throw new Error(`${RECORD} is not set in a Playwright worker`);
  const line = runPrepare(["create"])
    .split("\n")
    .find((l) => l.startsWith(`${RECORD}=`));
  if (!line) throw new Error("tests/e2e-instances/prepare.ts create printed no database");
  process.env[RECORD] = line.slice(RECORD.length + 1);
  process.env[OWNER] = String(process.pid);
  console.log(
    "[instances] Throwaway PostgreSQL cluster: migrated as the owner role, seeded as the app role.",
  );
  process.once("exit", dropInstancesDatabase);
  return JSON.parse(process.env[RECORD]) as InstancesDatabase;
}

/** Stops the cluster and removes it, once, from the process that made it. Synchronous: also runs on exit. */
export function dropInstancesDatabase(): void {
  const recorded = process.env[RECORD];
  if (!recorded || process.env[OWNER] !== String(process.pid)) return;
  delete process.env[OWNER];
  runPrepare(["drop", recorded]);
}

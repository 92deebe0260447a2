/**
 * Runs a command (`next dev`, `next start`) against a ready database: picks it (DATABASE_URL or the embedded
 * one), applies pending migrations, seeds demo data into an empty embedded database, then starts the command
 * with DATABASE_URL pointing at it. With MIGRATION_DATABASE_URL set, migrations run as that (owning) role and grant
 * DATABASE_URL's role what the app does (docs/operations.md). Owning the embedded server here, outside Next, keeps it alive across the
 * dev server's workers and hot reloads.
 */
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { createPrismaClient } from "@/lib/db/client";
import { migrationTarget } from "@/lib/db/migration-target";
import { applyMigrations } from "@/lib/db/migrations/runner";
import { selectDatabase, type SelectedDatabase } from "@/lib/db/select-database";
import { readEnv } from "@/lib/env";
import { withHeapLimit } from "./heap-limit";
import { DEMO_LOGINS, seedDemoData } from "@/lib/seed";

function persistentSecret(): string {
  const file = path.resolve(".data/auth-secret");
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  mkdirSync(path.dirname(file), { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}

async function prepare(database: SelectedDatabase, seed: boolean): Promise<void> {
  // As the owning role when MIGRATION_DATABASE_URL is set; the app itself then connects as DATABASE_URL's role.
  const { applied } = await applyMigrations(migrationTarget(database.url, { embedded: database.embedded }));
  if (applied.length) console.log(`Migrasi diterapkan: ${applied.join(", ")}`);
  if (!seed) return;
  const prisma = createPrismaClient(database.url, 1);
  try {
    const { created } = await seedDemoData(prisma);
    if (created) console.log("Data demo dimuat.");
  } finally {
    await prisma.$disconnect();
  }
}

function printWelcome(port: number, showLogins: boolean): void {
  const url = `http://localhost:${port}`;
  console.log(`\nSekretariat: ${url}`);
  if (!showLogins) return;
  console.log("Akun demo (Role | Username | Password):");
  const roleWidth = Math.max(...DEMO_LOGINS.map((login) => login.role.length));
  const userWidth = Math.max(...DEMO_LOGINS.map((login) => login.username.length));
  for (const login of DEMO_LOGINS)
    console.log(`  ${login.role.padEnd(roleWidth)}  ${login.username.padEnd(userWidth)}  ${login.password}`);
  console.log("");
}

async function main(): Promise<void> {
  const [command, ...args] = process.argv.slice(2);
  if (!command) throw new Error("usage: with-database <command> [args…]");
  const env = readEnv();
  const database = await selectDatabase();
  const seed = database.embedded ? env.SEED_DEMO_DATA !== "false" : env.SEED_DEMO_DATA === "true";
  await prepare(database, seed);

  const portArg = args.indexOf("-p");
  const port = portArg >= 0 ? Number(args[portArg + 1]) : env.PORT;
  const child = spawn(
    path.resolve("node_modules/.bin", command),
    portArg >= 0 ? args : [...args, "-p", String(port)],
    {
      stdio: "inherit",
      env: {
        ...process.env,
        DATABASE_URL: database.url,
        DATABASE_POOL_MAX: String(database.poolMax),
        NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? persistentSecret(),
        NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? `http://localhost:${port}`,
        NEXT_TELEMETRY_DISABLED: "1",
        ...(args[0] === "start"
          ? { NODE_OPTIONS: withHeapLimit(process.env.NODE_OPTIONS, env.SERVER_HEAP_MB) }
          : {}),
      },
    },
  );
  printWelcome(port, seed);

  const stop = async (code: number) => {
    await database.stop().catch(() => undefined);
    process.exit(code);
  };
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => child.kill(signal));
  child.on("exit", (code) => void stop(code ?? 0));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});

/**
 * The end-to-end run's database, in a process of its own (Playwright loads its config synchronously, and this
 * needs the app's TypeScript modules and async I/O). Run by tests/e2e/database.ts:
 *   tsx tests/e2e/prepare.ts create        fresh database, migrated and seeded; prints `E2E_DATABASE=<json>`
 *   tsx tests/e2e/prepare.ts drop <json>   removes it again
 */
import { rmSync } from "node:fs";
import { createPrismaClient } from "@/lib/db/client";
import { seedDemoData } from "@/lib/seed";
import { createMigratedDatabase, dropDatabase } from "../support/scratch-database";
import type { E2EDatabase } from "./database";

async function create(): Promise<E2EDatabase> {
  const database = await createMigratedDatabase("sek_e2e");
  try {
    const prisma = createPrismaClient(database.url, 1);
    try {
      await seedDemoData(prisma);
    } finally {
      await prisma.$disconnect();
    }
    if (!database.embedded) return { kind: "postgres", url: database.url };
    // PGlite lives in this process, which ends now: close it and let the app's launcher reopen its folder.
    await database.embedded.stop();
    return { kind: "embedded", dataDir: database.embedded.dataDir, port: database.embedded.port };
  } catch (error) {
    await database.drop().catch(() => undefined);
    throw error;
  }
}

async function drop(database: E2EDatabase): Promise<void> {
  if (database.kind === "postgres") await dropDatabase(database.url);
  else rmSync(database.dataDir, { recursive: true, force: true });
}

async function main(): Promise<void> {
  const [command, argument] = process.argv.slice(2);
  if (command === "create") {
    // stdout may also carry the app's own log lines; the caller looks for this one.
    console.log(`E2E_DATABASE=${JSON.stringify(await create())}`);
  } else if (command === "drop" && argument) {
    await drop(JSON.parse(argument) as E2EDatabase);
  } else {
    throw new Error("usage: tsx tests/e2e/prepare.ts create | drop <json>");
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});

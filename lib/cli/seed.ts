/**
 * `npm run db:seed`: loads the demo data into DATABASE_URL, or into the embedded database when it is unset.
 * Applies pending migrations first; safe to run again (an already seeded database is left as it is).
 */
import { createPrismaClient } from "@/lib/db/client";
import { migrationTarget } from "@/lib/db/migration-target";
import { applyMigrations } from "@/lib/db/migrations/runner";
import { selectDatabase } from "@/lib/db/select-database";
import { buildDemoData, DEMO_LOGINS, seedDemoData } from "@/lib/seed";

function describe(url: string): string {
  const { hostname, port, pathname } = new URL(url); // printed without credentials
  return `${hostname}${port ? `:${port}` : ""}${pathname}`;
}

function printLogins(): void {
  const rows = [
    ["Role", "Unit", "Username", "Password"],
    ...DEMO_LOGINS.map((l) => [l.role, l.unitCode, l.username, l.password]),
  ];
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  const line = (row: string[]) =>
    row
      .map((cell, column) => cell.padEnd(widths[column]!))
      .join("  ")
      .trimEnd();
  console.log("\nDemo accounts:");
  console.log(`  ${line(rows[0]!)}`);
  console.log(`  ${widths.map((width) => "-".repeat(width)).join("  ")}`);
  for (const row of rows.slice(1)) console.log(`  ${line(row)}`);
}

async function main(): Promise<void> {
  const database = await selectDatabase();
  try {
    console.log(`Database: ${describe(database.url)}${database.embedded ? " (embedded)" : ""}`);
    const { applied } = await applyMigrations(migrationTarget(database.url, { embedded: database.embedded }));
    console.log(applied.length ? `Applied migrations: ${applied.join(", ")}` : "Migrations: up to date.");

    const prisma = createPrismaClient(database.url, database.poolMax);
    try {
      const started = performance.now();
      const { created } = await seedDemoData(prisma);
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      if (created) {
        const data = buildDemoData();
        console.log(
          `Demo data loaded in ${seconds} s: ${data.units.length} units, ${data.sections.length} sections, ` +
            `${data.positions.length} posts, ${data.officials.length} officials, ` +
            `${data.assignments.length} assignments, ${DEMO_LOGINS.length} users.`,
        );
      } else {
        console.log("Demo data already present (national unit RI exists): nothing changed.");
      }
    } finally {
      await prisma.$disconnect();
    }
    printLogins();
  } finally {
    await database.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
});

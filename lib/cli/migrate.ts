/**
 * `npm run db:migrate`: applies pending migrations from prisma/migrations to DATABASE_URL; with
 * MIGRATION_DATABASE_URL set, as that (owning) role, then grants DATABASE_URL's role what the app does.
 */
import { migrationTarget } from "@/lib/db/migration-target";
import { applyMigrations } from "@/lib/db/migrations/runner";

async function main(): Promise<void> {
  const connectionString = process.env.DATABASE_URL;
  if (!connectionString) {
    console.error(
      "DATABASE_URL is not set, so there is no database to migrate.\n" +
        "With the embedded database you need not run this: `npm run dev` starts it and applies migrations itself.\n" +
        "To migrate a PostgreSQL server: DATABASE_URL=postgresql://user@host:5432/db npm run db:migrate",
    );
    process.exit(1);
  }
  const target = migrationTarget(connectionString);
  const { hostname, port, pathname, username } = new URL(target.connectionString); // printed without password
  console.log(`Migrating ${hostname}${port ? `:${port}` : ""}${pathname} as ${decodeURIComponent(username)}`);
  if (target.appRole)
    console.log(`The app connects as ${target.appRole.name}: granting it what the app does.`);
  await applyMigrations({ ...target, log: (line) => console.log(line) });
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});

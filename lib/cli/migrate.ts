/** `npm run db:migrate`: applies pending migrations from prisma/migrations to DATABASE_URL. */
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
  const { hostname, port, pathname } = new URL(connectionString); // printed without credentials
  console.log(`Migrating ${hostname}${port ? `:${port}` : ""}${pathname}`);
  await applyMigrations({ connectionString, log: (line) => console.log(line) });
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});

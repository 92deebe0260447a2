/**
 * `npm run db:reset`: empties the database so that `npm run db:seed` (which the script runs next) loads the demo
 * data afresh. The embedded database's folder is deleted; on PostgreSQL (DATABASE_URL set) the `public` schema is
 * dropped and recreated as the owning role, which needs `--yes` because it deletes every record and attachment.
 */
import { existsSync, rmSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { readEnv } from "@/lib/env";

async function main(): Promise<void> {
  const appUrl = process.env.DATABASE_URL;
  if (!appUrl) {
    const dir = path.resolve(readEnv().EMBEDDED_DB_DIR);
    if (existsSync(dir)) rmSync(dir, { recursive: true, force: true });
    console.log(`Embedded database emptied (${dir} deleted). Stop \`npm run dev\` before a reset.`);
    return;
  }
  if (!process.argv.includes("--yes")) {
    console.error(
      "DATABASE_URL is set: a reset deletes every record and attachment in that database.\n" +
        "Run `npm run db:reset -- --yes` to go ahead.",
    );
    process.exit(1);
  }
  const client = new pg.Client({ connectionString: process.env.MIGRATION_DATABASE_URL || appUrl });
  await client.connect();
  try {
    await client.query("DROP SCHEMA public CASCADE");
    await client.query("CREATE SCHEMA public");
    const { hostname, port, pathname } = new URL(appUrl);
    console.log(`PostgreSQL database ${hostname}:${port || 5432}${pathname} emptied.`);
  } finally {
    await client.end();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});

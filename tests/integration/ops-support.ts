/**
 * Helpers of the operations tests: a database owned by a non-superuser role, with its app role, on the test
 * server; both roles named after the database, so parallel runs never share one (roles are cluster-wide).
 */
import pg from "pg";
import { applyMigrations } from "@/lib/db/migrations/runner";
import { migrationTarget } from "@/lib/db/migration-target";
import { adminUrl } from "../support/scratch-database";

export interface RoleDatabase {
  name: string;
  ownerUrl: string;
  appUrl: string;
  appRole: string;
  migrate(): Promise<void>;
  drop(): Promise<void>;
}

export async function withClient<T>(url: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

function urlAs(user: string, password: string, database: string, server = adminUrl()): string {
  const url = new URL(server);
  url.username = user;
  url.password = password;
  url.pathname = `/${database}`;
  return url.toString();
}

/** A fresh database owned by `<name>_owner` (CREATEROLE, not superuser); `<name>_app` is left to the runner. */
export async function createRoleDatabase(prefix: string, server = adminUrl()): Promise<RoleDatabase> {
  const name = `${prefix}_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
  const owner = `${name}_owner`;
  const appRole = `${name}_app`;
  await withClient(server, async (client) => {
    await client.query(`CREATE ROLE "${owner}" LOGIN CREATEROLE PASSWORD 'eigenaar-uji'`);
    await client.query(`CREATE DATABASE "${name}" OWNER "${owner}"`);
  });
  const ownerUrl = urlAs(owner, "eigenaar-uji", name, server);
  const appUrl = urlAs(appRole, "aplikasi-uji", name, server);
  return {
    name,
    ownerUrl,
    appUrl,
    appRole,
    async migrate() {
      const target = migrationTarget(appUrl, { env: { MIGRATION_DATABASE_URL: ownerUrl } });
      await applyMigrations(target);
    },
    async drop() {
      await withClient(server, async (client) => {
        await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
        await client.query(`DROP ROLE IF EXISTS "${appRole}"`);
        await client.query(`DROP ROLE IF EXISTS "${owner}"`);
      });
    },
  };
}

/** The SQLSTATE an SQL statement fails with, or "ok". */
export async function sqlState(client: pg.Client, sql: string): Promise<string> {
  try {
    await client.query(sql);
    return "ok";
  } catch (error) {
    return (error as { code?: string }).code ?? String(error);
  }
}

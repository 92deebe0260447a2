import type pg from "pg";

/** The role the app connects as on PostgreSQL when migrations run as another (owning) role. */
export type AppRole = { name: string; password?: string };

/**
 * The app's role when `appUrl` connects as another user than `migrationUrl`; undefined when both are the same
 * user (the single-URL set-up of development, tests and the embedded database: one role does everything).
 */
export function appRoleFor(appUrl: string, migrationUrl: string): AppRole | undefined {
  const app = new URL(appUrl);
  const owner = new URL(migrationUrl);
  const appUser = decodeURIComponent(app.username);
  if (!appUser || appUser === decodeURIComponent(owner.username)) return undefined;
  return { name: appUser, password: app.password ? decodeURIComponent(app.password) : undefined };
}

// PostgreSQL's codes for "already exists": a concurrent CREATE ROLE from a runner on another database of the same
// cluster (roles are cluster-wide, the runner's advisory lock is per database) loses with either.
const ALREADY_EXISTS = new Set(["42710", "23505"]);

async function createRoleIfMissing(client: pg.Client, role: AppRole, log: (line: string) => void) {
  const { rowCount } = await client.query("SELECT 1 FROM pg_roles WHERE rolname = $1", [role.name]);
  if (rowCount) return;
  const password = role.password ? ` PASSWORD ${client.escapeLiteral(role.password)}` : "";
  try {
    await client.query(
      `CREATE ROLE ${client.escapeIdentifier(role.name)} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE ` +
        `NOREPLICATION NOBYPASSRLS NOINHERIT${password}`,
    );
    log(`Created the app's database role ${role.name}`);
  } catch (error) {
    if (!ALREADY_EXISTS.has((error as { code?: string }).code ?? "")) throw error;
  }
}

/** Refuses an app role that could undo what the grants take away: a superuser, or a member of the owner. */
async function assertLeastPrivilege(client: pg.Client, role: AppRole): Promise<void> {
  const { rows } = await client.query<{ powerful: boolean; member: boolean }>(
    `SELECT (rolsuper OR rolbypassrls OR rolcreaterole OR rolcreatedb) AS powerful,
            pg_has_role($1, current_user, 'USAGE') AS member
       FROM pg_roles WHERE rolname = $1`,
    [role.name],
  );
  const row = rows[0];
  if (!row) throw new Error(`The app's database role ${role.name} does not exist.`);
  if (row.powerful || row.member) {
    throw new Error(
      `The app's database role ${role.name} (the user of DATABASE_URL) has more rights than the app needs ` +
        `(superuser, CREATEROLE, CREATEDB, BYPASSRLS, or membership of the migration role). ` +
        `Use a plain login role; the migration runner grants it what the app does.`,
    );
  }
}

/**
 * Creates the app role if missing and grants it exactly what the app does: read and write the rows of every table
 * (the audit trail: add and read only), use the sequences; no DDL, no TRUNCATE, not the migration history. Default
 * privileges give tables and sequences that later migrations (of this role) create the same rights. Idempotent:
 * run after every migration run; the grants in one transaction.
 */
export async function grantAppRole(client: pg.Client, role: AppRole, log: (line: string) => void) {
  await createRoleIfMissing(client, role, log);
  await assertLeastPrivilege(client, role);
  const app = client.escapeIdentifier(role.name);
  const { rows } = await client.query<{ db: string }>("SELECT current_database() AS db");
  const database = client.escapeIdentifier(rows[0]!.db);
  const statements = [
    `GRANT CONNECT ON DATABASE ${database} TO ${app}`,
    `GRANT USAGE ON SCHEMA public TO ${app}`,
    // PostgreSQL 15 no longer lets everyone create in `public`; older servers do. A non-owner's REVOKE only warns.
    `REVOKE CREATE ON SCHEMA public FROM PUBLIC`,
    `GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${app}`,
    `REVOKE UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER ON "audit_log" FROM ${app}`,
    `REVOKE ALL ON "_prisma_migrations" FROM ${app}`,
    `GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO ${app}`,
    `ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ${app}`,
    `ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE ON SEQUENCES TO ${app}`,
  ];
  await client.query("BEGIN");
  try {
    for (const statement of statements) await client.query(statement);
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  }
}

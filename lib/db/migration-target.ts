import { appRoleFor, type AppRole } from "./migrations/app-role";

export type MigrationTarget = { connectionString: string; appRole?: AppRole };

function sameDatabase(a: URL, b: URL): boolean {
  return a.hostname === b.hostname && (a.port || "5432") === (b.port || "5432") && a.pathname === b.pathname;
}

/**
 * Where migrations run for the app database `appUrl`: MIGRATION_DATABASE_URL (the owning role) when set, and then
 * the app's role (the user of `appUrl`) to be granted what the app does; otherwise `appUrl` itself, one role for
 * everything (development, tests, the embedded database).
 */
export function migrationTarget(
  appUrl: string,
  options: { embedded?: boolean; env?: { MIGRATION_DATABASE_URL?: string } } = {},
): MigrationTarget {
  const migrationUrl = (options.env ?? process.env).MIGRATION_DATABASE_URL;
  if (!migrationUrl) return { connectionString: appUrl };
  if (options.embedded) {
    throw new Error(
      "MIGRATION_DATABASE_URL is set but DATABASE_URL is not: the embedded database has a single role. " +
        "Set DATABASE_URL to the app's role on the same PostgreSQL database, or unset MIGRATION_DATABASE_URL.",
    );
  }
  if (!sameDatabase(new URL(appUrl), new URL(migrationUrl))) {
    throw new Error(
      "MIGRATION_DATABASE_URL and DATABASE_URL must name the same database (host, port, name).",
    );
  }
  return { connectionString: migrationUrl, appRole: appRoleFor(appUrl, migrationUrl) };
}

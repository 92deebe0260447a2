/**
 * Throwaway databases for tests: each call creates a fresh, uniquely named database on the test server
 * (TEST_DATABASE_ADMIN_URL, default the local PostgreSQL), so runs never share or inherit state.
 * Without a reachable PostgreSQL server it falls back to an embedded PGlite server per database.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { applyMigrations } from "@/lib/db/migrations/runner";

export const DEFAULT_ADMIN_URL = "postgresql://postgres@127.0.0.1:5432/postgres";

export interface ScratchDatabase {
  url: string;
  /** Removes the database, closing whatever connections are still open to it. */
  drop(): Promise<void>;
  /** Set on the PGlite fallback, whose single backend allows one connection per process (STACK-NOTES.md). */
  embedded?: { dataDir: string; port: number; stop(): Promise<void> };
}

export function adminUrl(): string {
  return process.env.TEST_DATABASE_ADMIN_URL ?? DEFAULT_ADMIN_URL;
}

/** A name PostgreSQL accepts unquoted and unique across parallel runs: prefix, time, randomness. */
function uniqueName(prefix: string): string {
  const safePrefix = prefix
    .toLowerCase()
    .replace(/[^a-z0-9_]/g, "_")
    .slice(0, 30);
  const random = Math.random().toString(36).slice(2, 10);
  return `${safePrefix}_${Date.now().toString(36)}_${random}`;
}

function urlForDatabase(serverUrl: string, name: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

async function withAdminClient<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: adminUrl(), connectionTimeoutMillis: 5_000 });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

const UNREACHABLE = new Set([
  "ECONNREFUSED",
  "ENOTFOUND",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "ETIMEDOUT",
  "EAI_AGAIN",
]);

let serverReachable: Promise<boolean> | undefined;

/** Only "nobody listens" counts as unreachable; a server that refuses our login is a configuration error. */
function isServerReachable(): Promise<boolean> {
  serverReachable ??= withAdminClient(async () => true).catch((error: unknown) => {
    const code = (error as { code?: string }).code;
    if ((code && UNREACHABLE.has(code)) || /timeout/i.test(String((error as Error).message))) return false;
    throw error;
  });
  return serverReachable;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() =>
        typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port")),
      );
    });
  });
}

/** Drops a database on the test server by its URL; also usable from another process than the one that made it. */
export async function dropDatabase(url: string): Promise<void> {
  const name = decodeURIComponent(new URL(url).pathname.slice(1));
  if (!name || name === "postgres" || name === new URL(adminUrl()).pathname.slice(1)) {
    throw new Error(`Refusing to drop "${name}": not a scratch database`);
  }
  // FORCE (PostgreSQL 13+) terminates the connections an app server or a test left open.
  await withAdminClient((client) =>
    client.query(`DROP DATABASE IF EXISTS "${name.replace(/"/g, '""')}" WITH (FORCE)`),
  );
}

async function createEmbedded(prefix: string): Promise<ScratchDatabase> {
  // Imported only here so that runs on PostgreSQL never load PGlite's WebAssembly.
  const { startEmbeddedDatabase } = await import("@/lib/db/embedded");
  const dataDir = mkdtempSync(path.join(tmpdir(), `${uniqueName(prefix)}-`));
  const port = await freePort();
  const server = await startEmbeddedDatabase({ dataDir, port });
  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    await server.stop();
  };
  return {
    url: server.url,
    embedded: { dataDir, port, stop },
    async drop() {
      await stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

let fallbackAnnounced = false;

export async function createScratchDatabase(prefix: string): Promise<ScratchDatabase> {
  if (!(await isServerReachable())) {
    if (!fallbackAnnounced)
      console.error(
        `[tests] No PostgreSQL server at ${adminUrl()}: using an embedded PGlite database instead ` +
          "(one connection per process; start PostgreSQL to test against the real server).",
      );
    fallbackAnnounced = true;
    return createEmbedded(prefix);
  }
  const name = uniqueName(prefix);
  await withAdminClient((client) => client.query(`CREATE DATABASE "${name}"`));
  const url = urlForDatabase(adminUrl(), name);
  return { url, drop: () => dropDatabase(url) };
}

/** A scratch database with every migration of prisma/migrations applied, dropped again if that fails. */
export async function createMigratedDatabase(prefix: string): Promise<ScratchDatabase> {
  const database = await createScratchDatabase(prefix);
  try {
    await applyMigrations({ connectionString: database.url });
    return database;
  } catch (error) {
    await database.drop().catch(() => undefined);
    throw error;
  }
}

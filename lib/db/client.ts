import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { readEnv } from "@/lib/env";
import { asDatabaseUnavailable } from "./unavailable";

// The pg pool under a client, for the few libraries that speak to PostgreSQL themselves (the sign-in limiter). A
// global symbol, because each Next bundle has its own copy of this module but all share the cached client.
const POOL = Symbol.for("sekretariat.pgPool");

export function createPrismaClient(connectionString: string, maxConnections: number): PrismaClient {
  // Every session speaks UTC: Prisma's adapter sends a Date as UTC wall-clock text without an offset, which
  // PostgreSQL reads in the session's zone, so a server set to Asia/Jakarta would shift every instant by seven hours.
  const pool = new pg.Pool({ connectionString, max: maxConnections, options: "-c TimeZone=UTC" });
  const countStatements = process.env.BENCH_LOG_STATEMENTS === "1";
  const base = new PrismaClient({
    adapter: new PrismaPg(pool, { disposeExternalPool: true }),
    ...(countStatements ? { log: [{ emit: "event" as const, level: "query" as const }] } : {}),
  });
  // The bench (tests/bench/http.ts) counts the statements a request runs by these lines; off, nothing is listened.
  if (countStatements)
    (base as unknown as PrismaClient<"query">).$on("query", () => process.stdout.write("[sql]\n"));
  // A query that finds the database gone fails as DatabaseUnavailableError ("try again shortly"), not as a crash.
  const client = base.$extends({
    query: {
      async $allOperations({ args, query }) {
        try {
          return await query(args);
        } catch (error) {
          throw asDatabaseUnavailable(error);
        }
      },
    },
  }) as unknown as PrismaClient;
  Object.defineProperty(client, POOL, { value: pool });
  return client;
}

// Cached on globalThis in every mode: Next bundles route handlers and server components separately, and
// each bundle would otherwise open its own pool (fatal for the embedded database's few connections).
const cache = globalThis as unknown as { sekretariatPrisma?: PrismaClient };

function processClient(): PrismaClient {
  if (!cache.sekretariatPrisma) {
    const env = readEnv();
    if (!env.DATABASE_URL) {
      throw new Error(
        "DATABASE_URL is not set. Start the app with `npm run dev` or `npm start`, which provide the embedded database.",
      );
    }
    cache.sekretariatPrisma = createPrismaClient(env.DATABASE_URL, env.DATABASE_POOL_MAX);
  }
  return cache.sekretariatPrisma;
}

/** The process's one Prisma client, created on first use so that importing this module never connects. */
export const prisma: PrismaClient = new Proxy({} as PrismaClient, {
  get(_target, property) {
    const client = processClient();
    const value = Reflect.get(client, property, client);
    // A transaction that cannot even begin (no connection) fails outside the query extension above.
    if (property === "$transaction" && typeof value === "function") {
      return (...args: unknown[]) =>
        (value as (...a: unknown[]) => Promise<unknown>).apply(client, args).catch((error: unknown) => {
          throw asDatabaseUnavailable(error);
        });
    }
    return typeof value === "function" ? value.bind(client) : value;
  },
});

/**
 * The pool of the process's one client. Reuse it rather than opening another: the embedded database serves each
 * process a single connection, and a second pool would wait for it forever.
 */
export function processPool(): pg.Pool {
  return (processClient() as unknown as Record<symbol, pg.Pool>)[POOL]!;
}

export type { PrismaClient };
export type TransactionClient = import("@/lib/generated/prisma/client").Prisma.TransactionClient;

import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { readEnv } from "@/lib/env";

export function createPrismaClient(connectionString: string, maxConnections: number): PrismaClient {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString, max: maxConnections }) });
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
    return typeof value === "function" ? value.bind(client) : value;
  },
});

export type { PrismaClient };
export type TransactionClient = import("@/lib/generated/prisma/client").Prisma.TransactionClient;

/**
 * Runs in the test worker before each integration file is imported: points `@/lib/db/client`'s lazy `prisma`
 * at the run's database (see global-setup.ts) and closes its pool when the file is done.
 */
import { afterAll, inject } from "vitest";

process.env.DATABASE_URL = inject("databaseUrl");
process.env.DATABASE_POOL_MAX = String(inject("databasePoolMax"));

afterAll(async () => {
  const cached = globalThis as { sekretariatPrisma?: { $disconnect(): Promise<void> } };
  await cached.sekretariatPrisma?.$disconnect();
  cached.sekretariatPrisma = undefined;
});

/**
 * PostgreSQL restarted while users work (issue 11): on a throwaway cluster of its own (never the shared server),
 * writes run while the server is killed and started again. During the outage every failure is "database
 * unavailable" (what the pages show as "try again in a moment"), the pool reconnects by itself afterwards, and every
 * write that was acknowledged is in the database.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient, prisma, type PrismaClient } from "@/lib/db/client";
import { applyMigrations } from "@/lib/db/migrations/runner";
import { DatabaseUnavailableError, isDatabaseUnavailable } from "@/lib/db/unavailable";
import { createThrowawayCluster, type ThrowawayCluster } from "../support/throwaway-cluster";

const WORKERS = 3;
const cache = globalThis as { sekretariatPrisma?: PrismaClient };

/** One write as the app makes them: an interactive transaction with a record and its audit entry. */
async function write(key: string): Promise<void> {
  await prisma.$transaction(async (tx) => {
    const unit = await tx.workUnit.create({
      data: { code: key, name: `Sekretariat Uji ${key}`, shortName: `Uji ${key}`, level: "PROVINCE" },
    });
    await tx.auditLog.create({
      data: { actorName: "uji", action: "unit.create", entityType: "WorkUnit", entityId: unit.id },
    });
  });
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("PostgreSQL restarted while users work", () => {
  let cluster: ThrowawayCluster;

  beforeAll(async () => {
    cluster = createThrowawayCluster();
    await applyMigrations({ connectionString: cluster.url() });
    await cache.sekretariatPrisma?.$disconnect();
    cache.sekretariatPrisma = createPrismaClient(cluster.url(), WORKERS);
  });

  afterAll(async () => {
    await cache.sekretariatPrisma?.$disconnect();
    cache.sekretariatPrisma = undefined;
    cluster?.destroy();
  });

  it("answers 'unavailable' during the outage, recovers by itself and keeps every acknowledged write", async () => {
    const acknowledged: string[] = [];
    const failures: unknown[] = [];
    let phase: "before" | "outage" | "after" = "before";
    let afterRestart = 0;
    let sequence = 0;

    // Each worker writes until 10 writes per worker succeeded after the restart (bounded: 2,000 attempts each).
    const worker = async (id: number) => {
      for (let attempt = 0; attempt < 2_000 && afterRestart < 10 * WORKERS; attempt += 1) {
        const key = `O${id}x${(sequence += 1)}`;
        const startedIn = phase;
        try {
          await write(key);
          acknowledged.push(key);
          if (startedIn === "after") afterRestart += 1;
        } catch (error) {
          failures.push(error);
          await pause(20);
        }
      }
    };
    const running = Promise.all(Array.from({ length: WORKERS }, (_, id) => worker(id)));

    for (let i = 0; i < 500 && acknowledged.length < 20; i += 1) await pause(10);
    cluster.stop("immediate");
    phase = "outage";

    // While it is down, reads, raw queries and transactions all fail as "unavailable", never as something else.
    const outage = await Promise.allSettled([
      prisma.workUnit.count(),
      prisma.$queryRaw`SELECT 1`,
      prisma.$transaction(async (tx) => tx.workUnit.count()),
    ]);
    for (const result of outage) {
      expect(result.status).toBe("rejected");
      expect((result as PromiseRejectedResult).reason).toBeInstanceOf(DatabaseUnavailableError);
    }
    const failuresBefore = failures.length;
    for (let i = 0; i < 500 && failures.length < failuresBefore + WORKERS; i += 1) await pause(10);

    cluster.start();
    phase = "after";
    await running;

    expect(afterRestart).toBeGreaterThanOrEqual(10 * WORKERS);
    expect(failures.length).toBeGreaterThan(0);
    const unexpected = failures.filter((error) => !isDatabaseUnavailable(error));
    expect(unexpected).toEqual([]);

    const stored = await prisma.workUnit.findMany({
      where: { code: { in: acknowledged } },
      select: { code: true },
    });
    expect(stored.map((unit) => unit.code).sort()).toEqual([...acknowledged].sort());
    const audited = await prisma.auditLog.count({ where: { action: "unit.create" } });
    expect(audited).toBeGreaterThanOrEqual(acknowledged.length);
  });
});

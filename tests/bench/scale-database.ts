/**
 * One scale's database for the HTTP bench (http.ts runs it once per scale, BENCH_SCALE=national|ntb, in a process of
 * its own because officials-data.ts sizes its data when loaded): a scratch PostgreSQL database loaded by
 * national-data.ts, left in place for the bench's servers (http.ts drops it), and what the bench needs to know of it,
 * written as JSON to argv[2].
 */
import { writeFileSync } from "node:fs";
import { prisma } from "@/lib/db/client";
import { createMigratedDatabase } from "../support/scratch-database";
import { OFFICIALS, SCALE, UNITS } from "./officials-data";
import { BENCH_USERS, loadBenchData } from "./national-data";

export interface ScaleDatabase {
  scale: string;
  url: string;
  officials: number;
  units: number;
  assignments: number;
  auditRows: number;
  loadSeconds: number;
  /** An official's NIP in each bench user's own unit, by scope: the NIP searches look it up. */
  nips: Record<string, string>;
}

async function sampleNip(unitId: string): Promise<string> {
  const row = await prisma.official.findFirstOrThrow({
    where: { unitId, nip: { not: null } },
    orderBy: { id: "asc" },
    select: { nip: true },
  });
  return row.nip!;
}

async function main(): Promise<void> {
  const out = process.argv[2];
  if (!out) throw new Error("usage: scale-database.ts <database.json>");
  const database = await createMigratedDatabase(`sek_bench_${SCALE}`);
  if (database.embedded) {
    // An embedded database lives in this process, which ends before the bench's servers start.
    await database.drop();
    throw new Error("The bench needs a PostgreSQL server (TEST_DATABASE_ADMIN_URL, default 127.0.0.1:5432).");
  }
  process.env.DATABASE_URL = database.url;
  process.env.DATABASE_POOL_MAX = "4";
  try {
    console.error(`[bench] ${SCALE}: loading data…`);
    const loadSeconds = await loadBenchData();
    const [assignments, auditRows] = await Promise.all([prisma.assignment.count(), prisma.auditLog.count()]);
    const nips: Record<string, string> = {};
    for (const user of BENCH_USERS) nips[user.scope] = await sampleNip(user.unitId);
    const figures: ScaleDatabase = {
      scale: SCALE,
      url: database.url,
      officials: OFFICIALS,
      units: UNITS.length,
      assignments,
      auditRows,
      loadSeconds,
      nips,
    };
    writeFileSync(out, JSON.stringify(figures, null, 2));
    console.error(`[bench] ${SCALE}: loaded in ${loadSeconds.toFixed(0)} s`);
  } catch (error) {
    await database.drop().catch(() => undefined);
    throw error;
  } finally {
    await prisma.$disconnect();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});

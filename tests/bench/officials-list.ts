/**
 * Benchmark of the officials list and its export at national size: 50,000 officials in 553 units (KPU RI,
 * 38 provinces, 514 regencies/cities) in a scratch database, dropped at the end. Prints timings and the export's
 * peak memory; asserts nothing (figures depend on the machine). Run: `npx tsx tests/bench/officials-list.ts`, or
 * `npx tsx --expose-gc tests/bench/officials-list.ts` for the export's live heap rather than heap with garbage.
 * BENCH_OFFICIALS and BENCH_RUNS change the size and the number of timed runs; the data is in officials-data.ts.
 */
// Next's own Date constructor, as `next start` installs it: the export's figures here are then the server's
// (it made Dates several times dearer, which a profile without it missed: decision 021, twelfth round).
import "next/dist/server/node-environment-extensions/date";
import type { CurrentUser } from "@/lib/auth/types";
import { prisma } from "@/lib/db/client";
import { exportResponse } from "@/lib/officials/export-download";
import { parseListParams } from "@/lib/officials/list-params";
import { listOfficials } from "@/lib/officials/queries";
import { createMigratedDatabase } from "../support/scratch-database";
import { createOfficials, createUnits, OFFICIALS, UNIT_IDS, UNITS } from "./officials-data";

const RUNS = Number(process.env.BENCH_RUNS ?? 15);

function userAt(unitId: string, scope: string[], level: CurrentUser["unit"]["level"]): CurrentUser {
  return {
    id: `bench-${unitId}`,
    username: `bench.${unitId}`,
    displayName: "Bench",
    role: "VIEWER",
    unit: { id: unitId, code: unitId, name: unitId, shortName: unitId, level, timeZone: "Asia/Makassar" },
    officialId: null,
    scopeUnitIds: new Set(scope),
  };
}

function percentile(sorted: number[], fraction: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)]!;
}

async function time(label: string, runs: number, run: () => Promise<unknown>): Promise<void> {
  await run(); // warm-up: plans and connections
  const samples: number[] = [];
  let result: unknown;
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    result = await run();
    samples.push(performance.now() - started);
  }
  samples.sort((a, b) => a - b);
  const summary = typeof result === "number" ? `${result}` : "";
  console.log(
    `${label.padEnd(62)} median ${percentile(samples, 0.5).toFixed(1).padStart(7)} ms   p95 ${percentile(samples, 0.95).toFixed(1).padStart(7)} ms   ${summary}`,
  );
}

/** Reads a whole export as a client would; returns its size in bytes. */
async function download(stream: ReadableStream<Uint8Array>): Promise<number> {
  const reader = stream.getReader();
  let bytes = 0;
  for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read())
    bytes += chunk.value.byteLength;
  return bytes;
}

async function measureExport(label: string, user: CurrentUser, format: "csv" | "xlsx"): Promise<void> {
  // The route's own response, as `GET /api/pegawai/ekspor` gives it, without HTTP and Next's gzip.
  const run = async () => {
    const response = await exportResponse(user, new URLSearchParams({ format, status: "all" }));
    if (!response.ok || !response.body) throw new Error(`export ${format}: ${response.status}`);
    return download(response.body);
  };
  await time(label, 3, run);

  // Memory in a run of its own. With --expose-gc the heap is sampled after a collection, so it counts what the
  // export holds rather than garbage not yet collected (which V8 lets grow while memory is plentiful).
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  const before = process.memoryUsage();
  const peak = { rss: before.rss, heap: before.heapUsed };
  const sampler = setInterval(
    () => {
      gc?.();
      const usage = process.memoryUsage();
      peak.rss = Math.max(peak.rss, usage.rss);
      peak.heap = Math.max(peak.heap, usage.heapUsed);
    },
    gc ? 50 : 5,
  );
  const size = await run().finally(() => clearInterval(sampler));
  const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  const heapKind = gc ? "live heap" : "heap incl. garbage (--expose-gc for live heap)";
  console.log(
    `${"".padEnd(62)} file ${mb(size)}; peak ${heapKind} ${mb(peak.heap)} (+${mb(peak.heap - before.heapUsed)}), ` +
      `peak RSS ${mb(peak.rss)} (+${mb(peak.rss - before.rss)})`,
  );
}

async function main(): Promise<void> {
  const database = await createMigratedDatabase("sek_bench");
  process.env.DATABASE_URL = database.url;
  process.env.DATABASE_POOL_MAX = database.embedded ? "1" : "5";
  try {
    const started = performance.now();
    await createUnits();
    await createOfficials();
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    const kind = database.embedded ? "embedded PGlite" : "PostgreSQL";
    console.log(
      `${kind}: ${OFFICIALS} officials in ${UNITS.length} units, inserted in ${seconds} s; ${RUNS} runs each\n`,
    );

    const regencyId = "u-r0";
    const scopes: [string, CurrentUser][] = [
      ["national", userAt("u-ri", UNIT_IDS, "NATIONAL")],
      [
        "province",
        userAt(
          "u-p0",
          UNITS.filter((u) => u.id === "u-p0" || u.parentId === "u-p0").map((u) => u.id!),
          "PROVINCE",
        ),
      ],
      ["regency", userAt(regencyId, [regencyId], "REGENCY_CITY")],
    ];
    const sampleNip = (
      await prisma.official.findFirstOrThrow({
        where: { nip: { not: null }, unitId: regencyId },
        select: { nip: true },
      })
    ).nip!;
    const cases: [string, Record<string, string>][] = [
      ["first page", {}],
      ["search name 'suhardi'", { q: "suhardi" }],
      ["search name 'Dr. Nurul Hasanah' (two words)", { q: "Dr. Nurul Hasanah" }],
      [
        `search NIP prefix '${sampleNip.slice(0, 8)} ${sampleNip.slice(8, 14)}'`,
        { q: `${sampleNip.slice(0, 8)} ${sampleNip.slice(8, 14)}` },
      ],
      [`search NIP middle '${sampleNip.slice(8, 15)}'`, { q: sampleNip.slice(8, 15) }],
      [
        "PNS, all statuses, by rank desc, page 400 of 25",
        { type: "PNS", status: "all", sort: "rank", dir: "desc", page: "400" },
      ],
      ["by unit, page 300 of 100", { sort: "unit", size: "100", page: "300" }],
    ];
    for (const [scope, user] of scopes) {
      console.log(
        `— ${scope} scope (${user.scopeUnitIds.size} units, ${await prisma.official.count({ where: { unitId: { in: [...user.scopeUnitIds] } } })} officials)`,
      );
      for (const [label, query] of cases) {
        await time(
          `list: ${label}`,
          RUNS,
          async () => (await listOfficials(user, parseListParams(query))).total,
        );
      }
      await time("count only (active)", RUNS, () =>
        prisma.official.count({ where: { unitId: { in: [...user.scopeUnitIds] }, status: "ACTIVE" } }),
      );
    }
    console.log("\n— export, national scope, all statuses (3 runs each)");
    await measureExport("export CSV", scopes[0]![1], "csv");
    await measureExport("export XLSX", scopes[0]![1], "xlsx");
  } finally {
    await prisma.$disconnect();
    await database.drop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});

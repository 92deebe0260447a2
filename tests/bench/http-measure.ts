/**
 * The measuring of the HTTP bench (http.ts): the build started twice, on the national-size and on the NTB-size
 * database, the three bench accounts signed in on both, then every route measured side by side: statements per
 * request, HTML bytes, first-load JavaScript (gzip), p95 at c1 and c20 over a closed loop (autocannon), CPU per request
 * at c1 (the server's and PostgreSQL's, from /proc), the exports alone and twenty at once, server RSS sampled
 * throughout. A route is requested in turns, a batch at a time, at national size, as `/login` there, at NTB size and as
 * `/login` there, first at c1, then at c20: two shared cores drift within a minute, and a size or a floor measured
 * minutes apart (each size once had its own half of the run) moved a ratio by more than the goal's margin.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { listHref, parseListParams } from "@/lib/officials/list-params";
import { BenchServer, sleep, type LoadResult, type Probe } from "./bench-server";
import { BENCH_USERS, unitCode } from "./national-data";
import { cpuBetween, formatCpu, sampleCpu, treeRssMb, type CpuMs } from "./proc";
import type { ScaleDatabase } from "./scale-database";

/** One route on one size's server: what it sends and how long it takes, beside `/login` on the same server. */
export interface SizeFigures {
  path: string;
  status: number;
  statements: number;
  htmlBytes: number;
  p95: { c1: number; c20: number };
  /** The median at c1: steadier than the p95 on shared cores, for comparing runs. */
  p50c1: number;
  /** CPU per request at c1: steadier again than a time, and it shows what the database's share is. */
  cpuMsC1: CpuMs;
  /** `/login` on the same server, requested in turns with the route at the same concurrency. */
  floor: { c1: number; c20: number };
  errors: number;
}

/** One route at national size and at NTB size, requested in turns. */
export interface RouteFigures {
  scope: string;
  page: string;
  jsGzipBytes: number;
  national: SizeFigures;
  ntb: SizeFigures;
}

export interface ExportFigures {
  format: string;
  rows: number;
  bytes: number;
  statements: number;
  ntbStatements: number;
  c1Ms: number;
  /** CPU per file, alone. */
  cpuMsEach: CpuMs;
  c1RssOverIdleMb: number;
  c20EachP95Ms: number;
  c20PeakRssMb: number;
  /** A regency secretary's home page while the twenty run: p95 at c1. */
  othersHomeP95Ms: number;
  /** The longest any of those pages waited: a p95 can hide a few stalls of a second. */
  othersHomeMaxMs: number;
}

export interface BenchFigures {
  routes: RouteFigures[];
  exports: ExportFigures[];
  /** The national-size server's. */
  rssMb: { idle: number; peak: number; final: number };
}

interface Options {
  quick: boolean;
  /** Only the pages whose name holds this (and the floor routes), no exports: a look at the pages a change touched. */
  only?: string;
  dist: string;
  ports: { national: number; ntb: number };
}

function percentile(samples: number[], fraction: number): number {
  if (samples.length === 0) return NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)]!;
}
const p95 = (samples: number[]) => percentile(samples, 0.95);

/** Loads that add up, batch by batch: their times, errors and (at c1) the CPU they used. */
class Tally {
  times: number[] = [];
  errors = 0;
  cpu: CpuMs = { server: 0, database: 0 };

  add(result: LoadResult, cpu?: CpuMs): void {
    this.times.push(...result.times);
    this.errors += result.errors;
    if (cpu) this.cpu = { server: this.cpu.server + cpu.server, database: this.cpu.database + cpu.database };
  }

  cpuPerRequest(): CpuMs {
    const count = Math.max(1, this.times.length);
    return { server: this.cpu.server / count, database: this.cpu.database / count };
  }
}

/** A batch of requests and the CPU it used: the server's tree and PostgreSQL's. */
async function timedBatch(
  server: BenchServer,
  urlPath: string,
  amount: number,
  cookie: string | undefined,
  tally: Tally,
): Promise<void> {
  const before = sampleCpu(server.pid);
  const result = await server.load(urlPath, 1, amount, cookie);
  tally.add(result, cpuBetween(before, sampleCpu(server.pid)));
}

export async function measure(
  databases: { national: ScaleDatabase; ntb: ScaleDatabase },
  options: Options,
): Promise<BenchFigures> {
  const amount = { c1: options.quick ? 30 : 60, c20: options.quick ? 60 : 200 };
  const batch = { c1: 10, c20: options.quick ? 30 : 50 };
  const national = new BenchServer("national", options.ports.national, options.dist, databases.national.url);
  const ntb = new BenchServer("ntb", options.ports.ntb, options.dist, databases.ntb.url);
  const jsSizes = new Map<string, number>();

  /**
   * First-load JavaScript of an HTML page: every /_next/static script it loads, gzipped, from the build. Not the
   * `noModule` polyfills (about 38 KB): a browser that runs modules, as every browser the offices use does, skips them.
   */
  function firstLoadJs(html: string): number {
    let total = 0;
    for (const match of html.matchAll(/<script[^>]*\ssrc="\/_next\/(static\/[^"?]+\.js)[^"]*"[^>]*>/g)) {
      if (/\snoModule[\s=>]/i.test(match[0])) continue;
      const file = match[1]!;
      if (!jsSizes.has(file))
        jsSizes.set(file, gzipSync(readFileSync(path.join(options.dist, decodeURIComponent(file)))).length);
      total += jsSizes.get(file)!;
    }
    return total;
  }

  async function measureRoute(
    scope: string,
    page: string,
    paths: { national: string; ntb: string },
    cookies: { national?: string; ntb?: string },
  ): Promise<RouteFigures> {
    // Both servers get the same requests, the floor's included: a server that had served more was warmer (its code
    // optimised further), and a size requested less looked slower than its bigger self.
    const sizes = [
      { server: national, path: paths.national, cookie: cookies.national },
      { server: ntb, path: paths.ntb, cookie: cookies.ntb },
    ].map((size) => ({
      ...size,
      c1: new Tally(),
      floorC1: new Tally(),
      c20: new Tally(),
      floorC20: new Tally(),
    }));
    const firsts: Probe[] = [];
    for (const { server, path: urlPath, cookie } of sizes) firsts.push(await server.probe(urlPath, cookie));
    // Warm-up: a route's first requests compile and optimise its code; with the few requests of --quick, one cold
    // request would be the p95.
    for (const { server, path: urlPath, cookie } of sizes) await server.load(urlPath, 1, 5, cookie);
    // Each turn in the other order than the one before, so that drift within a turn favours neither size.
    const inTurn = (turn: number) => (turn % 2 === 0 ? sizes : [...sizes].reverse());
    for (let turn = 0; turn * batch.c1 < amount.c1; turn++)
      for (const size of inTurn(turn)) {
        await timedBatch(size.server, size.path, batch.c1, size.cookie, size.c1);
        size.floorC1.add(await size.server.load("/login", 1, batch.c1));
      }
    for (let turn = 0; turn * batch.c20 < amount.c20; turn++)
      for (const size of inTurn(turn)) {
        size.c20.add(await size.server.load(size.path, 20, batch.c20, size.cookie));
        size.floorC20.add(await size.server.load("/login", 20, batch.c20));
      }
    const [atNational, atNtb] = sizes.map((size, index): SizeFigures => {
      const first = firsts[index]!;
      return {
        path: size.path,
        status: first.status,
        statements: first.statements,
        htmlBytes: first.body ? first.bytes : 0,
        p95: { c1: p95(size.c1.times), c20: p95(size.c20.times) },
        p50c1: percentile(size.c1.times, 0.5),
        cpuMsC1: size.c1.cpuPerRequest(),
        floor: { c1: p95(size.floorC1.times), c20: p95(size.floorC20.times) },
        errors: size.c1.errors + size.floorC1.errors + size.c20.errors + size.floorC20.errors,
      };
    }) as [SizeFigures, SizeFigures];
    const figures: RouteFigures = {
      scope,
      page,
      jsGzipBytes: firsts[0]!.body ? firstLoadJs(firsts[0]!.body) : 0,
      national: atNational,
      ntb: atNtb,
    };
    const line = (size: SizeFigures) =>
      `c1 ${size.p95.c1.toFixed(0)} (${size.floor.c1.toFixed(0)}) c20 ${size.p95.c20.toFixed(0)} ` +
      `(${size.floor.c20.toFixed(0)}) cpu ${formatCpu(size.cpuMsC1)}` +
      (size.errors ? ` ${size.errors} errors` : "");
    console.error(
      `  ${scope.padEnd(9)} ${page.padEnd(30)} ${atNational.status} ${String(atNational.statements).padStart(3)} stmts ` +
        `${(atNational.htmlBytes / 1024).toFixed(0).padStart(5)} KB  ${line(atNational)} | NTB ${line(atNtb)}`,
    );
    return figures;
  }

  async function measureExport(
    format: string,
    cookie: string,
    ntbCookie: string,
    othersCookie: string,
    peak: { rss: number },
  ): Promise<ExportFigures> {
    const urlPath = `/api/pegawai/ekspor?format=${format}&status=all`;
    const first = await national.probe(urlPath, cookie);
    const ntbStatements = (await ntb.probe(urlPath, ntbCookie)).statements;
    await sleep(1000);
    const idle = treeRssMb(national.pid);
    let exportPeak = idle;
    const sampler = setInterval(() => (exportPeak = Math.max(exportPeak, treeRssMb(national.pid))), 100);
    const runs: number[] = [];
    const before = sampleCpu(national.pid);
    for (let i = 0; i < (options.quick ? 2 : 3); i++)
      runs.push((await national.download(urlPath, cookie)).ms);
    const cpu = cpuBetween(before, sampleCpu(national.pid));
    const c1RssOverIdleMb = exportPeak - idle;
    exportPeak = treeRssMb(national.pid);
    const [together, others] = await Promise.all([
      Promise.all(Array.from({ length: 20 }, () => national.download(urlPath, cookie))),
      national.load("/", 1, amount.c1, othersCookie),
    ]);
    clearInterval(sampler);
    peak.rss = Math.max(peak.rss, exportPeak);
    const figures: ExportFigures = {
      format,
      rows: databases.national.officials,
      bytes: first.bytes,
      statements: first.statements,
      ntbStatements,
      c1Ms: p95(runs),
      cpuMsEach: { server: cpu.server / runs.length, database: cpu.database / runs.length },
      c1RssOverIdleMb,
      c20EachP95Ms: p95(together.map((run) => run.ms)),
      c20PeakRssMb: exportPeak,
      othersHomeP95Ms: p95(others.times),
      othersHomeMaxMs: Math.max(0, ...others.times),
    };
    console.error(`  export ${format}: ${JSON.stringify(figures)}`);
    return figures;
  }

  try {
    console.error(
      `[bench] starting next start on ${options.ports.national} (national) and ${options.ports.ntb} (NTB)`,
    );
    await national.start();
    await ntb.start();
    const cookies = new Map<string, { national: string; ntb: string }>();
    for (const user of BENCH_USERS)
      cookies.set(user.scope, {
        national: await national.signIn(user.username),
        ntb: await ntb.signIn(user.username),
      });
    // Every page once before anything is timed: a fresh server loads and compiles its routes in the background for
    // a while, which made the first routes measured (the floor among them) look several times slower.
    const pages = new Map<string, [string, { national: string; ntb: string }][]>();
    for (const user of BENCH_USERS) {
      const own = cookies.get(user.scope)!;
      const atNational = await pagesOf(
        national,
        user.unitId,
        databases.national.nips[user.scope]!,
        own.national,
      );
      const atNtb = await pagesOf(ntb, user.unitId, databases.ntb.nips[user.scope]!, own.ntb);
      pages.set(
        user.scope,
        atNational.map(([page, urlPath], index) => [page, { national: urlPath, ntb: atNtb[index]![1] }]),
      );
      for (const [, paths] of pages.get(user.scope)!) {
        await national.probe(paths.national, own.national);
        await ntb.probe(paths.ntb, own.ntb);
      }
    }
    // And the floor itself under load on both: the first routes measured had a `/login` beside them twice as slow
    // as later ones.
    for (const server of [national, ntb]) await server.load("/login", 20, 200);
    await sleep(3000);
    const peak = { rss: 0 };
    const idle = treeRssMb(national.pid);
    const sampler = setInterval(() => (peak.rss = Math.max(peak.rss, treeRssMb(national.pid))), 250);

    const floor = (urlPath: string) => ({ national: urlPath, ntb: urlPath });
    const routes: RouteFigures[] = [];
    routes.push(await measureRoute("floor", "/icon.svg", floor("/icon.svg"), {}));
    routes.push(await measureRoute("floor", "/login", floor("/login"), {}));
    const chosen = (page: string) => !options.only || page.includes(options.only);
    for (const user of BENCH_USERS)
      for (const [page, paths] of pages.get(user.scope)!)
        if (chosen(page)) routes.push(await measureRoute(user.scope, page, paths, cookies.get(user.scope)!));
    const exports: ExportFigures[] = [];
    for (const format of options.only ? [] : ["csv", "xlsx"])
      exports.push(
        await measureExport(
          format,
          cookies.get("national")!.national,
          cookies.get("national")!.ntb,
          cookies.get("regency")!.national,
          peak,
        ),
      );
    // /login again at the end: the floor of the same run, after the load.
    routes.push(await measureRoute("floor", "/login (after)", floor("/login"), {}));
    clearInterval(sampler);
    await sleep(2000);
    const final = treeRssMb(national.pid);
    return { routes, exports, rssMb: { idle, peak: Math.max(peak.rss, final), final } };
  } finally {
    await Promise.allSettled([national.stop(), ntb.stop()]);
  }
}

/**
 * The deepest page of 100 officials sorted by unit that the user's scope fills (its only page where the scope holds
 * no more than 100). A page past the last is answered with a redirect to the last one, which autocannon (it does not
 * follow redirects) would time instead of the page, and the last page is shorter: a fixed page number measured a
 * redirect for every scope smaller than the country's.
 */
async function deepestFullPage(server: BenchServer, cookie: string): Promise<string> {
  const params = parseListParams({ sort: "unit", size: "100" });
  const response = await server.probe(listHref("/pegawai", params, { page: 1_000_000 }), cookie);
  if (!response.location)
    throw new Error(`/pegawai past its last page on ${server.scale}: ${response.status} without a redirect`);
  const last = parseListParams(new URL(response.location, server.base).searchParams).page;
  return listHref("/pegawai", params, { page: Math.max(1, last - 1) });
}

async function pagesOf(
  server: BenchServer,
  unitId: string,
  nip: string,
  cookie: string,
): Promise<[string, string][]> {
  return [
    // The least a signed-in page does: the session, the user and scope, the header and menu, and a small form.
    ["password form (signed-in shell)", "/akun/kata-sandi"],
    ["home", "/"],
    ["officials list", "/pegawai"],
    ["officials by unit, deep page", await deepestFullPage(server, cookie)],
    ["officials, name search", "/pegawai?q=suhardi"],
    ["officials, full NIP", `/pegawai?q=${nip}`],
    ["officials, partial NIP", `/pegawai?q=${nip.slice(0, 8)}`],
    ["units", "/satuan-kerja"],
    ["own unit page", `/satuan-kerja/${unitCode(unitId)}`],
    ["posisi-sdm", "/satuan-kerja/posisi-sdm"],
    ["audit", "/audit"],
    ["inaugurations", "/pelantikan"],
    ["decision queue", "/pelantikan/antrean"],
    ["supervision", "/supervisi"],
    ["follow-ups", "/tindak-lanjut"],
    ["events", "/kegiatan"],
    ["calendar", "/kalender"],
    ["notifications", "/notifikasi"],
    ["news", "/berita"],
    ["users", "/pengguna"],
  ];
}

/**
 * One scale of the HTTP bench (http.ts runs it once per scale, BENCH_SCALE=national|ntb): a scratch PostgreSQL
 * database loaded by national-data.ts, the production build started on it with `next start`, the three bench
 * accounts signed in, then every route measured: statements per request (the server's `[sql]` lines, see
 * lib/db/client.ts), HTML bytes, first-load JavaScript (gzip), p95 at c1 and c20 over a closed loop (autocannon),
 * CPU per request at c1 (the server's and PostgreSQL's, from /proc), exports alone and twenty at once, server RSS
 * sampled throughout. Writes its figures as JSON to argv[2].
 */
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import autocannon from "autocannon";
import { prisma } from "@/lib/db/client";
import { withHeapLimit } from "@/lib/cli/heap-limit";
import { readEnv } from "@/lib/env";
import { listHref, parseListParams } from "@/lib/officials/list-params";
import { createMigratedDatabase } from "../support/scratch-database";
import { OFFICIALS, SCALE, UNITS } from "./officials-data";
import { BENCH_PASSWORD, BENCH_USERS, loadBenchData, unitCode } from "./national-data";

const QUICK = process.env.BENCH_QUICK === "1";
const PORT = Number(process.env.BENCH_PORT ?? 3313);
const BASE = `http://127.0.0.1:${PORT}`;
const DIST = process.env.BENCH_DIST_DIR ?? ".next-bench";
const AMOUNT = { c1: QUICK ? 30 : 60, c20: QUICK ? 60 : 200 };

/** CPU time in ms: the server's process tree, and PostgreSQL's processes. */
export interface CpuMs {
  server: number;
  database: number;
}

export interface RouteFigures {
  scope: string;
  page: string;
  path: string;
  status: number;
  statements: number;
  htmlBytes: number;
  jsGzipBytes: number;
  p95: { c1: number; c20: number };
  /** The median at c1: steadier than the p95 on shared cores, for comparing runs. */
  p50c1: number;
  /** CPU per request at c1: steadier again than a time, and it shows what the database's share is. */
  cpuMsC1: CpuMs;
  /**
   * `/login` (the floor) timed right after this route at the same concurrency: two shared cores drift within a run,
   * so each route is divided by the floor of its own minute, not by one floor taken at the start.
   */
  floor: { c1: number; c20: number };
  errors: number;
}
export interface ExportFigures {
  format: string;
  rows: number;
  bytes: number;
  statements: number;
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
export interface ScaleFigures {
  scale: string;
  officials: number;
  units: number;
  assignments: number;
  auditRows: number;
  loadSeconds: number;
  routes: RouteFigures[];
  exports: ExportFigures[];
  rssMb: { idle: number; peak: number; final: number };
}

// ---- the server and its statement lines -------------------------------------------------------------------

let statementLines = 0;
let lastLineAt = 0;

function startServer(databaseUrl: string): ChildProcess {
  const child = spawn(process.execPath, ["node_modules/next/dist/bin/next", "start", "-p", String(PORT)], {
    env: {
      ...process.env,
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      NEXT_DIST_DIR: DIST,
      DATABASE_URL: databaseUrl,
      DATABASE_POOL_MAX: "10",
      NEXTAUTH_URL: BASE,
      NEXTAUTH_SECRET: "bench-secret-not-for-production-0123456789",
      BENCH_LOG_STATEMENTS: "1",
      // The heap limit `npm start` sets (lib/cli/with-database.ts): the bench measures the server as shipped.
      NODE_OPTIONS: withHeapLimit(process.env.NODE_OPTIONS, readEnv().SERVER_HEAP_MB),
    },
    stdio: ["ignore", "pipe", "inherit"],
    // Its own process group, so that stopping it also stops whatever it forked.
    detached: true,
  });
  child.stdout!.setEncoding("utf8");
  child.stdout!.on("data", (chunk: string) => {
    const count = chunk.split("[sql]").length - 1;
    if (count) {
      statementLines += count;
      lastLineAt = performance.now();
    }
  });
  return child;
}

async function waitUntilUp(): Promise<void> {
  for (let i = 0; i < 240; i++) {
    try {
      if ((await fetch(`${BASE}/icon.svg`)).ok) return;
    } catch {
      /* not yet listening */
    }
    await sleep(500);
  }
  throw new Error("next start did not answer within 2 minutes");
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Waits until the server has written no statement line for 150 ms. */
async function settle(): Promise<void> {
  await sleep(150);
  while (performance.now() - lastLineAt < 150) await sleep(50);
}

/** The server and its children (Next may fork), from /proc. */
function processTree(pid: number): number[] {
  const children = new Map<number, number[]>();
  for (const entry of readdirProc()) {
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), entry]);
    } catch {
      /* gone */
    }
  }
  const tree: number[] = [];
  const visit = (id: number) => {
    tree.push(id);
    for (const child of children.get(id) ?? []) visit(child);
  };
  visit(pid);
  return tree;
}

/** RSS of the server and its children, in MB. */
function treeRssMb(pid: number): number {
  let kb = 0;
  for (const id of processTree(pid)) {
    try {
      const match = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${id}/status`, "utf8"));
      kb += Number(match?.[1] ?? 0);
    } catch {
      /* gone */
    }
  }
  return kb / 1024;
}

/** Clock ticks per second, in which /proc counts CPU time. */
const CLOCK_TICKS = Number(execFileSync("getconf", ["CLK_TCK"], { encoding: "utf8" }).trim()) || 100;

/** CPU time (user and system) used so far by each process, in ms, or nothing for a process gone. */
function cpuMsOf(pid: number): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS;
  } catch {
    return undefined;
  }
}

/** What the server's tree and every PostgreSQL process have used so far, per process. */
type CpuSample = { server: Map<number, number>; database: Map<number, number> };

function sampleCpu(serverPid: number): CpuSample {
  const read = (pids: number[]) => {
    const used = new Map<number, number>();
    for (const pid of pids) {
      const ms = cpuMsOf(pid);
      if (ms !== undefined) used.set(pid, ms);
    }
    return used;
  };
  const database = readdirProc().filter((pid) => {
    try {
      return readFileSync(`/proc/${pid}/comm`, "utf8").startsWith("postgres");
    } catch {
      return false;
    }
  });
  return { server: read(processTree(serverPid)), database: read(database) };
}

/**
 * CPU ms used between two samples, by the server and by PostgreSQL (every backend: the bench runs alone). A
 * process that ended in between is lost (PostgreSQL's idle connections close after a while), one that began counts
 * whole.
 */
function cpuBetween(before: CpuSample, after: CpuSample): CpuMs {
  const used = (from: Map<number, number>, to: Map<number, number>) =>
    [...to].reduce((sum, [pid, ms]) => sum + ms - (from.get(pid) ?? 0), 0);
  return { server: used(before.server, after.server), database: used(before.database, after.database) };
}

function readdirProc(): number[] {
  return readdirSync("/proc")
    .filter((name) => /^\d+$/.test(name))
    .map(Number);
}

// ---- requests ---------------------------------------------------------------------------------------------

async function signIn(username: string): Promise<string> {
  const csrf = await fetch(`${BASE}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const csrfCookie = csrf.headers
    .getSetCookie()
    .map((cookie) => cookie.split(";")[0])
    .join("; ");
  const response = await fetch(`${BASE}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "Content-Type": "application/x-www-form-urlencoded", Cookie: csrfCookie, Origin: BASE },
    body: new URLSearchParams({
      csrfToken,
      username,
      password: BENCH_PASSWORD,
      callbackUrl: `${BASE}/`,
      json: "true",
    }),
  });
  const session = response.headers
    .getSetCookie()
    .map((cookie) => cookie.split(";")[0]!)
    .find((cookie) => cookie.includes("session-token"));
  if (!session) throw new Error(`sign-in of ${username} failed (${response.status})`);
  return session;
}

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
      jsSizes.set(file, gzipSync(readFileSync(path.join(DIST, decodeURIComponent(file)))).length);
    total += jsSizes.get(file)!;
  }
  return total;
}

/** One request alone: its status, body size, the statements it ran, and the body when asked. */
async function probe(
  urlPath: string,
  cookie?: string,
): Promise<{ status: number; bytes: number; statements: number; body: string }> {
  await settle();
  const before = statementLines;
  // Not followed, like autocannon: a page that redirects shows its 3xx in the table instead of its target's figures.
  const response = await fetch(BASE + urlPath, {
    headers: cookie ? { Cookie: cookie } : {},
    redirect: "manual",
  });
  const buffer = Buffer.from(await response.arrayBuffer());
  await settle();
  const type = response.headers.get("content-type") ?? "";
  return {
    status: response.status,
    bytes: buffer.length,
    statements: statementLines - before,
    body: type.includes("html") ? buffer.toString("utf8") : "",
  };
}

function percentile(samples: number[], fraction: number): number {
  if (samples.length === 0) return NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)]!;
}
const p95 = (samples: number[]) => percentile(samples, 0.95);

/** A closed loop of `connections` clients until `amount` responses; p95, p50 and max of their response times in ms. */
async function load(
  urlPath: string,
  connections: number,
  amount: number,
  cookie?: string,
): Promise<{ p95: number; p50: number; max: number; errors: number }> {
  const times: number[] = [];
  let errors = 0;
  const instance = autocannon({
    url: BASE + urlPath,
    connections,
    amount,
    timeout: 120,
    headers: cookie ? { cookie } : {},
  });
  instance.on("response", (_client: unknown, statusCode: number, _bytes: number, responseTime: number) => {
    times.push(responseTime);
    if (statusCode >= 400) errors++;
  });
  const result = await instance;
  return {
    p95: p95(times),
    p50: percentile(times, 0.5),
    max: Math.max(0, ...times),
    errors: errors + result.errors + result.timeouts,
  };
}

// ---- the run ----------------------------------------------------------------------------------------------

async function sampleNip(unitId: string): Promise<string> {
  const row = await prisma.official.findFirstOrThrow({
    where: { unitId, nip: { not: null } },
    orderBy: { id: "asc" },
    select: { nip: true },
  });
  return row.nip!;
}

/**
 * The deepest page of 100 officials sorted by unit that the user's scope fills (its only page where the scope holds
 * no more than 100). A page past the last is answered with a redirect to the last one, which autocannon (it does not
 * follow redirects) would time instead of the page, and the last page is shorter: a fixed page number measured a
 * redirect for every scope smaller than the country's.
 */
async function deepestFullPage(cookie: string): Promise<string> {
  const params = parseListParams({ sort: "unit", size: "100" });
  const response = await fetch(BASE + listHref("/pegawai", params, { page: 1_000_000 }), {
    headers: { Cookie: cookie },
    redirect: "manual",
  });
  const location = response.headers.get("location");
  if (!location) throw new Error(`/pegawai past its last page: ${response.status} without a redirect`);
  const last = parseListParams(new URL(location, BASE).searchParams).page;
  return listHref("/pegawai", params, { page: Math.max(1, last - 1) });
}

async function pagesOf(unitId: string, cookie: string): Promise<[string, string][]> {
  const nip = await sampleNip(unitId);
  return [
    // The least a signed-in page does: the session, the user and scope, the header and menu, and a small form.
    ["password form (signed-in shell)", "/akun/kata-sandi"],
    ["home", "/"],
    ["officials list", "/pegawai"],
    ["officials by unit, deep page", await deepestFullPage(cookie)],
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

async function measureRoute(
  serverPid: number,
  scope: string,
  page: string,
  urlPath: string,
  cookie?: string,
): Promise<RouteFigures> {
  const first = await probe(urlPath, cookie);
  // Warm-up: a route's first requests compile and optimise its code; with the few requests of --quick, one cold
  // request would be the p95.
  await load(urlPath, 1, 5, cookie);
  const before = sampleCpu(serverPid);
  const c1 = await load(urlPath, 1, AMOUNT.c1, cookie);
  const cpu = cpuBetween(before, sampleCpu(serverPid));
  const floorC1 = await load("/login", 1, AMOUNT.c1);
  const c20 = await load(urlPath, 20, AMOUNT.c20, cookie);
  const floorC20 = await load("/login", 20, AMOUNT.c20);
  const figures: RouteFigures = {
    scope,
    page,
    path: urlPath,
    status: first.status,
    statements: first.statements,
    htmlBytes: first.body ? first.bytes : 0,
    jsGzipBytes: first.body ? firstLoadJs(first.body) : 0,
    p95: { c1: c1.p95, c20: c20.p95 },
    p50c1: c1.p50,
    cpuMsC1: { server: cpu.server / AMOUNT.c1, database: cpu.database / AMOUNT.c1 },
    floor: { c1: floorC1.p95, c20: floorC20.p95 },
    errors: c1.errors + c20.errors + floorC1.errors + floorC20.errors,
  };
  console.error(
    `  ${scope.padEnd(9)} ${page.padEnd(30)} ${figures.status} ${String(figures.statements).padStart(3)} stmts ` +
      `${(figures.htmlBytes / 1024).toFixed(0).padStart(5)} KB  c1 ${c1.p95.toFixed(0)} ms (floor ${floorC1.p95.toFixed(0)})  ` +
      `c20 ${c20.p95.toFixed(0)} ms (floor ${floorC20.p95.toFixed(0)})  ` +
      `cpu ${figures.cpuMsC1.server.toFixed(1)} + ${figures.cpuMsC1.database.toFixed(1)} ms` +
      (figures.errors ? `  ${figures.errors} errors` : ""),
  );
  return figures;
}

async function timeDownload(urlPath: string, cookie: string): Promise<{ ms: number; bytes: number }> {
  const started = performance.now();
  const response = await fetch(BASE + urlPath, { headers: { Cookie: cookie } });
  const bytes = (await response.arrayBuffer()).byteLength;
  if (!response.ok) throw new Error(`${urlPath}: ${response.status}`);
  return { ms: performance.now() - started, bytes };
}

async function measureExport(
  format: string,
  cookie: string,
  othersCookie: string,
  server: ChildProcess,
  peak: { rss: number },
): Promise<ExportFigures> {
  const urlPath = `/api/pegawai/ekspor?format=${format}&status=all`;
  const first = await probe(urlPath, cookie);
  await sleep(1000);
  const idle = treeRssMb(server.pid!);
  let exportPeak = idle;
  const sampler = setInterval(() => (exportPeak = Math.max(exportPeak, treeRssMb(server.pid!))), 100);
  const runs: number[] = [];
  const before = sampleCpu(server.pid!);
  for (let i = 0; i < (QUICK ? 2 : 3); i++) runs.push((await timeDownload(urlPath, cookie)).ms);
  const cpu = cpuBetween(before, sampleCpu(server.pid!));
  const c1RssOverIdleMb = exportPeak - idle;
  exportPeak = treeRssMb(server.pid!);
  const [together, others] = await Promise.all([
    Promise.all(Array.from({ length: 20 }, () => timeDownload(urlPath, cookie))),
    load("/", 1, AMOUNT.c1, othersCookie),
  ]);
  clearInterval(sampler);
  peak.rss = Math.max(peak.rss, exportPeak);
  const figures: ExportFigures = {
    format,
    rows: OFFICIALS,
    bytes: first.bytes,
    statements: first.statements,
    c1Ms: p95(runs),
    cpuMsEach: { server: cpu.server / runs.length, database: cpu.database / runs.length },
    c1RssOverIdleMb,
    c20EachP95Ms: p95(together.map((run) => run.ms)),
    c20PeakRssMb: exportPeak,
    othersHomeP95Ms: others.p95,
    othersHomeMaxMs: others.max,
  };
  console.error(`  export ${format}: ${JSON.stringify(figures)}`);
  return figures;
}

async function main(): Promise<void> {
  const out = process.argv[2];
  if (!out) throw new Error("usage: http-scale.ts <figures.json>");
  const database = await createMigratedDatabase(`sek_bench_${SCALE}`);
  process.env.DATABASE_URL = database.url;
  process.env.DATABASE_POOL_MAX = "4";
  let server: ChildProcess | undefined;
  try {
    console.error(`[bench] ${SCALE}: loading data…`);
    const loadSeconds = await loadBenchData();
    const [assignments, auditRows] = await Promise.all([prisma.assignment.count(), prisma.auditLog.count()]);
    console.error(`[bench] ${SCALE}: loaded in ${loadSeconds.toFixed(0)} s; starting next start on ${PORT}`);
    server = startServer(database.url);
    await waitUntilUp();
    const cookies = new Map<string, string>();
    for (const user of BENCH_USERS) cookies.set(user.scope, await signIn(user.username));
    // Every page once before anything is timed: a fresh server loads and compiles its routes in the background for
    // a while, which made the first routes measured (the floor among them) look several times slower.
    await probe("/login");
    const pages = new Map<string, [string, string][]>();
    for (const user of BENCH_USERS) {
      pages.set(user.scope, await pagesOf(user.unitId, cookies.get(user.scope)!));
      for (const [, urlPath] of pages.get(user.scope)!) await probe(urlPath, cookies.get(user.scope));
    }
    await sleep(3000);
    const peak = { rss: 0 };
    const idle = treeRssMb(server.pid!);
    const sampler = setInterval(() => (peak.rss = Math.max(peak.rss, treeRssMb(server!.pid!))), 250);

    const routes: RouteFigures[] = [];
    routes.push(await measureRoute(server.pid!, "floor", "/icon.svg", "/icon.svg"));
    routes.push(await measureRoute(server.pid!, "floor", "/login", "/login"));
    for (const user of BENCH_USERS)
      for (const [page, urlPath] of pages.get(user.scope)!)
        routes.push(await measureRoute(server.pid!, user.scope, page, urlPath, cookies.get(user.scope)));
    const exports: ExportFigures[] = [];
    for (const format of ["csv", "xlsx"])
      exports.push(
        await measureExport(format, cookies.get("national")!, cookies.get("regency")!, server, peak),
      );
    // /login again at the end: the floor of the same run, after the load.
    routes.push(await measureRoute(server.pid!, "floor", "/login (after)", "/login"));
    clearInterval(sampler);
    await sleep(2000);
    const figures: ScaleFigures = {
      scale: SCALE,
      officials: OFFICIALS,
      units: UNITS.length,
      assignments,
      auditRows,
      loadSeconds,
      routes,
      exports,
      rssMb: { idle, peak: Math.max(peak.rss, treeRssMb(server.pid!)), final: treeRssMb(server.pid!) },
    };
    writeFileSync(out, JSON.stringify(figures, null, 2));
  } finally {
    if (server?.pid) {
      process.kill(-server.pid, "SIGTERM");
      await sleep(1000);
    }
    await prisma.$disconnect();
    await database.drop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});

/**
 * The bench anyone reruns after a change (`npm run bench`, `npm run bench -- --quick`): the production build
 * (built into .next-bench unless `--no-build` finds one there), then each scale in its own process (http-scale.ts:
 * NTB size, then national size; `--quick` runs the national scale only, with fewer requests), then one table of
 * the ratios of issue 13 and tests/bench/results/latest.json. It prints figures; it passes or fails nothing
 * (two shared cores make them noisy: each route is divided by `/login` timed right after it, and ratios compare
 * better across runs than milliseconds).
 */
import { spawnSync } from "node:child_process";
import { cpus, totalmem } from "node:os";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { CpuMs, RouteFigures, ScaleFigures } from "./http-scale";

const args = new Set(process.argv.slice(2));
const QUICK = args.has("--quick");
const DIST = process.env.BENCH_DIST_DIR ?? ".next-bench";
const RESULTS = path.join("tests", "bench", "results");

function build(): void {
  if (args.has("--no-build") && existsSync(path.join(DIST, "BUILD_ID"))) return;
  console.error(`[bench] next build into ${DIST}…`);
  const result = spawnSync("nice", ["npx", "next", "build"], {
    stdio: "inherit",
    env: { ...process.env, NEXT_DIST_DIR: DIST, NEXT_TELEMETRY_DISABLED: "1" },
  });
  if (result.status !== 0) throw new Error("next build failed");
}

function runScale(scale: string): ScaleFigures {
  const out = path.join(RESULTS, `scale-${scale}.json`);
  const result = spawnSync("npx", ["tsx", "--conditions=react-server", "tests/bench/http-scale.ts", out], {
    stdio: "inherit",
    env: { ...process.env, BENCH_SCALE: scale, BENCH_QUICK: QUICK ? "1" : "0", BENCH_DIST_DIR: DIST },
  });
  if (result.status !== 0) throw new Error(`the ${scale} scale failed`);
  return JSON.parse(readFileSync(out, "utf8")) as ScaleFigures;
}

const ms = (value: number) => (Number.isFinite(value) ? value.toFixed(0) : "–");
const ratio = (value: number) => (Number.isFinite(value) ? `${value.toFixed(1)}×` : "–");
const kb = (bytes: number) => (bytes ? (bytes / 1024).toFixed(0) : "–");
const cpu = ({ server, database }: CpuMs) => `${server.toFixed(1)} + ${database.toFixed(1)}`;

function table(national: ScaleFigures, ntb: ScaleFigures | undefined): string {
  const floors = national.routes.map((route) => route.floor.c1).sort((a, b) => a - b);
  const atNtb = (route: RouteFigures) =>
    ntb?.routes.find((other) => other.scope === route.scope && other.page === route.page);
  const lines = [
    `Each route is divided by \`/login\` timed right after it at the same concurrency (c1 floors of this run: ` +
      `${ms(floors[0]!)}–${ms(floors.at(-1)!)} ms, median ${ms(floors[Math.floor(floors.length / 2)]!)}).`,
    "",
    `| scope | page | c1 p50 ms | c1 p95 ms | c20 p95 ms | ÷ /login c1 | ÷ /login c20 | ÷ NTB c1 | CPU ms c1 (server + db) | statements (NTB) | HTML KB | JS KB gz |`,
    `|---|---|---|---|---|---|---|---|---|---|---|---|`,
  ];
  for (const route of national.routes) {
    const small = atNtb(route);
    lines.push(
      `| ${route.scope} | ${route.page}${route.status === 200 ? "" : ` (${route.status})`} | ${ms(route.p50c1)} | ${ms(route.p95.c1)} | ` +
        `${ms(route.p95.c20)} | ${ratio(route.p95.c1 / route.floor.c1)} | ${ratio(route.p95.c20 / route.floor.c20)} | ` +
        `${small ? ratio(route.p95.c1 / small.p95.c1) : "–"} | ${cpu(route.cpuMsC1)} | ${route.statements}${small ? ` (${small.statements})` : ""} | ` +
        `${kb(route.htmlBytes)} | ${kb(route.jsGzipBytes)} |`,
    );
  }
  lines.push(
    "",
    `| export (${national.officials} officials) | statements (NTB) | size MB | c1 ms | CPU ms (server + db) | RSS over idle MB | 20 at once: p95 each ms | peak RSS MB | others' home p95 (max) ms |`,
    `|---|---|---|---|---|---|---|---|---|`,
  );
  for (const item of national.exports) {
    const small = ntb?.exports.find((other) => other.format === item.format);
    lines.push(
      `| ${item.format} | ${item.statements}${small ? ` (${small.statements})` : ""} | ${(item.bytes / 1024 / 1024).toFixed(1)} | ` +
        `${ms(item.c1Ms)} | ${cpu(item.cpuMsEach)} | ${ms(item.c1RssOverIdleMb)} | ${ms(item.c20EachP95Ms)} | ${ms(item.c20PeakRssMb)} | ` +
        `${ms(item.othersHomeP95Ms)} (${ms(item.othersHomeMaxMs)}) |`,
    );
  }
  lines.push(
    "",
    `Server RSS (national): idle ${ms(national.rssMb.idle)} MB, peak ${ms(national.rssMb.peak)} MB, after the bench ${ms(national.rssMb.final)} MB.`,
  );
  return lines.join("\n");
}

function main(): void {
  mkdirSync(RESULTS, { recursive: true });
  build();
  const ntb = QUICK ? undefined : runScale("ntb");
  const national = runScale("national");
  const machine = {
    cpus: cpus().length,
    cpu: cpus()[0]?.model ?? "unknown",
    memoryGb: Math.round(totalmem() / 1024 ** 3),
    node: process.version,
  };
  const text = table(national, ntb);
  console.log(
    `\nBench ${new Date().toISOString()} (${QUICK ? "quick" : "full"}), ${machine.cpus} × ${machine.cpu}, ` +
      `${machine.memoryGb} GB, Node ${machine.node}; national: ${national.officials} officials, ${national.units} units, ` +
      `${national.assignments} assignments, ${national.auditRows} audit rows\n\n${text}`,
  );
  writeFileSync(
    path.join(RESULTS, "latest.json"),
    JSON.stringify(
      { at: new Date().toISOString(), quick: QUICK, machine, national, ntb, table: text },
      null,
      2,
    ),
  );
}

main();

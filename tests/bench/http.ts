/**
 * The bench anyone reruns after a change (`npm run bench`, `npm run bench -- --quick`): the production build
 * (built into .next-bench unless `--no-build` finds one there), a scratch database per size (scale-database.ts, NTB
 * size and national size), the build started on both and every route measured side by side (http-measure.ts; `--quick`
 * sends fewer requests, `--only=<name>` measures only the pages whose name holds it), then one table of the ratios
 * of issue 13 and tests/bench/results/latest.json (a full run's; quick.json for the others, not committed). It prints
 * figures; it passes or fails nothing (two shared cores make them noisy: each route is divided by `/login` and by its
 * NTB self requested in turns with it, and ratios compare better across runs than milliseconds).
 */
import { spawnSync } from "node:child_process";
import { cpus, totalmem } from "node:os";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { dropDatabase } from "../support/scratch-database";
import { measure, type BenchFigures } from "./http-measure";
import { stopAllServers } from "./bench-server";
import { formatCpu } from "./proc";
import type { ScaleDatabase } from "./scale-database";

const args = new Set(process.argv.slice(2));
const QUICK = args.has("--quick");
const ONLY = [...args].find((arg) => arg.startsWith("--only="))?.slice("--only=".length);
const DIST = process.env.BENCH_DIST_DIR ?? ".next-bench";
const PORT = Number(process.env.BENCH_PORT ?? 3313);
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

function loadScale(scale: string): ScaleDatabase {
  const out = path.join(RESULTS, `scale-${scale}.json`);
  const result = spawnSync(
    "npx",
    ["tsx", "--conditions=react-server", "tests/bench/scale-database.ts", out],
    {
      stdio: "inherit",
      env: { ...process.env, BENCH_SCALE: scale },
    },
  );
  if (result.status !== 0) throw new Error(`loading the ${scale} size failed`);
  return JSON.parse(readFileSync(out, "utf8")) as ScaleDatabase;
}

const ms = (value: number) => (Number.isFinite(value) ? value.toFixed(0) : "–");
const ratio = (value: number) => (Number.isFinite(value) ? `${value.toFixed(1)}×` : "–");
const kb = (bytes: number) => (bytes ? (bytes / 1024).toFixed(0) : "–");

function table({ routes, exports, rssMb }: BenchFigures, officials: number): string {
  const floors = routes.map((route) => route.national.floor.c1).sort((a, b) => a - b);
  const lines = [
    `Each route is divided by \`/login\` and by its NTB-size self, both requested in turns with it (c1 floors of ` +
      `this run: ${ms(floors[0]!)}–${ms(floors.at(-1)!)} ms, median ${ms(floors[Math.floor(floors.length / 2)]!)}).`,
    "",
    `| scope | page | c1 p50 ms | c1 p95 ms | c20 p95 ms | ÷ /login c1 | ÷ /login c20 | ÷ NTB c1 | ÷ NTB c20 | CPU ms c1 (server + db) | CPU NTB | statements (NTB) | HTML KB (NTB) | JS KB gz |`,
    `|---|---|---|---|---|---|---|---|---|---|---|---|---|---|`,
  ];
  for (const { scope, page, jsGzipBytes, national: big, ntb } of routes) {
    lines.push(
      `| ${scope} | ${page}${big.status === 200 ? "" : ` (${big.status})`} | ${ms(big.p50c1)} | ${ms(big.p95.c1)} | ` +
        `${ms(big.p95.c20)} | ${ratio(big.p95.c1 / big.floor.c1)} | ${ratio(big.p95.c20 / big.floor.c20)} | ` +
        `${ratio(big.p95.c1 / ntb.p95.c1)} | ${ratio(big.p95.c20 / ntb.p95.c20)} | ${formatCpu(big.cpuMsC1)} | ${formatCpu(ntb.cpuMsC1)} | ` +
        `${big.statements} (${ntb.statements}) | ${kb(big.htmlBytes)} (${kb(ntb.htmlBytes)}) | ${kb(jsGzipBytes)} |`,
    );
  }
  if (exports.length > 0)
    lines.push(
      "",
      `| export (${officials} officials) | statements (NTB) | size MB | c1 ms | CPU ms (server + db) | RSS over idle MB | 20 at once: p95 each ms | peak RSS MB | others' home p95 (max) ms |`,
      `|---|---|---|---|---|---|---|---|---|`,
    );
  for (const item of exports) {
    lines.push(
      `| ${item.format} | ${item.statements} (${item.ntbStatements}) | ${(item.bytes / 1024 / 1024).toFixed(1)} | ` +
        `${ms(item.c1Ms)} | ${formatCpu(item.cpuMsEach)} | ${ms(item.c1RssOverIdleMb)} | ${ms(item.c20EachP95Ms)} | ${ms(item.c20PeakRssMb)} | ` +
        `${ms(item.othersHomeP95Ms)} (${ms(item.othersHomeMaxMs)}) |`,
    );
  }
  lines.push(
    "",
    `Server RSS (national): idle ${ms(rssMb.idle)} MB, peak ${ms(rssMb.peak)} MB, after the bench ${ms(rssMb.final)} MB.`,
  );
  return lines.join("\n");
}

/** The scratch databases loaded so far: dropped at the end, or when the run is interrupted. */
const loaded: ScaleDatabase[] = [];

// The servers run in their own process groups, which Ctrl-C does not reach, and a signal ends this process without
// its `finally`: without this an interrupted run left both servers on their ports and both databases behind.
// Ctrl-C reaches npm, tsx and this process alike, and tsx passes its own on: later signals wait for the first one's work.
let interrupted = false;
for (const signal of ["SIGINT", "SIGTERM"] as const)
  process.on(signal, () => {
    if (interrupted) return;
    interrupted = true;
    console.error(`[bench] ${signal}: stopping the servers and dropping the scratch databases`);
    stopAllServers();
    void Promise.allSettled(loaded.map((database) => dropDatabase(database.url))).finally(() =>
      process.exit(130),
    );
  });

async function main(): Promise<void> {
  mkdirSync(RESULTS, { recursive: true });
  build();
  try {
    loaded.push(loadScale("ntb"));
    loaded.push(loadScale("national"));
    const [ntb, national] = loaded as [ScaleDatabase, ScaleDatabase];
    const figures = await measure(
      { national, ntb },
      { quick: QUICK, only: ONLY, dist: DIST, ports: { national: PORT, ntb: PORT + 1 } },
    );
    const machine = {
      cpus: cpus().length,
      cpu: cpus()[0]?.model ?? "unknown",
      memoryGb: Math.round(totalmem() / 1024 ** 3),
      node: process.version,
    };
    const text = table(figures, national.officials);
    const size = (scale: ScaleDatabase) =>
      `${scale.officials} officials, ${scale.units} units, ${scale.assignments} assignments, ${scale.auditRows} audit rows`;
    console.log(
      `\nBench ${new Date().toISOString()} (${QUICK ? "quick" : "full"}${ONLY ? `, only "${ONLY}"` : ""}), ${machine.cpus} × ${machine.cpu}, ` +
        `${machine.memoryGb} GB, Node ${machine.node}; national: ${size(national)}; NTB: ${size(ntb)}\n\n${text}`,
    );
    writeFileSync(
      // The README's tables come from a full run: a partial one does not replace its figures.
      path.join(RESULTS, QUICK || ONLY ? "quick.json" : "latest.json"),
      JSON.stringify(
        {
          at: new Date().toISOString(),
          quick: QUICK,
          only: ONLY,
          machine,
          // Without the scratch databases' names: they are dropped after the run.
          sizes: { national: { ...national, url: undefined }, ntb: { ...ntb, url: undefined } },
          ...figures,
          table: text,
        },
        null,
        2,
      ),
    );
  } finally {
    for (const database of loaded) await dropDatabase(database.url).catch(() => undefined);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});

/**
 * `npm test`: unit, integration, the production build, then end-to-end and the several-instances run
 * (playwright.instances.config.ts), each streaming its usual output, then one summary. The last line is
 * `N passed, N failed[, N skipped]` over all suites. Exits non-zero when a test failed or was skipped, a stage
 * crashed (counted as one failure, as it hides an unknown number of tests) or no test ran.
 */
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

const ROOT = path.resolve(__dirname, "..");
const BIN = path.join(ROOT, "node_modules/.bin");

interface StageResult {
  name: string;
  passed: number;
  failed: number;
  skipped: number;
  /** Why the stage produced no trustworthy count, if it did not. */
  problem?: string;
  note?: string;
}

function run(command: string, args: string[], env: Record<string, string> = {}): Promise<number> {
  console.log(`\n━━ ${path.basename(command)} ${args.join(" ")}\n`);
  return new Promise((resolve) => {
    const child = spawn(command, args, {
      cwd: ROOT,
      stdio: ["ignore", "inherit", "inherit"],
      env: { ...process.env, ...env },
    });
    child.on("error", (error) => {
      console.error(`Could not start ${command}: ${error.message}`);
      resolve(127);
    });
    child.on("close", (code, signal) => resolve(code ?? (signal ? 128 : 1)));
  });
}

function readJson<T>(file: string): T | undefined {
  if (!existsSync(file)) return undefined;
  try {
    return JSON.parse(readFileSync(file, "utf8")) as T;
  } catch {
    return undefined;
  }
}

/** A non-zero exit without a failed test means something other than a test broke: a file that did not load, setup. */
function judge(result: StageResult, exitCode: number, tool: string): StageResult {
  if (exitCode !== 0 && result.failed === 0 && !result.problem) {
    result.problem = `${tool} exited with code ${exitCode} although no test failed (setup, a file that did not load, or an unhandled error: see its output above)`;
  }
  return result;
}

interface VitestJson {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  numTodoTests: number;
}

async function vitestStage(project: string, reportDir: string): Promise<StageResult> {
  const report = path.join(reportDir, `${project}.json`);
  const code = await run(path.join(BIN, "vitest"), [
    "run",
    "--project",
    project,
    "--reporter=default",
    "--reporter=json",
    `--outputFile.json=${report}`,
  ]);
  const json = readJson<VitestJson>(report);
  if (!json)
    return {
      name: project,
      passed: 0,
      failed: 0,
      skipped: 0,
      problem: `vitest (exit ${code}) wrote no report`,
    };
  const result = {
    name: project,
    passed: json.numPassedTests,
    failed: json.numFailedTests,
    skipped: json.numPendingTests + json.numTodoTests,
  };
  return judge(result, code, "vitest");
}

async function buildStage(): Promise<StageResult> {
  const result: StageResult = { name: "build", passed: 0, failed: 0, skipped: 0 };
  if (process.env.SKIP_BUILD === "1") {
    const built = existsSync(path.join(ROOT, process.env.NEXT_DIST_DIR || ".next", "BUILD_ID"));
    return {
      ...result,
      note: `skipped (SKIP_BUILD=1); ${built ? "using the existing .next build" : "no .next build exists"}`,
    };
  }
  const code = await run(path.join(BIN, "next"), ["build"], { NEXT_TELEMETRY_DISABLED: "1" });
  return code === 0 ? { ...result, note: "ok" } : { ...result, problem: `next build failed (exit ${code})` };
}

interface PlaywrightJson {
  stats: { expected: number; unexpected: number; flaky: number; skipped: number };
  errors?: { message?: string }[];
}

/** A Playwright run: the main end-to-end suite, or another config (`instances`: two servers on one database). */
async function e2eStage(reportDir: string, name = "e2e", config?: string): Promise<StageResult> {
  const report = path.join(reportDir, `${name}.json`);
  const configArgs = config ? ["--config", config] : [];
  const code = await run(path.join(BIN, "playwright"), ["test", ...configArgs, "--reporter=list,json"], {
    PLAYWRIGHT_JSON_OUTPUT_FILE: report,
  });
  const json = readJson<PlaywrightJson>(report);
  if (!json)
    return {
      name,
      passed: 0,
      failed: 0,
      skipped: 0,
      problem: `playwright (exit ${code}) wrote no report: see its output above`,
    };
  const { expected, unexpected, flaky, skipped } = json.stats;
  const result: StageResult = { name, passed: expected + flaky, failed: unexpected, skipped };
  if (flaky) result.note = `${flaky} passed only on retry`;
  if (json.errors?.length && unexpected === 0) {
    result.problem = `playwright reported errors outside tests: ${json.errors.map((e) => e.message?.split("\n")[0]).join("; ")}`;
  }
  return judge(result, code, "playwright");
}

function summaryLine(stage: StageResult): string {
  const counts = `${stage.passed} passed, ${stage.failed} failed${stage.skipped ? `, ${stage.skipped} skipped` : ""}`;
  const parts = stage.name === "build" && !stage.problem ? [] : [counts];
  if (stage.note) parts.push(stage.note);
  if (stage.problem) parts.push(`FAILED: ${stage.problem} (counted as 1 failure)`);
  return `  ${stage.name.padEnd(12)} ${parts.join("; ")}`;
}

async function main(): Promise<void> {
  const reportDir = mkdtempSync(path.join(tmpdir(), "sek-test-reports-"));
  const stages: StageResult[] = [];
  try {
    stages.push(await vitestStage("unit", reportDir));
    stages.push(await vitestStage("integration", reportDir));
    const build = await buildStage();
    stages.push(build);
    // A failed build may leave an older one behind: testing that would report on code that is not this code.
    for (const [name, config] of [["e2e"], ["instances", "playwright.instances.config.ts"]] as const) {
      stages.push(
        build.problem
          ? { name, passed: 0, failed: 0, skipped: 0, problem: "not run, because the build failed" }
          : await e2eStage(reportDir, name, config),
      );
    }
  } finally {
    rmSync(reportDir, { recursive: true, force: true });
  }

  const passed = stages.reduce((sum, s) => sum + s.passed, 0);
  const failed = stages.reduce((sum, s) => sum + s.failed + (s.problem ? 1 : 0), 0);
  const skipped = stages.reduce((sum, s) => sum + s.skipped, 0);

  console.log("\n━━ Summary");
  for (const stage of stages) console.log(summaryLine(stage));
  if (skipped) console.log("  Skipped tests count against the run: remove the skip or the test.");
  if (passed + failed === 0) console.log("  No test ran at all.");
  console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}`);

  process.exitCode = failed > 0 || skipped > 0 || passed === 0 ? 1 : 0;
}

main().catch((error: unknown) => {
  console.error(error);
  console.log("0 passed, 1 failed");
  process.exitCode = 1;
});

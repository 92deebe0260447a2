/**
 * The XLSX bomb of issue 11 (880 KB, 361 MB of shared strings) read by the import's bounded reader, one at a time
 * and five at once, declaring its size and lying about it: prints how long each refusal took and how much the
 * process grew. Asserts nothing; tests/integration/hostile-uploads.test.ts asserts the mechanism. Run:
 * `npx tsx --conditions=react-server tests/bench/xlsx-bomb.ts`.
 */
// First: lets the spreadsheet worker start from its TypeScript source, as Next bundles it in the app.
import "../support/typescript-workers";
import { readImportTable } from "@/lib/officials/import/read-table";
import { honestBomb, lyingBomb } from "../support/xlsx-bomb";

async function measure(label: string, files: Uint8Array[]): Promise<void> {
  const start = process.memoryUsage().rss;
  let peak = start;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 2);
  const started = performance.now();
  const results = await Promise.all(
    files.map((bytes) => readImportTable({ fileName: "pegawai.xlsx", bytes })),
  );
  const ms = performance.now() - started;
  clearInterval(timer);
  const refusals = results.map((result) => (result.ok ? "taken!" : result.problem.key.split(".").pop()));
  console.log(
    `${label.padEnd(28)} ${ms.toFixed(0).padStart(6)} ms   rss +${((peak - start) / 1e6).toFixed(0).padStart(4)} MB   ${refusals.join(", ")}`,
  );
}

async function main(): Promise<void> {
  const honest = await honestBomb();
  const lying = await lyingBomb();
  console.log(`file ${(honest.length / 1000).toFixed(0)} KB, shared strings 361 MB unpacked`);
  await measure("declared, one", [honest]);
  await measure("declared, five at once", Array(5).fill(honest));
  await measure("lying, one", [lying]);
  await measure("lying, five at once", Array(5).fill(lying));
}

void main();

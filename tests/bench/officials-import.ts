/**
 * How long the officials import (impor pegawai) takes to check and commit 1,000 and 5,000 rows (the documented
 * maximum), in a scratch database dropped at the end. Prints the figures and the commit's share of its transaction
 * timeout; asserts nothing (figures depend on the machine). Run:
 * `npm run bench:import`; BENCH_IMPORT_ROWS="1000,5000" sets the sizes.
 */
// First: lets the spreadsheet worker start from its TypeScript source, as Next bundles it in the app.
import "../support/typescript-workers";
import { prisma } from "@/lib/db/client";
import { commitInput, commitOfficialImport, IMPORT_TIMEOUT_MS } from "@/lib/officials/import/commit";
import { planImportFile } from "@/lib/officials/import/load-plan";
import { createMigratedDatabase } from "../support/scratch-database";
import { staffListCsv } from "../support/import-rows";

const SIZES = (process.env.BENCH_IMPORT_ROWS ?? "1000,5000").split(",").map(Number);

async function main(): Promise<void> {
  const database = await createMigratedDatabase("sek_bench_import");
  process.env.DATABASE_URL = database.url;
  process.env.DATABASE_POOL_MAX = database.embedded ? "1" : "5";
  const { createUnit, createUser, currentUser } = await import("../integration/db-utils");
  try {
    for (const [round, size] of SIZES.entries()) {
      const province = await createUnit({ level: "PROVINCE" });
      const regency = await createUnit({ parent: province });
      const user = await currentUser((await createUser({ role: "STAFF", unitId: regency.id })).id);
      const file = staffListCsv(size, regency.code, round * 10);

      let started = performance.now();
      const planned = await planImportFile(user, file);
      const previewMs = performance.now() - started;
      if (!planned.ok || planned.plan.summary.invalid > 0) throw new Error("the generated file has problems");

      started = performance.now();
      const read = await commitInput(file, { sha256: file.sha256, digest: planned.plan.digest });
      if (!read.ok) throw new Error(read.problem.key);
      const result = await commitOfficialImport.execute(user, read.input);
      const commitMs = performance.now() - started;
      if (!result.ok) throw new Error(JSON.stringify(result));

      started = performance.now();
      const again = await planImportFile(user, file);
      const replanMs = performance.now() - started;
      console.log(
        `${String(size).padStart(5)} rows   preview ${previewMs.toFixed(0).padStart(6)} ms   commit ${commitMs
          .toFixed(0)
          .padStart(
            6,
          )} ms (${((commitMs / IMPORT_TIMEOUT_MS) * 100).toFixed(0)}% of the ${IMPORT_TIMEOUT_MS / 1000} s timeout)   re-check ${replanMs
          .toFixed(0)
          .padStart(
            6,
          )} ms   created ${result.data.created}, unchanged on re-check ${again.ok ? again.plan.summary.unchanged : "?"}`,
      );
    }
  } finally {
    await prisma.$disconnect();
    await database.drop();
  }
}

void main();

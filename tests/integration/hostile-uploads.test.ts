/**
 * Issue 11, finding 1: an 880 KB workbook whose shared-strings part unpacks to 361 MB, sent to the import preview,
 * five at once. Each is refused with the clear message by the bounded ZIP reader (its central directory when the
 * part declares its size, the counted inflate when it lies), before exceljs sees it; the process does not grow.
 * Finding 6: a file name with a NUL byte is stored clean.
 */
import { createTranslator } from "use-intl/core";
import { describe, expect, it } from "vitest";
import type { SubmitContext } from "@/lib/actions/submit";
import type { Translate } from "@/lib/i18n/translate";
import { messagesFor } from "@/lib/i18n/messages";
import { runPreview } from "@/lib/officials/import/page-actions";
import { Deadline } from "@/lib/uploads/deadline";
import { readFormFile } from "@/lib/uploads/form-file";
import { SPREADSHEET_ARCHIVE_LIMITS } from "@/lib/uploads/limits";
import { UploadRefusedError } from "@/lib/uploads/upload-refused";
import { inspectZip } from "@/lib/uploads/zip-archive";
import { declaredBytes, honestBomb, lyingBomb } from "../support/xlsx-bomb";
import { createProvinceWithRegencies, createUser, currentUser } from "./db-utils";

async function refusalOf(work: Promise<unknown>): Promise<string> {
  try {
    await work;
  } catch (error) {
    if (error instanceof UploadRefusedError) return error.refusal;
    throw error;
  }
  throw new Error("the file was taken");
}

async function clerk(): Promise<SubmitContext> {
  const { regencyA } = await createProvinceWithRegencies();
  const user = await currentUser((await createUser({ role: "STAFF", unitId: regencyA.id })).id);
  const t = createTranslator({ locale: "id", messages: messagesFor("id") }) as unknown as Translate;
  return { user, t, revalidatePath: () => undefined };
}

function formWith(bytes: Uint8Array): FormData {
  const form = new FormData();
  form.set("file", new File([new Uint8Array(bytes)], "pegawai.xlsx"));
  return form;
}

/** The process's largest resident size while `work` runs, sampled every few milliseconds. */
async function peakGrowth<T>(work: () => Promise<T>): Promise<{ result: T; growth: number }> {
  const start = process.memoryUsage().rss;
  let peak = start;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 5);
  try {
    const result = await work();
    peak = Math.max(peak, process.memoryUsage().rss);
    return { result, growth: peak - start };
  } finally {
    clearInterval(timer);
  }
}

describe("an XLSX whose shared strings unpack to 361 MB", () => {
  it("is the issue's shape: under 900 KB, 361 MB of shared strings", async () => {
    const bytes = await honestBomb();
    expect(bytes.length).toBeGreaterThan(850_000);
    expect(bytes.length).toBeLessThan(900_000);
    expect(declaredBytes(bytes)).toBeGreaterThan(361_000_000);
  });

  it("declaring its size, is refused from the central directory; lying about it, by the counted inflate", async () => {
    const limits = SPREADSHEET_ARCHIVE_LIMITS;
    expect(await refusalOf(inspectZip(await honestBomb(), { limits, deadline: new Deadline() }))).toBe(
      "unpackedTooLarge",
    );
    const liar = await lyingBomb();
    // The directory passes it: what it declares is within the limit, so the refusal can only come from counting.
    expect(declaredBytes(liar)).toBeLessThan(limits.maxUnpackedBytes);
    expect(await refusalOf(inspectZip(liar, { limits, deadline: new Deadline() }))).toBe("unpackedTooLarge");
  });

  it("five at once through the import preview: each refused with the clear message, and the process does not grow", async () => {
    const context = await clerk();
    const files = [
      await honestBomb(),
      await lyingBomb(),
      await lyingBomb(),
      await honestBomb(),
      await lyingBomb(),
    ];
    const { result: previews, growth } = await peakGrowth(() =>
      Promise.all(files.map((bytes) => runPreview(formWith(bytes), context))),
    );
    const message = context.t("uploads.errors.unpackedTooLarge", { size: "25 MB" });
    for (const preview of previews) {
      expect(preview.ok).toBe(true);
      expect(preview.preview?.problems).toEqual([{ rowNumber: null, column: null, message }]);
      expect(preview.preview?.rows).toEqual([]);
    }
    // Five inflated copies would be 1.8 GB; the bounded reader keeps nothing it counts.
    expect(growth).toBeLessThan(150_000_000);
  });
});

describe("an upload's file name", () => {
  it("with a NUL byte and other control characters is stored without them", async () => {
    const file = new File([new TextEncoder().encode("Nama\n")], "pega\u0000wai\u0007.csv");
    expect((await readFormFile(file, { maxBytes: 1_000 })).fileName).toBe("pegawai.csv");
    expect((await readFormFile(new File(["x"], "\u0000"), { maxBytes: 1_000 })).fileName).toBe("berkas");
  });
});

import { Worker } from "node:worker_threads";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { Deadline } from "@/lib/uploads/deadline";
import { readFormFile } from "@/lib/uploads/form-file";
import { runInWorker, WORKER_SLOTS } from "@/lib/uploads/run-in-worker";
import { SPREADSHEET_ARCHIVE_LIMITS } from "@/lib/uploads/limits";
import { readSpreadsheet } from "@/lib/uploads/spreadsheet";
import { UploadRefusedError, type UploadRefusal } from "@/lib/uploads/upload-refused";
import { inspectZip } from "@/lib/uploads/zip-archive";
import { bomb, buildZip, deflated, type RawEntry } from "../support/zip-builder";

const utf8 = (text: string) => new TextEncoder().encode(text);

/** The refusal a promise ends with, and how long it took to say so. */
async function refusalOf(
  work: Promise<unknown>,
): Promise<{ refusal: UploadRefusal; params: object; ms: number }> {
  const start = performance.now();
  try {
    await work;
  } catch (error) {
    if (error instanceof UploadRefusedError) {
      return { refusal: error.refusal, params: error.params, ms: performance.now() - start };
    }
    throw error;
  }
  throw new Error("the upload was taken");
}

/** The entries of a real workbook, as an XLSX bomb would carry them beside its payload. */
async function workbookEntries(): Promise<RawEntry[]> {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet("Pegawai").addRow(["Nama", "NIP"]);
  const zip = await JSZip.loadAsync(await workbook.xlsx.writeBuffer());
  const files = Object.values(zip.files).filter((file) => !file.dir);
  return Promise.all(files.map(async (file) => deflated(file.name, await file.async("uint8array"))));
}

// A megabyte of what a bomb's sheet is made of: whitespace between rows, which deflate packs best (about 1:1000).
const ROWS = `<row r="2"><c r="A2"><v>1</v></c></row>${" ".repeat(1_000_000)}`;

describe("an XLSX zip bomb", () => {
  it("is refused from its central directory, before a byte is inflated and before exceljs sees it", async () => {
    const entries = await workbookEntries();
    const sheet = "xl/worksheets/sheet1.xml";
    // The file: under a megabyte on the wire, 361 MB once unpacked.
    const payload = bomb(sheet, ROWS, 361);
    const bytes = buildZip([...entries.filter((entry) => entry.name !== sheet), payload]);
    expect(bytes.length).toBeLessThan(1_000_000);
    expect(payload.size).toBeGreaterThan(361_000_000);

    const { refusal, params, ms } = await refusalOf(
      readSpreadsheet({ fileName: "pegawai.xlsx", bytes }, { maxDataRows: 5000 }),
    );
    expect(refusal).toBe("unpackedTooLarge");
    expect(params).toEqual({ size: "25 MB" });
    // Starting the worker that runs exceljs alone takes longer than this: it never started.
    expect(ms).toBeLessThan(100);
  });

  it("that lies about its size in the central directory is cut off while inflating", async () => {
    const entries = await workbookEntries();
    const sheet = "xl/worksheets/sheet1.xml";
    const liar = bomb(sheet, ROWS, 361, 10_000);
    const bytes = buildZip([...entries.filter((entry) => entry.name !== sheet), liar]);

    const { refusal, ms } = await refusalOf(
      readSpreadsheet({ fileName: "pegawai.xlsx", bytes }, { maxDataRows: 5000 }),
    );
    expect(refusal).toBe("unpackedTooLarge");
    expect(ms).toBeLessThan(200);
  });

  it("is inflated off the event loop while within the limits: timers keep firing", async () => {
    const bytes = buildZip([bomb("xl/worksheets/sheet1.xml", ROWS, 24)]);
    let longestGap = 0;
    let last = performance.now();
    const timer = setInterval(() => {
      const now = performance.now();
      longestGap = Math.max(longestGap, now - last);
      last = now;
    }, 5);
    const inspection = await inspectZip(bytes, {
      limits: SPREADSHEET_ARCHIVE_LIMITS,
      deadline: new Deadline(),
    });
    clearInterval(timer);
    expect(inspection.unpackedBytes).toBeGreaterThan(24_000_000);
    expect(longestGap).toBeLessThan(200);
  });

  it("whose entries share one compressed kernel is refused as unreadable", async () => {
    const kernel = bomb("a.xml", ROWS, 1);
    const bytes = buildZip([kernel, { ...kernel, name: "b.xml", sharesDataWith: "a.xml" }]);
    const { refusal } = await refusalOf(
      inspectZip(bytes, { limits: SPREADSHEET_ARCHIVE_LIMITS, deadline: new Deadline() }),
    );
    expect(refusal).toBe("unreadable");
  });
});

describe("the bounds of an upload", () => {
  it("byte size: checked before the bytes are read; an empty field is missing", async () => {
    const file = new File([new Uint8Array(1_001)], "pegawai.csv");
    expect(await refusalOf(readFormFile(file, { maxBytes: 1_000 }))).toMatchObject({
      refusal: "tooLarge",
      params: { size: "1 KB" },
    });
    expect(await refusalOf(readFormFile(new File([], "x.csv"), { maxBytes: 1_000 }))).toMatchObject({
      refusal: "missing",
    });
    expect(await refusalOf(readFormFile(null, { maxBytes: 1_000 }))).toMatchObject({ refusal: "missing" });
    const taken = await readFormFile(new File([utf8("Nama\n")], "../../pegawai.csv"), { maxBytes: 1_000 });
    expect(taken).toMatchObject({ fileName: "pegawai.csv", bytes: utf8("Nama\n") });
    expect(taken.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it("entries: a package with more than the limit is refused before any is read", async () => {
    const entries = Array.from({ length: SPREADSHEET_ARCHIVE_LIMITS.maxEntries + 1 }, (_, index) =>
      deflated(`part${index}.xml`, "<x/>"),
    );
    expect(
      await refusalOf(
        inspectZip(buildZip(entries), { limits: SPREADSHEET_ARCHIVE_LIMITS, deadline: new Deadline() }),
      ),
    ).toMatchObject({ refusal: "tooManyEntries", params: { max: 500 } });
    const allowed = entries.slice(0, SPREADSHEET_ARCHIVE_LIMITS.maxEntries);
    const inspection = await inspectZip(buildZip(allowed), {
      limits: SPREADSHEET_ARCHIVE_LIMITS,
      deadline: new Deadline(),
      keep: ["part7.xml"],
    });
    expect(new TextDecoder().decode(inspection.kept.get("part7.xml"))).toBe("<x/>");
  });

  it("unpacked size: the sum of all entries counts, not each alone", async () => {
    const half = bomb("a.xml", ROWS, 13);
    const bytes = buildZip([half, { ...half, name: "b.xml" }]);
    expect(
      await refusalOf(inspectZip(bytes, { limits: SPREADSHEET_ARCHIVE_LIMITS, deadline: new Deadline() })),
    ).toMatchObject({ refusal: "unpackedTooLarge" });
    expect(
      (await inspectZip(buildZip([half]), { limits: SPREADSHEET_ARCHIVE_LIMITS, deadline: new Deadline() }))
        .unpackedBytes,
    ).toBe(half.size);
  });

  it("rows: one data row more than allowed is refused; the header does not count", async () => {
    const csv = (rows: number) => utf8(`Nama\n${"Pegawai\n".repeat(rows)}`);
    expect(
      await refusalOf(readSpreadsheet({ fileName: "p.csv", bytes: csv(11) }, { maxDataRows: 10 })),
    ).toMatchObject({ refusal: "tooManyRows", params: { max: 10 } });
    expect(await readSpreadsheet({ fileName: "p.csv", bytes: csv(10) }, { maxDataRows: 10 })).toHaveLength(
      11,
    );

    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Pegawai");
    for (let row = 0; row < 12; row += 1) sheet.addRow([`Pegawai ${row}`]);
    const xlsx = new Uint8Array(await workbook.xlsx.writeBuffer());
    expect(
      await refusalOf(readSpreadsheet({ fileName: "p.xlsx", bytes: xlsx }, { maxDataRows: 10 })),
    ).toMatchObject({ refusal: "tooManyRows" });
  });

  it("time: past the deadline the worker is terminated, so the parse stops, with a clear refusal", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Pegawai");
    for (let row = 0; row < 5000; row += 1) sheet.addRow([`Pegawai ${row}`, "197805122005012003", "Mataram"]);
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());

    const { refusal, params, ms } = await refusalOf(
      readSpreadsheet({ fileName: "p.xlsx", bytes }, { maxDataRows: 5000, deadline: new Deadline(300) }),
    );
    expect(refusal).toBe("tooSlow");
    expect(params).toEqual({ seconds: 1 });
    expect(ms).toBeLessThan(1_000);
  });

  it("type: an XLSX name on something else is not parsed", async () => {
    expect(
      await refusalOf(readSpreadsheet({ fileName: "p.xlsx", bytes: utf8("Nama,NIP") }, { maxDataRows: 10 })),
    ).toMatchObject({ refusal: "unreadable" });
    expect(
      await refusalOf(readSpreadsheet({ fileName: "p.xls", bytes: utf8("x") }, { maxDataRows: 10 })),
    ).toMatchObject({ refusal: "unsupportedType" });
    const docx = buildZip([deflated("[Content_Types].xml", "<Types/>")]);
    expect(
      await refusalOf(readSpreadsheet({ fileName: "p.csv", bytes: docx }, { maxDataRows: 10 })),
    ).toMatchObject({ refusal: "unsupportedType" });
  });

  it("turns: with every worker slot taken, a file waits within its deadline, then is told the server is busy", async () => {
    const hang = () => new Worker("setInterval(() => {}, 1000);", { eval: true });
    const running = Array.from({ length: WORKER_SLOTS }, () =>
      refusalOf(runInWorker(hang, null, new Deadline(1_500))),
    );
    const waiting = await refusalOf(runInWorker(hang, null, new Deadline(200)));
    expect(waiting.refusal).toBe("busy");
    for (const { refusal } of await Promise.all(running)) expect(refusal).toBe("tooSlow");
  });

  it("memory: a worker that outgrows its heap dies alone, and the file is refused", async () => {
    const greedy = () =>
      new Worker("const kept = []; for (;;) kept.push(new Array(100_000).fill(kept.length));", {
        eval: true,
        resourceLimits: { maxOldGenerationSizeMb: 32 },
      });
    expect(await refusalOf(runInWorker(greedy, null, new Deadline(10_000)))).toMatchObject({
      refusal: "unpackedTooLarge",
    });
  });
});

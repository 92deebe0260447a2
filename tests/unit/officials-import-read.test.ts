import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readDate, readNip, readPhone, readStatus } from "@/lib/officials/import/cells";
import { matchHeaders } from "@/lib/officials/import/columns";
import { mapRow } from "@/lib/officials/import/map-row";
import { readImportTable } from "@/lib/officials/import/read-table";
import { buildTemplate } from "@/lib/officials/import/template";
import type { Table } from "@/lib/officials/import/table";
import type { Cell } from "@/lib/uploads/spreadsheet-cells";

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "impor-pegawai-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Writes a workbook to the temp dir as a clerk's file would arrive, and reads its bytes back. */
async function xlsxFile(
  fill: (sheet: ExcelJS.Worksheet) => void,
  patchXml?: (xml: string) => string,
): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  fill(workbook.addWorksheet("Pegawai"));
  const file = path.join(dir, `pegawai-${Math.random().toString(36).slice(2)}.xlsx`);
  await workbook.xlsx.writeFile(file);
  const bytes = new Uint8Array(await readFile(file));
  if (!patchXml) return bytes;
  // Some producers write numbers exactly as typed, or as Excel keeps them; exceljs writes doubles. Patch the XML.
  const zip = await JSZip.loadAsync(bytes);
  const sheetPath = "xl/worksheets/sheet1.xml";
  zip.file(sheetPath, patchXml(await zip.file(sheetPath)!.async("string")));
  return zip.generateAsync({ type: "uint8array" });
}

async function table(fileName: string, bytes: Uint8Array): Promise<Table> {
  const result = await readImportTable({ fileName, bytes });
  if (!result.ok) throw new Error(`not read: ${result.problem.key}`);
  return result.table;
}

const utf8 = (text: string) => new TextEncoder().encode(text);

describe("reading CSV", () => {
  it("reads the header and rows with the row numbers a spreadsheet shows, skipping blank lines", async () => {
    const csv =
      '\uFEFFNama,NIP,Sub Bagian\r\n"Lalu Ahmad, S.E.",19780512 200501 1 003,Hukum dan SDM\r\n\r\nBaiq Nurul,,\r\n';
    const read = await table("pegawai.csv", utf8(csv));
    expect(read.headers).toEqual(["Nama", "NIP", "Sub Bagian"]);
    expect(read.headerRowNumber).toBe(1);
    expect(read.rows).toEqual([
      { rowNumber: 2, cells: ["Lalu Ahmad, S.E.", "19780512 200501 1 003", "Hukum dan SDM"] },
      { rowNumber: 4, cells: ["Baiq Nurul", "", ""] },
    ]);
  });

  it("takes the semicolons Excel writes in an Indonesian locale", async () => {
    const read = await table("pegawai.csv", utf8("Nama;Tanggal Lahir\nLalu Ahmad;12/05/1978\n"));
    expect(read.rows[0]?.cells).toEqual(["Lalu Ahmad", "12/05/1978"]);
  });

  it("falls back to the Windows code page for a file that is not UTF-8", async () => {
    const latin1 = Uint8Array.from([...utf8("Nama\nJos"), 0xe9, 0x0a]);
    expect((await table("pegawai.csv", latin1)).rows[0]?.cells).toEqual(["José"]);
  });

  it("refuses files it cannot read, each with the upload reader's reason", async () => {
    const problem = async (fileName: string, text: string) => {
      const read = await readImportTable({ fileName, bytes: utf8(text) });
      return read.ok ? null : read.problem;
    };
    expect(await problem("pegawai.xls", "x")).toEqual({
      key: "uploads.errors.unsupportedType",
      params: { types: "CSV, XLSX" },
    });
    expect(await problem("pegawai.xlsx", "Nama,NIP")).toEqual({
      key: "uploads.errors.unreadable",
      params: {},
    });
    expect(await problem("pegawai.csv", "\r\n,,\r\n")).toEqual({ key: "import.file.empty" });
    expect(await problem("pegawai.csv", `Nama\n${"x\n".repeat(5001)}`)).toEqual({
      key: "uploads.errors.tooManyRows",
      params: { max: 5000 },
    });
    expect(await problem("pegawai.csv", 'Nama\n"Lalu Ahmad\n')).toEqual({
      key: "uploads.errors.unreadable",
      params: {},
    });
  });
});

describe("reading XLSX", () => {
  it("keeps text, dates, numbers, rich text, hyperlinks and formula results", async () => {
    const bytes = await xlsxFile((sheet) => {
      sheet.addRow([]);
      sheet.addRow(["Nama", "Tanggal Lahir", "Kode Satuan Kerja", "Email", "Tempat Lahir"]);
      const row = sheet.addRow([
        { richText: [{ text: "Baiq " }, { text: "Nurul" }] },
        new Date(Date.UTC(1978, 4, 12)),
        5271,
        { text: "baiq@kpu.go.id", hyperlink: "mailto:baiq@kpu.go.id" },
        { formula: 'CONCAT("Mata","ram")', result: "Mataram" },
      ]);
      row.getCell(2).numFmt = "dd/mm/yyyy";
    });
    const read = await table("pegawai.xlsx", bytes);
    expect(read.headerRowNumber).toBe(2);
    expect(read.rows).toHaveLength(1);
    const [row] = read.rows;
    expect(row?.rowNumber).toBe(3);
    expect(row?.cells).toEqual([
      "Baiq Nurul",
      new Date(Date.UTC(1978, 4, 12)),
      { kind: "number", value: 5271, text: "5271" },
      "baiq@kpu.go.id",
      "Mataram",
    ]);
  });

  it("keeps an 18-digit NIP that the file stores as a number with all its digits", async () => {
    const bytes = await xlsxFile(
      (sheet) => {
        sheet.addRow(["NIP"]);
        sheet.addRow([197805122005012003]);
      },
      (xml) => xml.replace("<v>197805122005012000</v>", "<v>197805122005012003</v>"),
    );
    const cell = (await table("pegawai.xlsx", bytes)).rows[0]?.cells[0] ?? null;
    expect(cell).toMatchObject({ kind: "number", text: "197805122005012003" });
    expect(readNip(cell)).toEqual({ ok: true, value: "197805122005012003" });
  });

  it("reports a NIP that Excel rounded to 15 digits, or that a program wrote as a double", async () => {
    const excel = await xlsxFile(
      (sheet) => {
        sheet.addRow(["NIP"]);
        sheet.addRow([197805122005012003]);
      },
      (xml) => xml.replace("<v>197805122005012000</v>", "<v>1.97805122005012E+17</v>"),
    );
    const excelCell = (await table("pegawai.xlsx", excel)).rows[0]?.cells[0] ?? null;
    expect(readNip(excelCell)).toEqual({
      ok: false,
      problem: { key: "import.problems.nipNumberLost", params: { value: "1.97805122005012E+17" } },
    });

    const asDouble = await xlsxFile((sheet) => {
      sheet.addRow(["NIP"]);
      sheet.addRow([197805122005012003]);
    });
    const doubleCell = (await table("pegawai.xlsx", asDouble)).rows[0]?.cells[0] ?? null;
    expect(readNip(doubleCell)).toMatchObject({
      ok: false,
      problem: { key: "import.problems.nipNumberLost" },
    });
  });

  it("reads the first worksheet only", async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("Data").addRow(["Nama"]).worksheet.addRow(["Pertama"]);
    workbook.addWorksheet("Lain").addRow(["Nama"]).worksheet.addRow(["Kedua"]);
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    expect((await table("pegawai.xlsx", bytes)).rows.map((row) => row.cells)).toEqual([["Pertama"]]);
  });
});

describe("the template", () => {
  it("has the header row and an example row that passes the import's own checks", async () => {
    const read = await table(
      "templat.xlsx",
      await buildTemplate({ unitCode: "5271", sectionName: "Hukum dan SDM" }),
    );
    const match = matchHeaders(read.headers);
    expect(match.missing).toEqual([]);
    expect(read.rows).toHaveLength(1);
    const units = new Map([
      [
        "5271",
        {
          id: "u",
          code: "5271",
          shortName: "KPU Kota Mataram",
          active: true,
          sections: new Map([["hukum dan sdm", "s"]]),
        },
      ],
    ]);
    const example = mapRow(read.rows[0]!, match.columns, units, new Date("2026-01-15T00:00:00Z"));
    expect(example.problems).toEqual([]);
    expect(example.fields).toMatchObject({
      nip: "197805122005012003",
      unitId: "u",
      sectionId: "s",
      rank: "III_D",
    });
  });
});

describe("cells", () => {
  const number = (value: number, text = String(value)): Cell => ({ kind: "number", value, text });

  it("reads NIPs as text, grouped or with the apostrophe Excel users type", () => {
    expect(readNip("19780512 200501 1 003")).toEqual({ ok: true, value: "19780512 200501 1 003" });
    expect(readNip("'197805122005011003")).toEqual({ ok: true, value: "197805122005011003" });
    expect(readNip("1,97805E+17")).toMatchObject({
      ok: false,
      problem: { key: "import.problems.nipNumberLost" },
    });
    expect(readNip("")).toEqual({ ok: true, value: undefined });
  });

  it("reads dates as ISO, DD/MM/YYYY, date cells and Excel serial numbers", () => {
    const may12 = new Date(Date.UTC(1978, 4, 12));
    expect(readDate("1978-05-12")).toEqual({ ok: true, value: may12 });
    expect(readDate("12/05/1978")).toEqual({ ok: true, value: may12 });
    expect(readDate("12-5-1978")).toEqual({ ok: true, value: may12 });
    expect(readDate(new Date(Date.UTC(1978, 4, 12)))).toEqual({ ok: true, value: may12 });
    expect(readDate(number(28622))).toEqual({ ok: true, value: may12 });
    expect(readDate("31/02/1978")).toEqual({
      ok: false,
      problem: { key: "import.problems.date", params: { value: "31/02/1978" } },
    });
    expect(readDate("Mei 1978")).toMatchObject({ ok: false });
  });

  it("reads Cuti and Tugas belajar as two statuses, and the old joint label as Cuti", () => {
    expect(readStatus("Cuti")).toEqual({ ok: true, value: "ON_LEAVE" });
    expect(readStatus("Tugas Belajar")).toEqual({ ok: true, value: "STUDY_LEAVE" });
    expect(readStatus("tugas belajar")).toEqual({ ok: true, value: "STUDY_LEAVE" });
    expect(readStatus("Cuti/Tugas Belajar")).toEqual({ ok: true, value: "ON_LEAVE" });
  });

  it("puts back the leading zero Excel drops from a phone number", () => {
    expect(readPhone(number(81234567890))).toBe("081234567890");
    expect(readPhone("0812-3456-7890")).toBe("0812-3456-7890");
    expect(readPhone(number(370123))).toBe("370123");
  });
});

import ExcelJS from "exceljs";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { EXPORT_COLUMNS, exportCells, exportFileName, TEMPLATE_COLUMNS } from "@/lib/officials/export";
import { csvLines, csvStream, xlsxStream } from "@/lib/officials/export-download";
import type { OfficialExportRow } from "@/lib/officials/queries";
import { staffingListSheet } from "@/lib/officials/staffing-list";

const TODAY = new Date("2026-11-30T00:00:00Z");

const suhardi: OfficialExportRow = {
  id: "o1",
  name: "Dr. H. Suhardi Soud, S.H., M.H.",
  nip: "197805122005011003",
  gender: "MALE",
  birthPlace: "Sumbawa Besar",
  birthDate: "1978-05-12",
  employmentType: "PNS",
  rank: "IV_A",
  status: "ACTIVE",
  email: "suhardi@kpu.example",
  phone: "+62 812-3456-7890",
  unit: { code: "5204", shortName: "KPU Sumbawa" },
  section: { name: "Hukum dan SDM" },
  sortName: "suhardi soud",
  religion: "ISLAM",
  rankStartDate: "2022-04-01",
  serviceYears: 16,
  serviceMonths: 2,
  serviceAsOf: "2022-04-01",
  educationLevel: "S2",
  educationMajor: "Ilmu Hukum",
  assignments: [
    {
      startDate: "2024-01-02",
      decreeNumber: "12/KPU-Prov/2023",
      decreeDate: "2023-12-20",
      position: {
        title: "Kepala Sub Bagian Hukum dan SDM",
        level: "SUPERVISOR",
        section: { name: "Hukum dan SDM" },
      },
    },
  ],
};

const supportStaff: OfficialExportRow = {
  ...suhardi,
  id: "o2",
  name: 'Baiq Nurul, "Ririn"',
  nip: null,
  gender: "FEMALE",
  birthPlace: null,
  birthDate: null,
  employmentType: "NON_ASN",
  rank: null,
  status: "ON_LEAVE",
  email: null,
  phone: null,
  section: null,
  religion: null,
  rankStartDate: null,
  serviceYears: null,
  serviceMonths: null,
  serviceAsOf: null,
  educationLevel: null,
  educationMajor: null,
  assignments: [],
};

async function* batchesOf(...batches: OfficialExportRow[][]) {
  yield* batches;
}

async function bytesOf(stream: ReadableStream<Uint8Array>): Promise<Buffer> {
  return Buffer.from(await new Response(stream).arrayBuffer());
}

describe("officials export format", () => {
  it("keeps the import template's columns in their order, then the unit's name, post and rank history", () => {
    expect(TEMPLATE_COLUMNS).toEqual([
      "Nama",
      "NIP",
      "Jenis Kelamin",
      "Tempat Lahir",
      "Tanggal Lahir",
      "Status Kepegawaian",
      "Pangkat/Golongan",
      "Kode Satuan Kerja",
      "Sub Bagian",
      "Status",
      "Email",
      "Telepon",
    ]);
    expect(EXPORT_COLUMNS).toEqual([
      ...TEMPLATE_COLUMNS,
      "Satuan Kerja",
      "Jabatan",
      "TMT Jabatan",
      "Nomor SK Jabatan",
      "Tanggal SK Jabatan",
      "TMT Pangkat",
      "Masa Kerja Golongan",
      "Pendidikan",
      "Jurusan",
      "Agama",
    ]);
  });

  it("writes an official as text cells in Indonesian", () => {
    expect(exportCells(suhardi, TODAY)).toEqual([
      "Dr. H. Suhardi Soud, S.H., M.H.",
      "19780512 200501 1 003",
      "Laki-laki",
      "Sumbawa Besar",
      "1978-05-12",
      "PNS",
      "IV/a",
      "5204",
      "Hukum dan SDM",
      "Aktif",
      "suhardi@kpu.example",
      "+62 812-3456-7890",
      "KPU Sumbawa",
      "Kepala Sub Bagian Hukum dan SDM",
      "2024-01-02",
      "12/KPU-Prov/2023",
      "2023-12-20",
      "2022-04-01",
      // 16 years 2 months on 1 April 2022, 55 months later.
      "20 tahun 9 bulan",
      "S-2",
      "Ilmu Hukum",
      "Islam",
    ]);
    expect(exportCells({ ...supportStaff, employmentType: "PPPK", rank: "PPPK_IX" }).slice(5, 7)).toEqual([
      "PPPK",
      "PPPK IX",
    ]);
  });

  it("leaves cells empty for what is not recorded", () => {
    const cells = exportCells(supportStaff);
    expect(cells[EXPORT_COLUMNS.indexOf("NIP")]).toBe("");
    expect(cells[EXPORT_COLUMNS.indexOf("Tanggal Lahir")]).toBe("");
    expect(cells[EXPORT_COLUMNS.indexOf("Sub Bagian")]).toBe("");
    expect(cells[EXPORT_COLUMNS.indexOf("Status Kepegawaian")]).toBe("Non-ASN");
    expect(cells[EXPORT_COLUMNS.indexOf("Status")]).toBe("Cuti");
  });

  it("quotes CSV cells that need it and neutralises formulas, but not phone numbers", () => {
    expect(csvLines([["a,b", 'say "hi"', "plain"]])).toBe('"a,b","say ""hi""",plain\r\n');
    expect(csvLines([['=HYPERLINK("x")', "@SUM(A1)", "-2+3", "+62 812-3456-7890", "0812 3456"]])).toBe(
      `"'=HYPERLINK(""x"")","'@SUM(A1)","'-2+3",+62 812-3456-7890,0812 3456\r\n`,
    );
    // Each reason for quotes on its own: a space at either end, a line break, a byte-order mark, a leading tab.
    expect(csvLines([[" a", "a ", "a\nb", "a\rb", "\uFEFFa", "\ta", "a b"]])).toBe(
      `" a","a ","a\nb","a\rb","\uFEFFa","'\ta",a b\r\n`,
    );
  });

  it("names the file after the unit and today's date in the unit's time zone", () => {
    // 23:30 UTC on 22 November is already 23 November in WITA (UTC+8).
    const now = new Date("2026-11-22T23:30:00Z");
    expect(exportFileName("KPU Provinsi NTB", "Asia/Makassar", "xlsx", now)).toBe(
      "pegawai-KPU-Provinsi-NTB-2026-11-23.xlsx",
    );
    expect(exportFileName("KPU Kota Bima (Uji)", "Asia/Jakarta", "csv", now)).toBe(
      "pegawai-KPU-Kota-Bima-Uji-2026-11-23.csv",
    );
  });
});

describe("officials export streams", () => {
  it("writes CSV with a UTF-8 byte-order mark, the header and every batch", async () => {
    const bytes = await bytesOf(csvStream(batchesOf([suhardi], [supportStaff])));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = Papa.parse<string[]>(bytes.subarray(3).toString("utf8"), { skipEmptyLines: true }).data;
    expect(rows).toEqual([[...EXPORT_COLUMNS], exportCells(suhardi), exportCells(supportStaff)]);
    expect(rows[1]).toContain("Kepala Sub Bagian Hukum dan SDM");
  });

  it("writes CSV with the header alone when nothing matches", async () => {
    const text = (await bytesOf(csvStream(batchesOf()))).toString("utf8");
    expect(text).toBe(`\uFEFF${EXPORT_COLUMNS.join(",")}\r\n`);
  });

  it("writes the staffing list under its title block, numbered, every cell text so the NIP survives Excel", async () => {
    const list = staffingListSheet("KPU Kabupaten Sumbawa", TODAY);
    const bytes = await bytesOf(xlsxStream(batchesOf([suhardi], [supportStaff]), list));
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet("Daftar Pegawai")!;
    expect([1, 2, 3].map((row) => sheet.getRow(row).getCell(1).value)).toEqual([
      "DAFTAR PEGAWAI",
      "KPU KABUPATEN SUMBAWA",
      "Keadaan per 30 November 2026",
    ]);
    const headers = list.columns.map((column) => column.header);
    expect(sheet.getRow(5).values).toEqual([undefined, ...headers]);
    expect(headers.slice(0, 3)).toEqual(["No", "Nama", "NIP / NI PPPK"]);
    const cell = (row: number, header: string) => sheet.getRow(row).getCell(headers.indexOf(header) + 1);
    expect(cell(6, "No").value).toBe("1");
    expect(cell(6, "NIP / NI PPPK").type).toBe(ExcelJS.ValueType.String);
    expect(cell(6, "NIP / NI PPPK").value).toBe("19780512 200501 1 003");
    expect(cell(6, "NIP / NI PPPK").numFmt).toBe("@");
    expect(cell(6, "Tempat, Tanggal Lahir").value).toBe("Sumbawa Besar, 12-05-1978");
    expect(cell(6, "Pangkat/Golongan").value).toBe("Pembina (IV/a)");
    expect(cell(6, "Jabatan").value).toBe("Kepala Sub Bagian Hukum dan SDM");
    expect(cell(6, "TMT Jabatan").value).toBe("02-01-2024");
    expect(cell(6, "Nomor SK").value).toBe("12/KPU-Prov/2023");
    expect(cell(6, "Pendidikan").value).toBe("S-2 Ilmu Hukum");
    expect(cell(7, "Nama").value).toBe('Baiq Nurul, "Ririn"');
    expect(cell(7, "NIP / NI PPPK").text).toBe("");
    expect(sheet.getColumn(headers.indexOf("Nama") + 1).width).toBeGreaterThanOrEqual(30);
  });
});

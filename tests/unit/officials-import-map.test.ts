import { describe, expect, it } from "vitest";
import { TEMPLATE_COLUMNS } from "@/lib/officials/export";
import { matchHeaders, type ImportColumn } from "@/lib/officials/import/columns";
import { mapRow, type ImportUnit, type RowProblem } from "@/lib/officials/import/map-row";
import type { Cell } from "@/lib/uploads/spreadsheet-cells";

const TODAY = new Date("2026-01-15T00:00:00Z");

function unit(id: string, code: string, sections: Record<string, string> = {}, active = true): ImportUnit {
  return { id, code, shortName: `KPU ${code}`, active, sections: new Map(Object.entries(sections)) };
}

const UNITS = new Map([
  ["5271", unit("u-mataram", "5271", { "hukum dan sdm": "s-hsdm" })],
  ["5299", unit("u-closed", "5299", {}, false)],
]);

const { columns } = matchHeaders(TEMPLATE_COLUMNS);

/** A PNS of Kota Mataram, every cell as a clerk would type it. */
const PNS: Partial<Record<ImportColumn, Cell>> = {
  Nama: "Dra. Baiq Nurul Aini, M.Si.",
  NIP: "19780512 200501 2 003",
  "Jenis Kelamin": "P",
  "Tempat Lahir": "Mataram",
  "Tanggal Lahir": "12/05/1978",
  "Status Kepegawaian": "PNS",
  "Pangkat/Golongan": "III/d",
  "Kode Satuan Kerja": "5271",
  "Sub Bagian": "Hukum  dan SDM",
  Status: "Aktif",
  Email: "baiq@kpu.go.id",
  Telepon: "0812-3456-7890",
};

function map(values: Partial<Record<ImportColumn, Cell>>, rowNumber = 2) {
  const cells = TEMPLATE_COLUMNS.map((column) => values[column] ?? null);
  return mapRow({ rowNumber, cells }, columns, UNITS, TODAY);
}

/** Problems as "column: key", the way a clerk reads the list. */
function problems(values: Partial<Record<ImportColumn, Cell>>): string[] {
  return map(values).problems.map((problem: RowProblem) => `${problem.column}: ${problem.key}`);
}

describe("header matching", () => {
  it("ignores case, spaces and a hint in brackets, and names what is missing, extra or repeated", () => {
    const match = matchHeaders([
      "  nama ",
      "nip",
      "TANGGAL LAHIR (YYYY-MM-DD)",
      "Satuan Kerja",
      "Jenis  kelamin",
      "L/P",
    ]);
    expect([...match.columns.keys()]).toEqual([
      "Nama",
      "NIP",
      "Tanggal Lahir",
      "Satuan Kerja",
      "Jenis Kelamin",
    ]);
    expect(match.columns.get("Tanggal Lahir")).toEqual({ index: 2, header: "TANGGAL LAHIR (YYYY-MM-DD)" });
    expect(match.ignored).toEqual([]);
    expect(match.repeated).toEqual(["L/P"]);
    // Only the name is required: the rest is derived (from the NIP, the rank) or chosen once for the file.
    expect(match.missing).toEqual([]);
    expect(matchHeaders(["NIP", "Jabatan"]).missing).toEqual(["Nama"]);
  });
});

describe("mapping a row", () => {
  it("gives the official's fields by the form's rules: NIP digits, unit and section by code and name", () => {
    const row = map(PNS, 7);
    expect(row.problems).toEqual([]);
    expect(row.rowNumber).toBe(7);
    expect(row.fields).toEqual({
      name: "Dra. Baiq Nurul Aini, M.Si.",
      nip: "197805122005012003",
      gender: "FEMALE",
      birthPlace: "Mataram",
      birthDate: new Date("1978-05-12T00:00:00Z"),
      employmentType: "PNS",
      rank: "III_D",
      status: "ACTIVE",
      unitId: "u-mataram",
      sectionId: "s-hsdm",
      email: "baiq@kpu.go.id",
      phone: "0812-3456-7890",
    });
  });

  it("takes birth date and gender from a PNS's NIP when the cells are empty, and Excel's own cell kinds", () => {
    const row = map({
      ...PNS,
      "Jenis Kelamin": null,
      "Tanggal Lahir": null,
      NIP: { kind: "number", value: 197805122005012000, text: "197805122005012003" },
      "Kode Satuan Kerja": { kind: "number", value: 5271, text: "5271" },
      Status: null,
    });
    expect(row.problems).toEqual([]);
    expect(row.fields).toMatchObject({
      gender: "FEMALE",
      birthDate: new Date("1978-05-12T00:00:00Z"),
      nip: "197805122005012003",
      status: "ACTIVE",
    });
  });

  it("accepts non-ASN support staff without NIP or rank, and 'Laki-laki'", () => {
    const row = map({
      Nama: "Lalu Ahmad Zaini",
      "Jenis Kelamin": "Laki-laki",
      "Status Kepegawaian": "Non-ASN",
      "Kode Satuan Kerja": "5271",
    });
    expect(row.problems).toEqual([]);
    expect(row.fields).toMatchObject({
      nip: null,
      rank: undefined,
      gender: "MALE",
      employmentType: "NON_ASN",
      sectionId: undefined,
    });
  });

  it("reports cells it cannot read, by column, without repeating them as missing", () => {
    expect(
      problems({
        ...PNS,
        "Jenis Kelamin": "X",
        "Status Kepegawaian": "Honorer Daerah",
        "Pangkat/Golongan": "III/z",
        Status: "Libur",
        "Tanggal Lahir": "1978-13-01",
      }),
    ).toEqual([
      "Jenis Kelamin: import.problems.gender",
      "Tanggal Lahir: import.problems.date",
      "Status Kepegawaian: import.problems.employmentType",
      "Pangkat/Golongan: import.problems.rank",
      "Status: import.problems.status",
    ]);
  });

  it("reports units outside the scope, closed units, sections of another unit and lost NIP digits", () => {
    expect(problems({ ...PNS, "Kode Satuan Kerja": "5204" })).toEqual([
      "Kode Satuan Kerja: import.problems.unitUnknown",
    ]);
    expect(problems({ ...PNS, "Kode Satuan Kerja": "5299", "Sub Bagian": null })).toEqual([
      "Kode Satuan Kerja: import.problems.unitInactive",
    ]);
    expect(problems({ ...PNS, "Sub Bagian": "Keuangan" })).toEqual([
      "Sub Bagian: import.problems.sectionUnknown",
    ]);
    expect(
      problems({ ...PNS, NIP: { kind: "number", value: 1.97805122005012e17, text: "1.97805122005012E+17" } }),
    ).toEqual(["NIP: import.problems.nipNumberLost"]);
    expect(map({ ...PNS, "Sub Bagian": "Keuangan" }).problems[0]?.params).toEqual({
      value: "Keuangan",
      unit: "KPU 5271",
    });
  });

  it("reports the form's rules on the column to fix", () => {
    expect(problems({ ...PNS, NIP: null })).toEqual(["NIP: officialRecord.validation.nipRequired"]);
    expect(problems({ ...PNS, NIP: "1978051220050" })).toEqual(["NIP: officialRecord.validation.nip.format"]);
    expect(problems({ ...PNS, NIP: "19780512 200501 2 000" })).toEqual([
      "NIP: officialRecord.validation.nip.sequence",
    ]);
    expect(problems({ ...PNS, "Tanggal Lahir": "1978-05-13", "Jenis Kelamin": "L" })).toEqual([
      "Jenis Kelamin: officialRecord.validation.nipGenderMismatch",
      "Tanggal Lahir: officialRecord.validation.nipBirthDateMismatch",
    ]);
    expect(problems({ ...PNS, "Pangkat/Golongan": "PPPK IX" })).toEqual([
      "Pangkat/Golongan: officialRecord.validation.rankMismatch",
    ]);
    expect(problems({ ...PNS, "Status Kepegawaian": "Non-ASN", "Pangkat/Golongan": null })).toEqual([
      "NIP: officialRecord.validation.nipNotForNonAsn",
    ]);
    expect(problems({ ...PNS, "Status Kepegawaian": "PPPK", NIP: null, "Pangkat/Golongan": null })).toEqual([
      "Pangkat/Golongan: required",
    ]);
    expect(problems({ ...PNS, Email: "bukan-email", Telepon: "telp kantor" })).toEqual([
      "Email: email",
      "Telepon: officialRecord.validation.phone",
    ]);
  });

  it("reports the rules between fields even when another cell is wrong, so one check shows everything", () => {
    expect(problems({ ...PNS, Email: "bukan-email", "Jenis Kelamin": "L", Nama: null })).toEqual([
      "Nama: required",
      "Jenis Kelamin: officialRecord.validation.nipGenderMismatch",
      "Email: email",
    ]);
  });

  it("reports required cells left empty", () => {
    expect(
      problems({
        ...PNS,
        Nama: null,
        "Status Kepegawaian": null,
        "Kode Satuan Kerja": null,
        "Sub Bagian": null,
      }),
      // The employment type is derived from the NIP when the cell is empty; the unit has no choice for the file here.
    ).toEqual(["Nama: required", "Kode Satuan Kerja: required"]);
    expect(
      problems({ Nama: "Lalu Ahmad", "Status Kepegawaian": "Non-ASN", "Kode Satuan Kerja": "5271" }),
    ).toEqual(["Jenis Kelamin: required"]);
  });

  it("uses the header as the file writes it", () => {
    const { columns: renamed } = matchHeaders(
      TEMPLATE_COLUMNS.map((column) => (column === "NIP" ? " nip " : column)),
    );
    const row = mapRow(
      {
        rowNumber: 3,
        cells: TEMPLATE_COLUMNS.map((column) => (column === "NIP" ? "123" : (PNS[column] ?? null))),
      },
      renamed,
      UNITS,
      TODAY,
    );
    expect(row.problems).toMatchObject([
      { rowNumber: 3, column: "nip", key: "officialRecord.validation.nip.format" },
    ]);
    expect(row.fields).toBeNull();
  });
});

/**
 * The staffing list (daftar pegawai) and the Daftar Urut Kepangkatan as sheets a secretariat hands over as they
 * are: a title block (the list's name, the unit, "Keadaan per" the day), then numbered rows with the columns in the
 * order offices keep them, dates as dd-mm-yyyy. Pure: the XLSX writer (export-download.ts) lays them out.
 * Headers and values are a document format, not UI text: Indonesian whatever the user's language.
 */
import type { SheetColumn } from "@/lib/exports/xlsx-stream";
import { calendarDate } from "@/lib/pdf/print-time";
import { dukOrder } from "./duk";
import { EDUCATION_VALUES, EMPLOYMENT_TYPE_VALUES, RELIGION_VALUES, STATUS_VALUES } from "./export";
import { formatNip } from "./nip";
import type { OfficialExportRow } from "./queries";
import { PANGKAT_NAMES, isPppkRank, rankLabel, rankWithPangkat } from "./ranks";
import { serviceLengthOn, type DateText } from "./service-length";

/** A titled list: what the writer needs to lay out the sheet. */
export interface ListSheet {
  sheetName: string;
  title: string[];
  columns: SheetColumn[];
  cells(row: OfficialExportRow, number: number): (string | number)[];
}

/** dd-mm-yyyy, as offices write dates in their lists. */
export function dmy(date: DateText | null | undefined): string {
  return date ? `${date.slice(8, 10)}-${date.slice(5, 7)}-${date.slice(0, 4)}` : "";
}

/** "30 November 2026" in the unit's zone: the "keadaan per" line. */
export function asOfText(today: Date): string {
  return calendarDate(today, "id-ID");
}

const education = (row: OfficialExportRow) =>
  [row.educationLevel ? EDUCATION_VALUES[row.educationLevel] : null, row.educationMajor]
    .filter(Boolean)
    .join(" ");

function service(row: OfficialExportRow, today: Date): [number | string, number | string] {
  const length = serviceLengthOn(row, today);
  return length ? [length.years, length.months] : ["", ""];
}

/** Daftar pegawai: who is where, in which post since when, on which decree. */
export function staffingListSheet(unitName: string, today: Date): ListSheet {
  return {
    sheetName: "Daftar Pegawai",
    title: ["DAFTAR PEGAWAI", unitName.toUpperCase(), `Keadaan per ${asOfText(today)}`],
    columns: [
      { header: "No", width: 5 },
      { header: "Nama", width: 36 },
      { header: "NIP / NI PPPK", width: 24 },
      { header: "Tempat, Tanggal Lahir", width: 26 },
      { header: "L/P", width: 5 },
      { header: "Pangkat/Golongan", width: 26 },
      { header: "TMT Pangkat", width: 12 },
      { header: "Jabatan", width: 40 },
      { header: "Sub Bagian/Bagian", width: 36 },
      { header: "TMT Jabatan", width: 12 },
      { header: "Nomor SK", width: 28 },
      { header: "Masa Kerja (Thn)", width: 9 },
      { header: "Masa Kerja (Bln)", width: 9 },
      { header: "Pendidikan", width: 28 },
      { header: "Agama", width: 16 },
      { header: "Status Kepegawaian", width: 12 },
      { header: "Status", width: 16 },
      { header: "Satuan Kerja", width: 26 },
    ],
    cells(row, number) {
      const post = row.assignments[0];
      return [
        number,
        row.name,
        row.nip ? formatNip(row.nip) : "",
        [row.birthPlace, dmy(row.birthDate)].filter(Boolean).join(", "),
        row.gender === "MALE" ? "L" : "P",
        row.rank ? rankWithPangkat(row.rank) : "",
        dmy(row.rankStartDate),
        post?.position.title ?? "",
        post?.position.section?.name ?? row.section?.name ?? "",
        dmy(post?.startDate),
        post?.decreeNumber ?? "",
        ...service(row, today),
        education(row),
        row.religion ? RELIGION_VALUES[row.religion] : "",
        EMPLOYMENT_TYPE_VALUES[row.employmentType],
        STATUS_VALUES[row.status],
        row.unit.shortName,
      ];
    },
  };
}

/** Daftar Urut Kepangkatan PNS: the columns of the DUK form, rows in the order of duk.ts. */
export function dukSheet(unitName: string, today: Date): ListSheet {
  return {
    sheetName: "DUK",
    title: [
      "DAFTAR URUT KEPANGKATAN PEGAWAI NEGERI SIPIL",
      unitName.toUpperCase(),
      `Keadaan per ${asOfText(today)}`,
    ],
    columns: [
      { header: "No", width: 5 },
      { header: "Nama", width: 36 },
      { header: "NIP", width: 24 },
      { header: "Pangkat", width: 24 },
      { header: "Gol. Ruang", width: 8 },
      { header: "TMT Pangkat", width: 12 },
      { header: "Jabatan", width: 40 },
      { header: "TMT Jabatan", width: 12 },
      { header: "Masa Kerja (Thn)", width: 9 },
      { header: "Masa Kerja (Bln)", width: 9 },
      { header: "Pendidikan", width: 28 },
      { header: "Tanggal Lahir", width: 12 },
      { header: "Keterangan", width: 20 },
    ],
    cells(row, number) {
      const post = row.assignments[0];
      const length = serviceLengthOn(row, today);
      return [
        number,
        row.name,
        row.nip ? formatNip(row.nip) : "",
        row.rank && !isPppkRank(row.rank) ? PANGKAT_NAMES[row.rank] : "",
        row.rank ? rankLabel(row.rank) : "",
        dmy(row.rankStartDate),
        post?.position.title ?? "",
        dmy(post?.startDate),
        ...service(row, today),
        education(row),
        dmy(row.birthDate),
        length?.derived ? "masa kerja dari TMT CPNS" : "",
      ];
    },
  };
}

/** The DUK's rows: PNS only (PP 15/1979 lists civil servants), in its order. */
export function dukRows(rows: readonly OfficialExportRow[], today: Date): OfficialExportRow[] {
  const entries = rows
    .filter((row) => row.employmentType === "PNS")
    .map((row) => ({
      row,
      sortName: row.sortName,
      rank: row.rank,
      rankStartDate: row.rankStartDate,
      postLevel: row.assignments[0]?.position.level ?? null,
      service: serviceLengthOn(row, today),
      educationLevel: row.educationLevel,
      birthDate: row.birthDate,
    }));
  return dukOrder(entries).map((entry) => entry.row);
}

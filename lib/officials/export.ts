/**
 * The spreadsheet format of officials (format ekspor/impor pegawai): Indonesian headers and cell values, shared by
 * the export (export-download.ts streams it) and by the import template. Pure: no I/O.
 * Headers and values are a file format, not UI text: they stay Indonesian whatever the user's language.
 */
import type { EmploymentType, Gender, OfficialStatus } from "@/lib/generated/prisma/enums";
import { formatNip } from "./nip";
import type { OfficialExportRow } from "./queries";
import { rankLabel } from "./ranks";

/** The import template's columns, in this order; an export writes them first. */
export const TEMPLATE_COLUMNS = [
  "Nama",
  "NIP",
  "Jenis Kelamin",
  "Tempat Lahir",
  /** YYYY-MM-DD. */
  "Tanggal Lahir",
  /** PNS, PPPK or Non-ASN. */
  "Status Kepegawaian",
  /** "III/a" … "IV/e" or "PPPK I" … "PPPK XVII" (rankLabel). */
  "Pangkat/Golongan",
  /** The unit's region code, e.g. 5204. */
  "Kode Satuan Kerja",
  "Sub Bagian",
  "Status",
  "Email",
  "Telepon",
] as const;

/** The export adds the unit's name after the template's columns, for people reading it; an import ignores it. */
export const EXPORT_COLUMNS = [...TEMPLATE_COLUMNS, "Satuan Kerja"] as const;
export type ExportColumn = (typeof EXPORT_COLUMNS)[number];

export const GENDER_VALUES: Readonly<Record<Gender, string>> = { MALE: "Laki-laki", FEMALE: "Perempuan" };
export const EMPLOYMENT_TYPE_VALUES: Readonly<Record<EmploymentType, string>> = {
  PNS: "PNS",
  PPPK: "PPPK",
  NON_ASN: "Non-ASN",
};
export const STATUS_VALUES: Readonly<Record<OfficialStatus, string>> = {
  ACTIVE: "Aktif",
  ON_LEAVE: "Cuti/Tugas Belajar",
  TRANSFERRED_OUT: "Mutasi Keluar",
  RETIRED: "Pensiun",
  DECEASED: "Meninggal Dunia",
  INACTIVE: "Tidak Aktif",
};

/**
 * One official as spreadsheet cells, in EXPORT_COLUMNS order, all text. The NIP is written in its 8-6-1-3 groups:
 * that is how it is read on paper, the import accepts it, and a spreadsheet cannot take it for a number (18 digits
 * would become 1.97805E+17 and lose the last three).
 */
export function exportCells(row: OfficialExportRow): string[] {
  const cells: Record<ExportColumn, string> = {
    Nama: row.name,
    NIP: row.nip ? formatNip(row.nip) : "",
    "Jenis Kelamin": GENDER_VALUES[row.gender],
    "Tempat Lahir": row.birthPlace ?? "",
    // A @db.Date is UTC midnight: its ISO date is the calendar date.
    "Tanggal Lahir": row.birthDate ? row.birthDate.toISOString().slice(0, 10) : "",
    "Status Kepegawaian": EMPLOYMENT_TYPE_VALUES[row.employmentType],
    "Pangkat/Golongan": row.rank ? rankLabel(row.rank) : "",
    "Kode Satuan Kerja": row.unit.code,
    "Sub Bagian": row.section?.name ?? "",
    Status: STATUS_VALUES[row.status],
    Email: row.email ?? "",
    Telepon: row.phone ?? "",
    "Satuan Kerja": row.unit.shortName,
  };
  return EXPORT_COLUMNS.map((column) => cells[column]);
}

export type ExportFormat = "csv" | "xlsx";

/** "pegawai-KPU-Provinsi-NTB-2026-11-23.xlsx": the unit's short name and today's date in its time zone. */
export function exportFileName(
  unitShortName: string,
  timeZone: string,
  format: ExportFormat,
  now = new Date(),
): string {
  const unit = unitShortName
    .normalize("NFKD")
    .replace(/[^A-Za-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  // en-CA writes dates as YYYY-MM-DD.
  const date = new Intl.DateTimeFormat("en-CA", {
    timeZone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).format(now);
  return `${["pegawai", unit, date].filter(Boolean).join("-")}.${format}`;
}

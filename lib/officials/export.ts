/**
 * The spreadsheet format of officials (format ekspor/impor pegawai): Indonesian headers and cell values, shared by
 * the export (export-download.ts streams it) and by the import template. Pure: no I/O.
 * Headers and values are a file format, not UI text: they stay Indonesian whatever the user's language.
 */
import type {
  EducationLevel,
  EmploymentType,
  Gender,
  OfficialStatus,
  Religion,
} from "@/lib/generated/prisma/enums";
import { todayInIndonesia, todayInZone } from "@/lib/dates/today";
import { isoDate } from "@/lib/validations/input";
import { formatNip } from "./nip";
import type { OfficialExportRow } from "./queries";
import { rankLabel } from "./ranks";
import { serviceLengthOn } from "./service-length";

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

/**
 * The export adds, after the template's columns, what people read: the unit's name, the post held on the day with
 * its TMT and decree, and the rank history the DUK is built from. The import reads these too (its SOURCE_COLUMNS),
 * so an export comes back unchanged.
 */
export const EXPORT_ONLY_COLUMNS = [
  "Satuan Kerja",
  "Jabatan",
  /** TMT jabatan, YYYY-MM-DD. */
  "TMT Jabatan",
  "Nomor SK Jabatan",
  "Tanggal SK Jabatan",
  /** TMT pangkat/golongan, YYYY-MM-DD. */
  "TMT Pangkat",
  /** "12 tahun 4 bulan" on the day of the export. */
  "Masa Kerja Golongan",
  "Pendidikan",
  "Jurusan",
  "Agama",
] as const;
export const EXPORT_COLUMNS = [...TEMPLATE_COLUMNS, ...EXPORT_ONLY_COLUMNS] as const;
export type ExportColumn = (typeof EXPORT_COLUMNS)[number];

export const GENDER_VALUES: Readonly<Record<Gender, string>> = { MALE: "Laki-laki", FEMALE: "Perempuan" };
export const EMPLOYMENT_TYPE_VALUES: Readonly<Record<EmploymentType, string>> = {
  PNS: "PNS",
  PPPK: "PPPK",
  NON_ASN: "Non-ASN",
};
export const STATUS_VALUES: Readonly<Record<OfficialStatus, string>> = {
  ACTIVE: "Aktif",
  ON_LEAVE: "Cuti",
  STUDY_LEAVE: "Tugas Belajar",
  TRANSFERRED_OUT: "Mutasi Keluar",
  RETIRED: "Pensiun",
  DECEASED: "Meninggal Dunia",
  INACTIVE: "Tidak Aktif",
};

export const EDUCATION_VALUES: Readonly<Record<EducationLevel, string>> = {
  SD: "SD",
  SMP: "SMP",
  SMA: "SMA/SMK",
  D1: "D-I",
  D2: "D-II",
  D3: "D-III",
  D4: "D-IV",
  S1: "S-1",
  S2: "S-2",
  S3: "S-3",
};
export const RELIGION_VALUES: Readonly<Record<Religion, string>> = {
  ISLAM: "Islam",
  PROTESTANT: "Kristen Protestan",
  CATHOLIC: "Katolik",
  HINDU: "Hindu",
  BUDDHIST: "Buddha",
  CONFUCIAN: "Khonghucu",
};

/** "12 tahun 4 bulan" on `today`, recorded or derived from the NIP; "" when unknown. */
export function serviceLengthText(row: OfficialExportRow, today: Date): string {
  const length = serviceLengthOn(row, today);
  return length ? `${length.years} tahun ${length.months} bulan` : "";
}

/**
 * One official as spreadsheet cells, in EXPORT_COLUMNS order, all text. The NIP is written in its 8-6-1-3 groups:
 * that is how it is read on paper, the import accepts it, and a spreadsheet cannot take it for a number (18 digits
 * would become 1.97805E+17 and lose the last three).
 */
export function exportCells(row: OfficialExportRow, today: Date = todayInIndonesia()): string[] {
  const post = row.assignments[0];
  const cells: Record<ExportColumn, string> = {
    Nama: row.name,
    NIP: row.nip ? formatNip(row.nip) : "",
    "Jenis Kelamin": GENDER_VALUES[row.gender],
    "Tempat Lahir": row.birthPlace ?? "",
    "Tanggal Lahir": row.birthDate ?? "",
    "Status Kepegawaian": EMPLOYMENT_TYPE_VALUES[row.employmentType],
    "Pangkat/Golongan": row.rank ? rankLabel(row.rank) : "",
    "Kode Satuan Kerja": row.unit.code,
    "Sub Bagian": row.section?.name ?? "",
    Status: STATUS_VALUES[row.status],
    Email: row.email ?? "",
    Telepon: row.phone ?? "",
    "Satuan Kerja": row.unit.shortName,
    Jabatan: post?.position.title ?? "",
    "TMT Jabatan": post?.startDate ?? "",
    "Nomor SK Jabatan": post?.decreeNumber ?? "",
    "Tanggal SK Jabatan": post?.decreeDate ?? "",
    "TMT Pangkat": row.rankStartDate ?? "",
    "Masa Kerja Golongan": serviceLengthText(row, today),
    Pendidikan: row.educationLevel ? EDUCATION_VALUES[row.educationLevel] : "",
    Jurusan: row.educationMajor ?? "",
    Agama: row.religion ? RELIGION_VALUES[row.religion] : "",
  };
  return EXPORT_COLUMNS.map((column) => cells[column]);
}

/** CSV: the data, as the import reads it; XLSX: the staffing list to hand over; DUK: the seniority list. */
export type ExportFormat = "csv" | "xlsx" | "duk";

/** "pegawai-KPU-Provinsi-NTB-2026-11-23.xlsx": the unit's short name and today's date in its time zone. */
export function exportFileName(
  unitShortName: string,
  timeZone: string,
  format: ExportFormat,
  now = new Date(),
  /** What the file holds, first in its name: "pegawai" unless another module's export says otherwise. */
  subject = "pegawai",
): string {
  const unit = unitShortName
    .normalize("NFKD")
    .replace(/[^A-Za-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  const date = isoDate(todayInZone(timeZone, now));
  const [prefix, extension] = format === "duk" ? ["duk", "xlsx"] : [subject, format];
  return `${[prefix, unit, date].filter(Boolean).join("-")}.${extension}`;
}

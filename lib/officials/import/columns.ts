/**
 * The columns an import reads: the export's format (TEMPLATE_COLUMNS in ../export.ts), each tied to the field of
 * an official it fills. Headers match whatever their case, spacing and punctuation, and with or without a hint in
 * brackets ("Tanggal Lahir (YYYY-MM-DD)"); a few English names are accepted too. Pure: no I/O.
 */
import { TEMPLATE_COLUMNS } from "../export";
import type { OfficialFormField } from "../form-values";

export type ImportColumn = (typeof TEMPLATE_COLUMNS)[number];

/** The column that gives each of the form's fields: placement by unit code and section name. */
export const FIELD_COLUMNS: Readonly<Record<OfficialFormField, ImportColumn>> = {
  name: "Nama",
  nip: "NIP",
  gender: "Jenis Kelamin",
  birthPlace: "Tempat Lahir",
  birthDate: "Tanggal Lahir",
  employmentType: "Status Kepegawaian",
  rank: "Pangkat/Golongan",
  unitId: "Kode Satuan Kerja",
  sectionId: "Sub Bagian",
  status: "Status",
  email: "Email",
  phone: "Telepon",
};

/** Other names people give these columns. */
const ALIASES: Readonly<Record<ImportColumn, readonly string[]>> = {
  Nama: ["Nama Lengkap", "Name"],
  NIP: ["NIP/NI PPPK"],
  "Jenis Kelamin": ["L/P", "Gender", "Sex"],
  "Tempat Lahir": ["Place of Birth", "Birthplace", "Birth Place"],
  "Tanggal Lahir": ["Date of Birth", "Birth Date", "Birthdate"],
  "Status Kepegawaian": ["Jenis Pegawai", "Employment Type"],
  "Pangkat/Golongan": ["Golongan", "Pangkat", "Golongan Ruang", "Rank", "Grade", "Rank/Grade"],
  "Kode Satuan Kerja": ["Kode Satker", "Kode Unit", "Unit Code"],
  "Sub Bagian": ["Subbagian", "Bagian/Sub Bagian", "Section"],
  Status: ["Status Pegawai"],
  Email: ["E-mail", "Surel"],
  Telepon: ["No. Telepon", "No. HP", "Nomor HP", "HP", "Phone", "Telephone"],
};

/** "Tanggal  lahir (YYYY-MM-DD)" → "tanggallahir": case, spaces, punctuation and a bracketed hint do not count. */
export function headerKey(header: string): string {
  return header
    .normalize("NFKC")
    .replace(/\(.*\)\s*$/, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, "");
}

const COLUMN_BY_KEY = new Map<string, ImportColumn>(
  TEMPLATE_COLUMNS.flatMap((column) =>
    [column, ...ALIASES[column]].map((name) => [headerKey(name), column] as const),
  ),
);

export interface HeaderMatch {
  /** Where each column is in the file (0-based) and how the file writes its header. */
  columns: Map<ImportColumn, { index: number; header: string }>;
  /** Columns of the format that the file lacks. */
  missing: ImportColumn[];
  /** Headers the import does not read (the export's "Satuan Kerja" among them). */
  ignored: string[];
  /** Columns that appear twice; the first one counts. */
  repeated: string[];
}

/** Which of the file's headers is which column. */
export function matchHeaders(headers: readonly string[]): HeaderMatch {
  const columns = new Map<ImportColumn, { index: number; header: string }>();
  const ignored: string[] = [];
  const repeated: string[] = [];
  headers.forEach((raw, index) => {
    const header = raw.trim();
    if (!header) return;
    const column = COLUMN_BY_KEY.get(headerKey(header));
    if (!column) ignored.push(header);
    else if (columns.has(column)) repeated.push(header);
    else columns.set(column, { index, header });
  });
  const missing = TEMPLATE_COLUMNS.filter((column) => !columns.has(column));
  return { columns, missing, ignored, repeated };
}

/**
 * The columns an import reads: the export's format (TEMPLATE_COLUMNS in ../export.ts) and the columns of the staff
 * lists offices keep (the SIASN "data pegawai" export, the DUK in the PP 15/1979 print form, the daftar nominatif),
 * each tied to what it fills. Headers match whatever their case, spacing and punctuation, and with or without a
 * hint in brackets ("Tanggal Lahir (YYYY-MM-DD)"); a few English names are accepted too. Pure: no I/O.
 */
import { TEMPLATE_COLUMNS } from "../export";
import type { OfficialFormField } from "../form-values";

/** Columns the office lists carry beyond the template, each one thing a cell can say. */
export const SOURCE_COLUMNS = [
  "Gelar Depan",
  "Gelar Belakang",
  /** The DUK's "name⏎place, date" in one cell. */
  "Nama dan TTL",
  /** "Mataram, 12-05-1980", "Mataram / 12 Mei 1980". */
  "Tempat, Tanggal Lahir",
  /** The pangkat name alone ("Penata Muda"), when the golongan has its own column. */
  "Pangkat",
  "Golongan",
  /** The unit by name, when the file has no region code. */
  "Satuan Kerja",
  "TMT Pangkat",
  "MK Tahun",
  "MK Bulan",
  /** "12 tahun 4 bulan", "12 thn 4 bln", "12/4". */
  "Masa Kerja Golongan",
  "Pendidikan",
  "Jurusan",
  "Agama",
  "Jabatan",
  "TMT Jabatan",
  "Nomor SK Jabatan",
  "Tanggal SK Jabatan",
] as const;

export const IMPORT_COLUMNS = [...TEMPLATE_COLUMNS, ...SOURCE_COLUMNS] as const;
export type ImportColumn = (typeof IMPORT_COLUMNS)[number];

/** The column that gives each of the form's fields (where a change is reported): placement by unit and section. */
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

/** Other names people give these columns; SIASN's, the DUK's (two header rows joined) and the nominatif's among them. */
const ALIASES: Readonly<Record<ImportColumn, readonly string[]>> = {
  Nama: ["Nama Lengkap", "Name", "Nama Pegawai", "NAMA"],
  NIP: ["NIP/NI PPPK", "NIP BARU", "NIP Baru 18 Digit", "NI PPPK"],
  "Jenis Kelamin": ["L/P", "Gender", "Sex", "JK"],
  "Tempat Lahir": ["Place of Birth", "Birthplace", "Birth Place", "TEMPAT LAHIR NAMA"],
  "Tanggal Lahir": ["Date of Birth", "Birth Date", "Birthdate", "Tgl Lahir"],
  "Status Kepegawaian": ["Jenis Pegawai", "Employment Type", "JENIS PEGAWAI NAMA", "Status ASN"],
  "Pangkat/Golongan": [
    "Golongan Ruang",
    "Rank",
    "Grade",
    "Rank/Grade",
    "GOL AKHIR NAMA",
    "Pangkat Golongan",
    "Pangkat/Gol",
    "Pangkat Terakhir Gol/Ruang",
    "Pangkat Terakhir Golongan Ruang",
    "Pangkat Terakhir Pangkat/Gol.Ruang",
  ],
  "Kode Satuan Kerja": ["Kode Satker", "Kode Unit", "Unit Code"],
  "Sub Bagian": ["Subbagian", "Bagian/Sub Bagian", "Section", "UNOR NAMA", "Unit Organisasi", "Unit Kerja"],
  Status: ["Status Pegawai"],
  Email: ["E-mail", "Surel", "Email Kantor"],
  Telepon: ["No. Telepon", "No. HP", "Nomor HP", "HP", "Phone", "Telephone"],
  "Gelar Depan": [],
  "Gelar Belakang": [],
  "Nama dan TTL": ["Nama TTL", "Nama/TTL", "Nama Tempat Tanggal Lahir", "Nama Tempat/Tgl Lahir"],
  "Tempat, Tanggal Lahir": ["TTL", "Tempat/Tanggal Lahir", "Tempat/Tgl Lahir", "Tempat Tgl Lahir"],
  Pangkat: ["Pangkat Terakhir Pangkat", "Nama Pangkat"],
  Golongan: ["Gol", "Gol/Ruang", "Gol. Ruang", "Pangkat Terakhir Gol", "Golongan Akhir"],
  "Satuan Kerja": ["SATUAN KERJA KERJA NAMA", "Satuan Kerja Nama", "Satker"],
  "TMT Pangkat": [
    "TMT Golongan",
    "TMT Gol",
    "TMT Pangkat/Golongan",
    "Pangkat Terakhir TMT",
    "TMT",
    "TMT Pangkat Terakhir",
  ],
  "MK Tahun": ["Masa Kerja Golongan Thn", "Masa Kerja Golongan Tahun", "MK Gol Tahun", "Masa Kerja Tahun"],
  "MK Bulan": ["Masa Kerja Golongan Bln", "Masa Kerja Golongan Bulan", "MK Gol Bulan", "Masa Kerja Bulan"],
  "Masa Kerja Golongan": ["Masa Kerja", "MK Golongan", "MK"],
  Pendidikan: ["PENDIDIKAN NAMA", "Pendidikan Terakhir", "Tingkat Pendidikan"],
  Jurusan: ["Program Studi", "Prodi"],
  Agama: ["AGAMA NAMA", "Religion"],
  Jabatan: ["JABATAN NAMA", "Nama Jabatan", "Jabatan Nama Jabatan"],
  "TMT Jabatan": ["Jabatan TMT"],
  "Nomor SK Jabatan": ["No SK Jabatan"],
  "Tanggal SK Jabatan": ["Tgl SK Jabatan"],
};

/**
 * Headers of the office lists that the import knows and does not read: they neither make a sheet unknown nor fill
 * anything (the running number, SIASN's ids, the DUK's eselon and training, the nominatif's age and remarks).
 */
const KNOWN_UNREAD = [
  "No",
  "No.",
  "Nomor",
  "No Urut",
  "PNS ID",
  "NIP Lama",
  "NIK",
  "TMT CPNS",
  "TMT PNS",
  "Eselon",
  "Latihan Jabatan",
  "Diklat",
  "Usia",
  "Umur",
  "Keterangan",
  "Ket",
  "Ket.",
];

/** "Tanggal  lahir (YYYY-MM-DD)" → "tanggallahir": case, spaces, punctuation and a bracketed hint do not count. */
export function headerKey(header: string): string {
  return header
    .normalize("NFKC")
    .replace(/\(.*\)\s*$/, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, "");
}

const COLUMN_BY_KEY = new Map<string, ImportColumn>(
  IMPORT_COLUMNS.flatMap((column) =>
    [column, ...ALIASES[column]].map((name) => [headerKey(name), column] as const),
  ),
);
const UNREAD_KEYS = new Set(KNOWN_UNREAD.map(headerKey));

/** The column a header names, if the import knows it. */
export function columnOfHeader(header: string): ImportColumn | undefined {
  return COLUMN_BY_KEY.get(headerKey(header));
}

/** Whether a header is one the import knows, read or not: how the table's header row is found. */
export function isKnownHeader(header: string): boolean {
  const key = headerKey(header);
  return key !== "" && (COLUMN_BY_KEY.has(key) || UNREAD_KEYS.has(key));
}

export function isImportColumn(value: unknown): value is ImportColumn {
  return (IMPORT_COLUMNS as readonly unknown[]).includes(value);
}

export interface HeaderMatch {
  /** Where each column is in the file (0-based) and how the file writes its header. */
  columns: Map<ImportColumn, { index: number; header: string }>;
  /** What a row must have that no column gives: the name, nothing else (the rest is derived or chosen once). */
  missing: ImportColumn[];
  /** Headers the import does not read (the export's "Nomor SK Jabatan" among them). */
  ignored: string[];
  /** Columns that appear twice; the first one counts. */
  repeated: string[];
}

/**
 * Which of the file's headers is which column; `assigned` (a clerk's mapping, by position: a column, or null for
 * ignored) takes the place of the names where it is given.
 */
export function matchHeaders(
  headers: readonly string[],
  assigned?: readonly (ImportColumn | null)[],
): HeaderMatch {
  const columns = new Map<ImportColumn, { index: number; header: string }>();
  const ignored: string[] = [];
  const repeated: string[] = [];
  headers.forEach((raw, index) => {
    const header = raw.trim();
    if (!header && !assigned?.[index]) return;
    const column = assigned ? (assigned[index] ?? undefined) : columnOfHeader(header);
    if (!column) ignored.push(header);
    else if (columns.has(column)) repeated.push(header);
    else columns.set(column, { index, header: header || column });
  });
  const hasName = columns.has("Nama") || columns.has("Nama dan TTL");
  return { columns, missing: hasName ? [] : ["Nama"], ignored, repeated };
}

/** Which office list a header row is, by the columns only it has: what the preview says it recognised. */
export type KnownLayout = "template" | "siasn" | "duk" | "nominatif";

export function recogniseLayout(headers: readonly string[]): KnownLayout | null {
  const keys = new Set(headers.map(headerKey));
  if (keys.has("pnsid") || keys.has("nipbaru") || keys.has("golakhirnama")) return "siasn";
  if ([...keys].some((key) => key.startsWith("pangkatterakhir") || key.startsWith("masakerjagolongan")))
    return "duk";
  if (keys.has("usia") || (keys.has("pangkat") && keys.has("golongan"))) return "nominatif";
  if (TEMPLATE_COLUMNS.every((column) => keys.has(headerKey(column)))) return "template";
  return null;
}

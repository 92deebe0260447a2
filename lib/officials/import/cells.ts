/**
 * Cells of an import row read as values of an official, tolerant of how spreadsheets write them; a cell that
 * cannot be read is a problem (message key under `import.problems`) naming what it says. Pure: no I/O.
 */
import { EmploymentType, Gender, OfficialStatus, type Rank } from "@/lib/generated/prisma/enums";
import { cellText, isNumberCell, type Cell } from "@/lib/uploads/spreadsheet-cells";
import { EMPLOYMENT_TYPE_VALUES, GENDER_VALUES, STATUS_VALUES } from "../export";
import { dateOfCell } from "./cell-dates";
import { readRankText } from "./cell-ranks";

export interface CellProblem {
  /** Catalogue key: plain under `validation`, dotted a full path (as zod messages in lib/actions/field-issues.ts). */
  key: string;
  params?: Record<string, string | number>;
}

/** The value (undefined for an empty cell) or why the cell cannot be read. */
export type CellResult<T> = { ok: true; value: T | undefined } | { ok: false; problem: CellProblem };

const P = "import.problems";

const empty = <T>(): CellResult<T> => ({ ok: true, value: undefined });
const value = <T>(found: T): CellResult<T> => ({ ok: true, value: found });
const problem = <T>(key: string, cell: Cell): CellResult<T> => ({
  ok: false,
  problem: { key: `${P}.${key}`, params: { value: cellText(cell) } },
});

/** Lower-case letters and digits only: "Non-ASN" and "non asn" are the same word. */
const wordKey = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");

function lookup<T extends string>(entries: [T, readonly string[]][]): Map<string, T> {
  return new Map(
    entries.flatMap(([key, words]) => [key, ...words].map((word) => [wordKey(word), key] as const)),
  );
}

/** A reader of a cell that names one of a few values, in any of the words in `words`. */
function choice<T>(words: ReadonlyMap<string, T>, problemKey: string): (cell: Cell) => CellResult<T> {
  return (cell) => {
    const text = cellText(cell);
    if (!text) return empty();
    const found = words.get(wordKey(text));
    return found ? value(found) : problem(problemKey, cell);
  };
}

/** Text as typed; a number as the file writes it (a region code "5271" that Excel made a number). */
export function readText(cell: Cell): string | undefined {
  return cellText(cell) || undefined;
}

// Digits that Excel stored as a number in scientific notation, as it shows them: "1.97805E+17", "1,97805E+17".
const SCIENTIFIC = /^\d+(?:[.,]\d+)?e[+-]?\d+$/i;

/**
 * Whether a number cell holds a whole 18-digit NIP: written with all its digits, more than a double can carry.
 * Excel writes what it keeps, 15 digits ("1.97805122005012E+17"); a program that wrote a double writes its
 * shortest form ("197805122005012000"), which stands for any of some 30 neighbouring numbers. Neither can be trusted.
 */
function exactNipDigits(text: string): boolean {
  return /^\d{18}$/.test(text) && String(Number(text)) !== text;
}

/**
 * A NIP as text, grouped or not (the schema checks it), or as a number when the file holds all 18 digits exactly.
 * A number rounded on the way (or text Excel shows as 1.97805E+17) cannot be recovered: the last digits are gone.
 */
export function readNip(cell: Cell): CellResult<string> {
  if (isNumberCell(cell)) {
    return exactNipDigits(cell.text) ? value(cell.text) : problem("nipNumberLost", cell);
  }
  // A leading apostrophe is how Excel users force text; it sometimes survives into a CSV.
  const text = cellText(cell).replace(/^'/, "");
  if (!text) return empty();
  return SCIENTIFIC.test(text) ? problem("nipNumberLost", cell) : value(text);
}

const GENDERS = lookup<Gender>([
  [Gender.MALE, [GENDER_VALUES.MALE, "L", "Laki laki", "Lelaki", "Pria", "Male", "M"]],
  [Gender.FEMALE, [GENDER_VALUES.FEMALE, "P", "Wanita", "Female", "F"]],
]);

export const readGender = choice(GENDERS, "gender");

const EMPLOYMENT_TYPES = lookup<EmploymentType>([
  // SIASN writes where a PNS is employed ("PNS Pusat", "PNS Daerah"); a CPNS is a PNS on probation.
  [
    EmploymentType.PNS,
    [EMPLOYMENT_TYPE_VALUES.PNS, "Pegawai Negeri Sipil", "PNS Pusat", "PNS Daerah", "CPNS"],
  ],
  [
    EmploymentType.PPPK,
    [EMPLOYMENT_TYPE_VALUES.PPPK, "Pegawai Pemerintah dengan Perjanjian Kerja", "PPPK Pusat", "PPPK Daerah"],
  ],
  [EmploymentType.NON_ASN, [EMPLOYMENT_TYPE_VALUES.NON_ASN, "Non ASN", "Tenaga Pendukung", "Honorer"]],
]);

export const readEmploymentType = choice(EMPLOYMENT_TYPES, "employmentType");

const STATUSES = lookup<OfficialStatus>([
  [OfficialStatus.ACTIVE, [STATUS_VALUES.ACTIVE, "Active"]],
  // "Cuti/Tugas Belajar" was one status in exports before the two were told apart: it reads as Cuti.
  [OfficialStatus.ON_LEAVE, [STATUS_VALUES.ON_LEAVE, "Cuti/Tugas Belajar", "On leave"]],
  [OfficialStatus.STUDY_LEAVE, [STATUS_VALUES.STUDY_LEAVE, "Tubel", "Study leave"]],
  [OfficialStatus.TRANSFERRED_OUT, [STATUS_VALUES.TRANSFERRED_OUT, "Mutasi", "Pindah", "Transferred out"]],
  [OfficialStatus.RETIRED, [STATUS_VALUES.RETIRED, "Retired"]],
  [OfficialStatus.DECEASED, [STATUS_VALUES.DECEASED, "Meninggal", "Wafat", "Deceased"]],
  [OfficialStatus.INACTIVE, [STATUS_VALUES.INACTIVE, "Nonaktif", "Diberhentikan", "Inactive"]],
]);

export const readStatus = choice(STATUSES, "status");

/** The golongan, the pangkat name, or both ("Penata Muda / III/a"); a PPPK's grade bare or labelled. */
export function readRank(cell: Cell): CellResult<Rank> {
  const text = cellText(cell);
  if (!text) return empty();
  const reading = readRankText(text);
  if (reading.ok) return value(reading.rank);
  return problem(reading.reason === "mismatch" ? "rankDisagrees" : "rank", cell);
}

/**
 * A phone number. Excel turns "081234567890" into the number 81234567890, dropping the leading zero of every
 * Indonesian number written without +62; put it back.
 */
export function readPhone(cell: Cell): string | undefined {
  if (isNumberCell(cell) && /^8\d{8,11}$/.test(cell.text)) return `0${cell.text}`;
  return readText(cell);
}

/**
 * A calendar date: a date cell, an Excel serial number left unformatted, "1978-05-12" (ISO), "12/05/1978"
 * (DD/MM/YYYY, the Indonesian order; also with "-" or ".") or "12 Mei 1978". UTC midnight, as @db.Date values are.
 */
export function readDate(cell: Cell): CellResult<Date> {
  const date = dateOfCell(cell);
  if (date === undefined) return empty();
  return date ? value(date) : problem("date", cell);
}

/**
 * Dates as offices write them in a staff list: a date cell, an Excel serial number, "1978-05-12", "12/05/1978",
 * "12 Mei 1978" (Indonesian month names, and their short forms), and a birth line "Selong, 14-03-1970" or
 * "Selong / 14 Maret 1970" that gives the place too. Returned as UTC midnight, as @db.Date values are. Pure.
 */
import { cellText, isNumberCell, type Cell } from "@/lib/uploads/spreadsheet-cells";

// Excel's day 1 is 1900-01-01, and it counts a 29 February 1900 that never was: serial 25569 is 1970-01-01.
const EXCEL_EPOCH_OFFSET = 25569;
const DAY_MS = 86_400_000;

/** Month names, Indonesian first (with the older spellings and the short forms of printed lists), then English. */
const MONTHS: readonly (readonly string[])[] = [
  ["januari", "jan", "january"],
  ["februari", "pebruari", "feb", "peb", "february"],
  ["maret", "mar", "march"],
  ["april", "apr"],
  ["mei", "may"],
  ["juni", "jun", "june"],
  ["juli", "jul", "july"],
  ["agustus", "agu", "agt", "ags", "aug", "august"],
  ["september", "sep", "sept"],
  ["oktober", "okt", "oct", "october"],
  ["november", "nopember", "nov", "nop"],
  ["desember", "des", "dec", "december"],
];
const MONTH_BY_NAME = new Map(
  MONTHS.flatMap((names, index) => names.map((name) => [name, index + 1] as const)),
);

export function utcDate(year: number, month: number, day: number): Date | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
    ? date
    : null;
}

const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const LOCAL = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;
const NAMED = /^(\d{1,2})[\s.-]*(\p{L}+)\.?[\s.-]*(\d{4})$/u;

/** A date written as text, or null. */
export function parseDateText(text: string): Date | null {
  const trimmed = text.trim();
  const iso = ISO.exec(trimmed);
  if (iso) return utcDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const local = LOCAL.exec(trimmed);
  if (local) return utcDate(Number(local[3]), Number(local[2]), Number(local[1]));
  const named = NAMED.exec(trimmed);
  const month = named ? MONTH_BY_NAME.get((named[2] ?? "").toLowerCase()) : undefined;
  return named && month ? utcDate(Number(named[3]), month, Number(named[1])) : null;
}

/** A date cell, an Excel serial number left unformatted, or a date as text; undefined when not a date. */
export function dateOfCell(cell: Cell): Date | null | undefined {
  if (cell instanceof Date)
    return new Date(Date.UTC(cell.getUTCFullYear(), cell.getUTCMonth(), cell.getUTCDate()));
  if (isNumberCell(cell)) {
    const serial = cell.value;
    return Number.isInteger(serial) && serial > 60 && serial < 2_958_466
      ? new Date((serial - EXCEL_EPOCH_OFFSET) * DAY_MS)
      : null;
  }
  const text = cellText(cell);
  return text ? parseDateText(text) : undefined;
}

// The date at the end of a birth line, in any of the forms above.
const TRAILING_DATE =
  /(\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[/.-]\d{1,2}[/.-]\d{4}|\d{1,2}[\s.-]*\p{L}+\.?[\s.-]*\d{4})\s*$/u;

/**
 * "Selong, 14-03-1970", "Selong / 14 Maret 1970", "Selong 14 Maret 1970": the place and the date; null when the
 * text ends in no date (the place alone is then not guessed at either).
 */
export function parsePlaceAndDate(text: string): { place: string; date: Date | null } | null {
  const trimmed = text.replace(/\s+/g, " ").trim();
  const match = TRAILING_DATE.exec(trimmed);
  if (!match?.[1]) return null;
  const place = trimmed
    .slice(0, match.index)
    .replace(/[\s,/;-]+$/, "")
    .trim();
  return { place, date: parseDateText(match[1]) };
}

/** Whether a text holds a date anywhere: what a name never does. */
export function holdsDate(text: string): boolean {
  return (
    /\d{1,2}[/.-]\d{1,2}[/.-]\d{4}|\d{4}-\d{1,2}-\d{1,2}/.test(text) || parsePlaceAndDate(text)?.date != null
  );
}

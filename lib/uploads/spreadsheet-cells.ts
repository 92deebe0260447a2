/** A spreadsheet's cells as the upload reader hands them over, whatever the file format was. */
import { isoDate } from "@/lib/validations/input";

/**
 * A number as the file stores it: `value` as a double, `text` as written in the file (the XLSX cell's XML), which
 * keeps digits a double cannot hold (an 18-digit NIP written by a program rather than typed into Excel).
 */
export interface NumberCell {
  kind: "number";
  value: number;
  text: string;
}

/** Text, a date cell (UTC midnight of its calendar date), a number, or empty. */
export type Cell = string | Date | NumberCell | null;

export interface SheetRow {
  /** The row number the spreadsheet shows (empty rows are skipped but still counted). */
  rowNumber: number;
  cells: Cell[];
}

export function isNumberCell(cell: Cell): cell is NumberCell {
  return typeof cell === "object" && cell !== null && !(cell instanceof Date);
}

export function isBlank(cell: Cell): boolean {
  return cell === null || (typeof cell === "string" && cell.trim() === "");
}

/** A cell as plain text: what a header or a name cell says. */
export function cellText(cell: Cell): string {
  if (cell === null) return "";
  if (typeof cell === "string") return cell.trim();
  if (cell instanceof Date) return isoDate(cell);
  return cell.text;
}

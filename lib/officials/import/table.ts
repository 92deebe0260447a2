/** A spreadsheet as the import maps it: the header, and the rows below it (cells: lib/uploads/spreadsheet-cells.ts). */
import type { SheetRow } from "@/lib/uploads/spreadsheet-cells";

export interface Table {
  /** One per column; a header over two rows (merged cells above, their parts below) joined: "Pangkat Terakhir TMT". */
  headers: string[];
  /** The header's row number (its first row when it spans two). */
  headerRowNumber: number;
  /** How many rows the header spans: 1, or 2 for the DUK's merged header. */
  headerRowCount: number;
  /** Rows above the header (a title block), with their row numbers. */
  above: SheetRow[];
  /** Rows below the header, with the row numbers the spreadsheet shows; empty rows are left out. */
  rows: SheetRow[];
}

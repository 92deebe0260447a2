/** A spreadsheet as the import maps it: the header, and the rows below it (cells: lib/uploads/spreadsheet-cells.ts). */
import type { SheetRow } from "@/lib/uploads/spreadsheet-cells";

export interface Table {
  headers: string[];
  /** The header's row number (1 unless rows above it were empty). */
  headerRowNumber: number;
  /** Rows below the header, with the row numbers the spreadsheet shows; empty rows are left out. */
  rows: SheetRow[];
}

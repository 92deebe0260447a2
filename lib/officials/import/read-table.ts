/**
 * An uploaded staff list (CSV or XLSX) read into a Table through the bounded upload reader (lib/uploads): the
 * first non-empty row is the header, later rows keep the numbers the spreadsheet shows them under. What the reader
 * refuses, and a file with nothing in it, is the file's one problem, as the preview lists it.
 */
import "server-only";
import { Deadline } from "@/lib/uploads/deadline";
import { readSpreadsheet } from "@/lib/uploads/spreadsheet";
import { cellText } from "@/lib/uploads/spreadsheet-cells";
import { UploadRefusedError } from "@/lib/uploads/upload-refused";
import type { CellProblem } from "./cells";
import { MAX_DATA_ROWS } from "./limits";
import type { Table } from "./table";

export type ReadTableResult = { ok: true; table: Table } | { ok: false; problem: CellProblem };

export async function readImportTable(
  file: { fileName: string; bytes: Uint8Array },
  deadline: Deadline = new Deadline(),
): Promise<ReadTableResult> {
  let rows;
  try {
    rows = await readSpreadsheet(file, { maxDataRows: MAX_DATA_ROWS, deadline });
  } catch (error) {
    if (error instanceof UploadRefusedError)
      return { ok: false, problem: { key: error.reason, params: error.params } };
    throw error;
  }
  const [header, ...data] = rows;
  if (!header) return { ok: false, problem: { key: "import.file.empty" } };
  return {
    ok: true,
    table: { headers: header.cells.map(cellText), headerRowNumber: header.rowNumber, rows: data },
  };
}

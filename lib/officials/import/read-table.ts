/**
 * An uploaded staff list (CSV or XLSX) read into a Table through the bounded upload reader (lib/uploads): the
 * header found among the first rows (find-table.ts), the rows below it keeping the numbers the spreadsheet shows
 * them under. What the reader refuses, and a file with nothing in it, is the file's one problem.
 */
import "server-only";
import { Deadline } from "@/lib/uploads/deadline";
import { readSpreadsheet } from "@/lib/uploads/spreadsheet";
import { UploadRefusedError } from "@/lib/uploads/upload-refused";
import type { CellProblem } from "./cells";
import { HEADER_SEARCH_ROWS, locateTable } from "./find-table";
import { MAX_DATA_ROWS } from "./limits";
import type { Table } from "./table";

export type ReadTableResult = { ok: true; table: Table } | { ok: false; problem: CellProblem };

export async function readImportTable(
  file: { fileName: string; bytes: Uint8Array },
  deadline: Deadline = new Deadline(),
): Promise<ReadTableResult> {
  let rows;
  try {
    // The title block and a header of up to two rows do not count against the limit: the rows below it do.
    rows = await readSpreadsheet(file, {
      maxDataRows: MAX_DATA_ROWS,
      rowsAbove: HEADER_SEARCH_ROWS + 1,
      deadline,
    });
  } catch (error) {
    if (error instanceof UploadRefusedError)
      return { ok: false, problem: { key: error.reason, params: error.params } };
    throw error;
  }
  const table = locateTable(rows);
  if (!table) return { ok: false, problem: { key: "import.file.empty" } };
  if (table.rows.length > MAX_DATA_ROWS)
    return { ok: false, problem: { key: "uploads.errors.tooManyRows", params: { max: MAX_DATA_ROWS } } };
  return { ok: true, table };
}

/**
 * An uploaded spreadsheet (CSV or XLSX) read within every bound: its type by content, the XLSX package through
 * the bounded ZIP reader before exceljs sees it, then parsed in a worker thread under the deadline and a row limit.
 * Every refusal is an UploadRefusedError.
 */
import "server-only";
import { Worker } from "node:worker_threads";
import { Deadline } from "./deadline";
import { sniffFileType } from "./file-type";
import { SPREADSHEET_ARCHIVE_LIMITS, WORKER_HEAP_MB } from "./limits";
import type { SpreadsheetKind, SpreadsheetReply } from "./parse-spreadsheet";
import { runInWorker } from "./run-in-worker";
import type { SheetRow } from "./spreadsheet-cells";
import { UploadRefusedError } from "./upload-refused";
import { isZip } from "./zip-archive";

const TEXT_EXTENSIONS = /\.(csv|txt)$/i;

/**
 * XLSX when the content is an XLSX package (whatever the name); CSV when the name says so and the content is not
 * a binary format; anything else is refused. An ".xlsx" that is no package is damaged rather than of another type.
 */
async function kindOf(fileName: string, bytes: Uint8Array, deadline: Deadline): Promise<SpreadsheetKind> {
  const type = await sniffFileType(bytes, { limits: SPREADSHEET_ARCHIVE_LIMITS, deadline });
  if (type === "xlsx") return "xlsx";
  if (type === null && !isZip(bytes) && TEXT_EXTENSIONS.test(fileName)) return "csv";
  if (type === null && /\.xlsx$/i.test(fileName)) throw new UploadRefusedError("unreadable");
  throw new UploadRefusedError("unsupportedType", { types: "CSV, XLSX" });
}

/**
 * `rowsAbove`: the non-empty rows a sheet may have above its data (the header row, by default; a title block and a
 * two-row header for a caller that finds the header itself and then checks the data rows against maxDataRows).
 */
export async function readSpreadsheet(
  file: { fileName: string; bytes: Uint8Array },
  {
    maxDataRows,
    rowsAbove = 1,
    deadline = new Deadline(),
  }: { maxDataRows: number; rowsAbove?: number; deadline?: Deadline },
): Promise<SheetRow[]> {
  const kind = await kindOf(file.fileName, file.bytes, deadline);
  const reply = await runInWorker<SpreadsheetReply>(
    // Written out here, options as a literal too: that is the shape Next recognises and bundles as a worker entry.
    () =>
      new Worker(new URL("./spreadsheet-worker.ts", import.meta.url), {
        resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB },
      }),
    { kind, bytes: file.bytes, maxRows: maxDataRows + rowsAbove },
    deadline,
  );
  if (reply.ok) return reply.rows;
  throw reply.refusal === "tooManyRows"
    ? new UploadRefusedError("tooManyRows", { max: maxDataRows })
    : new UploadRefusedError("unreadable");
}

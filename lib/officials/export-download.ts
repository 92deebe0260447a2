/**
 * The officials export (ekspor pegawai) as a download: who may have it, which rows, and the file streamed as CSV
 * or XLSX while the rows are read batch by batch. The route handler only supplies the signed-in user.
 */
import "server-only";
import { PassThrough, Readable } from "node:stream";
import ExcelJS from "exceljs";
import Papa from "papaparse";
import { z } from "zod";
import { can } from "@/lib/auth/policy";
import type { CurrentUser } from "@/lib/auth/types";
import { EXPORT_COLUMNS, exportCells, exportFileName, type ExportColumn, type ExportFormat } from "./export";
import { parseListParams } from "./list-params";
import { exportOfficialBatches, resolveFilters, type OfficialExportRow } from "./queries";

const CONTENT_TYPES: Readonly<Record<ExportFormat, string>> = {
  csv: "text/csv; charset=utf-8",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};

const formatSchema = z.enum(["csv", "xlsx"]).catch("xlsx");

/**
 * The response to `GET /api/pegawai/ekspor?format=csv|xlsx&<list params>`: 401 when signed out, 404 without
 * official.view (as pages do), otherwise every official the list's params match in the user's scope.
 */
export async function exportResponse(
  user: CurrentUser | null,
  search: URLSearchParams,
  now = new Date(),
): Promise<Response> {
  if (!user) return new Response("Unauthorized", { status: 401 });
  if (!can(user, "official.view")) return new Response("Not Found", { status: 404 });

  const params = parseListParams(search);
  const format = formatSchema.parse(search.get("format"));
  const filters = await resolveFilters(user, params);
  const batches = exportOfficialBatches(user, params, filters);
  const fileName = exportFileName(
    filters.unit?.shortName ?? user.unit.shortName,
    user.unit.timeZone,
    format,
    now,
  );
  return new Response(format === "csv" ? csvStream(batches) : xlsxStream(batches), {
    headers: {
      "Content-Type": CONTENT_TYPES[format],
      "Content-Disposition": `attachment; filename="${fileName}"`,
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}

// A cell that starts like a formula is neutralised with a leading apostrophe (CSV injection), except a phone
// number such as "+62 812-3456-7890", which a spreadsheet reads as text or a number, never as a formula.
const FORMULA_START = /^(?:[=@\t\r]|[+-](?![\d\s()-]*$))/;

/** CSV lines (RFC 4180, CRLF) for rows of cells. */
export function csvLines(rows: string[][]): string {
  return Papa.unparse(rows, { newline: "\r\n", escapeFormulae: FORMULA_START }) + "\r\n";
}

/** CSV: a UTF-8 byte-order mark (without it Excel reads the file as ANSI), the header, then a batch per pull. */
export function csvStream(batches: AsyncIterable<OfficialExportRow[]>): ReadableStream<Uint8Array> {
  const iterator = batches[Symbol.asyncIterator]();
  const encoder = new TextEncoder();
  return new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(`\uFEFF${csvLines([[...EXPORT_COLUMNS]])}`));
    },
    async pull(controller) {
      const next = await iterator.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(csvLines(next.value.map(exportCells))));
    },
    async cancel() {
      await iterator.return?.(undefined);
    },
  });
}

const COLUMN_WIDTHS: Partial<Record<ExportColumn, number>> = {
  Nama: 40,
  NIP: 24,
  "Sub Bagian": 36,
  "Satuan Kerja": 28,
};

/**
 * XLSX written row by row with exceljs' streaming writer, so memory stays at about one batch. Every column has the
 * text format "@" and every cell is a string: NIP, dates and phone numbers stay as written, also when someone
 * edits the file and imports it again.
 */
export function xlsxStream(batches: AsyncIterable<OfficialExportRow[]>): ReadableStream<Uint8Array> {
  const output = new PassThrough();
  void writeWorkbook(output, batches).catch((error: unknown) => output.destroy(error as Error));
  return Readable.toWeb(output) as ReadableStream<Uint8Array>;
}

async function writeWorkbook(
  output: PassThrough,
  batches: AsyncIterable<OfficialExportRow[]>,
): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: output,
    useStyles: true,
    useSharedStrings: false,
  });
  const sheet = workbook.addWorksheet("Pegawai", { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = EXPORT_COLUMNS.map((header) => ({
    header,
    width: COLUMN_WIDTHS[header] ?? 18,
    style: { numFmt: "@" },
  }));
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.commit();
  for await (const batch of batches) {
    for (const row of batch) sheet.addRow(exportCells(row)).commit();
    // Let the client read what is buffered before the next batch is fetched; stop if it went away.
    if (output.writableNeedDrain) await drainedOrClosed(output);
    if (output.destroyed) return;
  }
  sheet.commit();
  await workbook.commit();
}

function drainedOrClosed(output: PassThrough): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      output.off("drain", done).off("close", done);
      resolve();
    };
    output.on("drain", done).on("close", done);
  });
}

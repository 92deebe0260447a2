/**
 * The officials export (ekspor pegawai) as a download: who may have it, which rows, and the file streamed as CSV
 * or XLSX while the rows are read batch by batch. The route handler only supplies the signed-in user.
 */
import "server-only";
import Papa from "papaparse";
import { z } from "zod";
import { can } from "@/lib/auth/policy";
import { xlsxSheetStream } from "@/lib/exports/xlsx-stream";
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

/** XLSX through the shared streaming writer (lib/exports/xlsx-stream.ts), a batch of rows per pull. */
export function xlsxStream(batches: AsyncIterable<OfficialExportRow[]>): ReadableStream<Uint8Array> {
  const columns = EXPORT_COLUMNS.map((header) => ({ header, width: COLUMN_WIDTHS[header] }));
  return xlsxSheetStream("Pegawai", columns, cellBatches(batches));
}

async function* cellBatches(batches: AsyncIterable<OfficialExportRow[]>): AsyncGenerator<string[][]> {
  for await (const batch of batches) yield batch.map(exportCells);
}

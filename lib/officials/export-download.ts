/**
 * The officials export (ekspor pegawai) as a download: who may have it, which rows, and the file streamed as CSV
 * or XLSX a batch of rows at a time. The route handler only supplies the signed-in user.
 */
import "server-only";
import { z } from "zod";
import { can } from "@/lib/auth/policy";
import { xlsxSheetStream } from "@/lib/exports/xlsx-stream";
import type { CurrentUser } from "@/lib/auth/types";
import { todayFor } from "@/lib/dates/today";
import { inExportSlot } from "./export-slots";
import { EXPORT_COLUMNS, exportCells, exportFileName, type ExportFormat } from "./export";
import { parseListParams } from "./list-params";
import { exportOfficialBatches, resolveFilters, type OfficialExportRow } from "./queries";
import { dukRows, dukSheet, staffingListSheet, type ListSheet } from "./staffing-list";

const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const CONTENT_TYPES: Readonly<Record<ExportFormat, string>> = {
  csv: "text/csv; charset=utf-8",
  xlsx: XLSX_TYPE,
  duk: XLSX_TYPE,
};

const formatSchema = z.enum(["csv", "xlsx", "duk"]).catch("xlsx");

/**
 * The response to `GET /api/pegawai/ekspor?format=csv|xlsx|duk&<list params>`: 401 when signed out, 404 without
 * official.view (as pages do), otherwise every official the list's params match in the user's scope: as CSV data
 * (the columns the import reads, then the post and rank history), as the staffing list to hand over (XLSX), or as
 * the Daftar Urut Kepangkatan (its PNS in DUK order, XLSX).
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
  const today = todayFor(user, now);
  const chosen = filters.unit ?? filters.region;
  const fileName = exportFileName(chosen?.shortName ?? user.unit.shortName, user.unit.timeZone, format, now);
  const unitName = chosen?.shortName ?? user.unit.name;
  let body: ReadableStream<Uint8Array>;
  if (format === "csv") {
    body = csvStream(exportOfficialBatches(user, params, filters, undefined, today), today);
  } else if (format === "duk") {
    const pns = exportOfficialBatches(user, { ...params, type: "PNS" as const }, filters, undefined, today);
    body = xlsxStream(dukBatch(pns, today), dukSheet(unitName, today));
  } else {
    const batches = exportOfficialBatches(user, params, filters, undefined, today);
    body = xlsxStream(batches, staffingListSheet(unitName, today));
  }
  return new Response(inExportSlot(body), {
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

// What makes a cell need quotes: a comma, a quote, a line break, a byte-order mark, a space at either end.
const NEEDS_QUOTES = /[",\r\n\uFEFF]|^ | $/;

// Neither of the above can apply to a cell this does not match: most cells take one test instead of two.
const MAY_NEED_CARE = /^[=@\t\r+\- ]|[",\r\n\uFEFF]| $/;

/** One cell as RFC 4180 writes it, a formula neutralised. Papa.unparse did the same at a third of the speed. */
function csvCell(text: string): string {
  if (!MAY_NEED_CARE.test(text)) return text;
  if (FORMULA_START.test(text)) return `"'${text.replace(/"/g, '""')}"`;
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** CSV lines (RFC 4180, CRLF) for rows of cells. */
export function csvLines(rows: string[][]): string {
  let text = "";
  for (const row of rows) text += `${row.map(csvCell).join(",")}\r\n`;
  return text;
}

/**
 * The DUK ranks every PNS against all others, so its rows are ordered in memory (a province has hundreds). Read at
 * the first pull, i.e. once the export holds its slot (export-slots.ts), so waiting DUKs hold nothing.
 */
async function* dukBatch(batches: AsyncIterable<OfficialExportRow[]>, today: Date) {
  const all: OfficialExportRow[] = [];
  for await (const batch of batches) all.push(...batch);
  if (all.length > 0) yield dukRows(all, today);
}

/** CSV: a UTF-8 byte-order mark (without it Excel reads the file as ANSI), the header, then a batch per pull. */
export function csvStream(
  batches: AsyncIterable<OfficialExportRow[]>,
  today?: Date,
): ReadableStream<Uint8Array> {
  const iterator = batches[Symbol.asyncIterator]();
  const encoder = new TextEncoder();
  return new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(`\uFEFF${csvLines([[...EXPORT_COLUMNS]])}`));
    },
    async pull(controller) {
      const next = await iterator.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(csvLines(next.value.map((row) => exportCells(row, today)))));
    },
    async cancel() {
      await iterator.return?.(undefined);
    },
  });
}

/** A titled list (staffing list, DUK) through the shared streaming writer (lib/exports/xlsx-stream.ts). */
export function xlsxStream(
  batches: AsyncIterable<OfficialExportRow[]>,
  list: ListSheet,
): ReadableStream<Uint8Array> {
  return xlsxSheetStream(list.sheetName, list.columns, cellBatches(batches, list), { title: list.title });
}

async function* cellBatches(
  batches: AsyncIterable<OfficialExportRow[]>,
  list: ListSheet,
): AsyncGenerator<string[][]> {
  let number = 0;
  for await (const batch of batches) yield batch.map((row) => list.cells(row, ++number).map(String));
}

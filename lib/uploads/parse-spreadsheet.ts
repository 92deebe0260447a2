/**
 * A spreadsheet's first worksheet (XLSX) or its lines (CSV) as rows of cells, stopping past a number of rows.
 * Runs inside a worker thread (spreadsheet-worker.ts): exceljs holds the CPU for long stretches, which must not be
 * the event loop's. Imports only libraries and pure modules, so the worker starts with nothing of the app.
 */
import type ExcelJS from "exceljs";
import Papa from "papaparse";
import { isBlank, type Cell, type SheetRow } from "./spreadsheet-cells";
import { readNumberTexts } from "./xlsx-number-texts";

export type SpreadsheetKind = "csv" | "xlsx";

export interface SpreadsheetRequest {
  kind: SpreadsheetKind;
  bytes: Uint8Array;
  /** Non-empty rows to read at most; one more and the file is refused. */
  maxRows: number;
}

export type SpreadsheetReply =
  { ok: true; rows: SheetRow[] } | { ok: false; refusal: "unreadable" | "tooManyRows" };

class TooManyRows extends Error {}

/** The non-empty rows, with the row numbers a spreadsheet shows. */
export async function parseSpreadsheet({
  kind,
  bytes,
  maxRows,
}: SpreadsheetRequest): Promise<SpreadsheetReply> {
  try {
    const rows = kind === "csv" ? readCsv(bytes, maxRows) : await readXlsx(bytes, maxRows);
    return { ok: true, rows };
  } catch (error) {
    return { ok: false, refusal: error instanceof TooManyRows ? "tooManyRows" : "unreadable" };
  }
}

/** Collects non-empty rows, refusing one past the limit. */
function rowCollector(maxRows: number) {
  const rows: SheetRow[] = [];
  return {
    rows,
    add(rowNumber: number, cells: Cell[]) {
      if (cells.every(isBlank)) return;
      if (rows.length === maxRows) throw new TooManyRows();
      rows.push({ rowNumber, cells });
    },
  };
}

/** UTF-8 (with or without the byte-order mark Excel writes); otherwise the Windows code page older Excel saves in. */
function decodeText(bytes: Uint8Array): string {
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return new TextDecoder("windows-1252").decode(bytes);
  }
}

/**
 * The delimiter, from the header line: Excel in an Indonesian locale saves CSV with semicolons, elsewhere with
 * commas; tabs come from copying out of a spreadsheet. (papaparse's own guess is thrown off by short files.)
 */
function delimiterOf(text: string): string {
  const header = text.split(/\r?\n/, 50).find((line) => line.trim() !== "") ?? "";
  const counts = [",", ";", "\t"].map((delimiter) => ({ delimiter, count: header.split(delimiter).length }));
  return counts.reduce((best, next) => (next.count > best.count ? next : best)).delimiter;
}

function readCsv(bytes: Uint8Array, maxRows: number): SheetRow[] {
  const text = decodeText(bytes);
  const collected = rowCollector(maxRows);
  let lineNumber = 0;
  let failure: Error | null = null;
  Papa.parse<string[]>(text, {
    delimiter: delimiterOf(text),
    skipEmptyLines: false,
    step(result, parser) {
      lineNumber += 1;
      try {
        if (result.errors.some((error) => error.type === "Quotes"))
          throw new Error("CSV quotes do not match");
        collected.add(lineNumber, result.data);
      } catch (error) {
        failure = error as Error;
        parser.abort();
      }
    },
  });
  if (failure) throw failure;
  return collected.rows;
}

async function readXlsx(bytes: Uint8Array, maxRows: number): Promise<SheetRow[]> {
  // Loaded only for an XLSX: it is most of the worker's start-up time, which a CSV does not need to pay.
  const { default: ExcelJS } = await import("exceljs");
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  const sheet = workbook.worksheets[0];
  if (!sheet) return [];
  const numberTexts = await readNumberTexts(bytes, sheet.name);
  const collected = rowCollector(maxRows);
  sheet.eachRow({ includeEmpty: false }, (row) => {
    const cells: Cell[] = [];
    row.eachCell({ includeEmpty: true }, (cell, column) => {
      cells[column - 1] = toCell(cell.value, numberTexts.get(cell.address));
    });
    collected.add(
      row.number,
      Array.from(cells, (cell) => cell ?? null),
    );
  });
  return collected.rows;
}

/** An exceljs value as a Cell: rich text and hyperlinks as their text, a formula as its result. */
function toCell(value: ExcelJS.CellValue, numberText: string | undefined): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === "string") return value;
  if (typeof value === "number") return { kind: "number", value, text: numberText ?? String(value) };
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (value instanceof Date) return value;
  if ("richText" in value) return value.richText.map((run) => run.text).join("");
  if ("hyperlink" in value) {
    const text: unknown = value.text;
    return typeof text === "string" ? text : toCell(text as ExcelJS.CellValue, undefined);
  }
  if ("formula" in value || "sharedFormula" in value) {
    return toCell((value as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue, numberText);
  }
  if ("error" in value) return String(value.error);
  return null;
}

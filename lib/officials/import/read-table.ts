/**
 * An uploaded spreadsheet (CSV or XLSX) read into a Table: the first non-empty row is the header, later rows keep
 * the numbers the spreadsheet shows them under. XLSX cells keep their kind (text, date, number); CSV cells are text.
 */
import ExcelJS from "exceljs";
import Papa from "papaparse";
import { MAX_DATA_ROWS } from "./limits";
import type { Cell, Table, TableRow } from "./table";
import { cellText, isBlank } from "./table";
import { readNumberTexts } from "./xlsx-number-texts";

/** Why a file could not be read at all; the page translates these (import.file.<code>). */
export type FileProblemCode = "unsupportedType" | "unreadable" | "empty" | "tooManyRows";

export type ReadTableResult = { ok: true; table: Table } | { ok: false; problem: FileProblemCode };

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

export function fileKind(fileName: string, bytes: Uint8Array): "csv" | "xlsx" | null {
  const extension = /\.([^.]+)$/.exec(fileName.toLowerCase())?.[1];
  if (extension === "xlsx") return "xlsx";
  if (extension === "csv" || extension === "txt") return "csv";
  // No telling extension: a ZIP package is an XLSX.
  if (!extension && ZIP_MAGIC.every((byte, index) => bytes[index] === byte)) return "xlsx";
  return null;
}

export async function readTable(fileName: string, bytes: Uint8Array): Promise<ReadTableResult> {
  const kind = fileKind(fileName, bytes);
  if (!kind) return { ok: false, problem: "unsupportedType" };
  let lines: TableRow[];
  try {
    lines = kind === "csv" ? readCsv(bytes) : await readXlsx(bytes);
  } catch {
    return { ok: false, problem: "unreadable" };
  }
  const nonEmpty = lines.filter((line) => !line.cells.every(isBlank));
  const [header, ...rows] = nonEmpty;
  if (!header) return { ok: false, problem: "empty" };
  if (rows.length > MAX_DATA_ROWS) return { ok: false, problem: "tooManyRows" };
  const headers = header.cells.map(cellText);
  return { ok: true, table: { headers, headerRowNumber: header.rowNumber, rows } };
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
  const header = text.split(/\r?\n/).find((line) => line.trim() !== "") ?? "";
  const counts = [",", ";", "\t"].map((delimiter) => ({ delimiter, count: header.split(delimiter).length }));
  return counts.reduce((best, next) => (next.count > best.count ? next : best)).delimiter;
}

function readCsv(bytes: Uint8Array): TableRow[] {
  const text = decodeText(bytes);
  const parsed = Papa.parse<string[]>(text, { delimiter: delimiterOf(text), skipEmptyLines: false });
  if (parsed.errors.some((error) => error.type === "Quotes")) throw new Error("CSV quotes do not match");
  return parsed.data.map((cells, index) => ({ rowNumber: index + 1, cells }));
}

async function readXlsx(bytes: Uint8Array): Promise<TableRow[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  const sheet = workbook.worksheets[0];
  if (!sheet) return [];
  const numberTexts = await readNumberTexts(bytes, sheet.name);
  const rows: TableRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row) => {
    const cells: Cell[] = [];
    row.eachCell({ includeEmpty: true }, (cell, column) => {
      cells[column - 1] = toCell(cell.value, numberTexts.get(cell.address));
    });
    rows.push({ rowNumber: row.number, cells: Array.from(cells, (cell) => cell ?? null) });
  });
  return rows;
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

/**
 * Finding the table in a sheet as offices keep it: a title block above, the header in one row or two (the DUK's
 * merged cells over their parts), then rows of people among a numbering row, group labels ("Sub Bagian
 * Keuangan"), totals (JUMLAH) and a signature block. Merged cells reach here with the merge's text in every cell
 * they cover (the upload reader's exceljs does that). Pure: no I/O.
 */
import { cellText, isNumberCell, type Cell, type SheetRow } from "@/lib/uploads/spreadsheet-cells";
import { isKnownHeader, type HeaderMatch } from "./columns";
import type { Table } from "./table";

/** How far down the header may be: title blocks run to a handful of rows. */
export const HEADER_SEARCH_ROWS = 20;

const texts = (row: SheetRow | undefined) => (row ? row.cells.map(cellText) : []);
const knownCount = (headers: readonly string[]) => new Set(headers.filter(isKnownHeader)).size;

/** A run of eight digits or more, or a date: what a header row never holds. */
const looksLikeData = (cell: Cell) =>
  cell instanceof Date || /\d{8,}/.test(cellText(cell).replace(/\s+/g, ""));

/** Two rows of a header as one: "Pangkat Terakhir" over "TMT" → "Pangkat Terakhir TMT"; a cell merged down once. */
function joinHeaders(top: readonly string[], bottom: readonly string[]): string[] {
  return Array.from({ length: Math.max(top.length, bottom.length) }, (_, index) => {
    const upper = top[index] ?? "";
    const lower = bottom[index] ?? "";
    if (!lower || lower === upper) return upper;
    return upper ? `${upper} ${lower}` : lower;
  });
}

const hasMergedRun = (headers: readonly string[]) =>
  headers.some((header, index) => header !== "" && headers[index + 1] === header);

/**
 * The table of a sheet: the row among the first ones that names the most known columns (the first row when none
 * does, so the preview can say what it lacks), joined with the row under it when that row completes it.
 */
export function locateTable(sheetRows: readonly SheetRow[]): Table | null {
  if (sheetRows.length === 0) return null;
  let best = { index: 0, headers: texts(sheetRows[0]), rowCount: 1, score: 0 };
  sheetRows.slice(0, HEADER_SEARCH_ROWS).forEach((row, index) => {
    const own = texts(row);
    const candidates = [{ index, headers: own, rowCount: 1, score: knownCount(own) }];
    const next = sheetRows[index + 1];
    if (next && next.rowNumber === row.rowNumber + 1 && !next.cells.some(looksLikeData)) {
      const joined = joinHeaders(own, texts(next));
      const score = knownCount(joined);
      // The row under a header with merged cells is its second row, even when it adds no known name.
      if (score > candidates[0]!.score || (score === candidates[0]!.score && hasMergedRun(own) && score > 0))
        candidates.push({ index, headers: joined, rowCount: 2, score: score + 0.5 });
    }
    for (const candidate of candidates) if (candidate.score > best.score) best = candidate;
  });
  if (best.score < 2) best = { index: 0, headers: texts(sheetRows[0]), rowCount: 1, score: 0 };
  const header = sheetRows[best.index] as SheetRow;
  return {
    headers: best.headers,
    headerRowNumber: header.rowNumber,
    headerRowCount: best.rowCount,
    above: sheetRows.slice(0, best.index),
    rows: sheetRows.slice(best.index + best.rowCount),
  };
}

export type SkipReason = "title" | "blank" | "numbering" | "group" | "total" | "signature";

export interface SkippedRow {
  rowNumber: number;
  reason: SkipReason;
  /** What the row says (a group label, the total's text), for the preview. */
  text: string;
}

/** A row of people, with the group label above it (a section name, in the nominatif). */
export interface ImportRow extends SheetRow {
  group?: string;
}

/** "1 2 3 … 17" under a printed header (also "(1)"): the columns' numbers. */
function isNumberingRow(cells: readonly Cell[]): boolean {
  const filled = cells.filter((cell) => cellText(cell) !== "");
  if (filled.length < 3) return false;
  return filled.every((cell, index) => {
    const text = isNumberCell(cell) ? cell.text : cellText(cell).replace(/^\((\d+)\)$/, "$1");
    return text === String(index + 1);
  });
}

const TOTAL = /^(jumlah|total)\b/i;
// "Mataram, 31 Desember 2024", "Mengetahui", "a.n. Sekretaris", "Plh. Sekretaris": how a signature block opens.
const SIGNATURE_OPENING =
  /^(?:[\p{L} .'-]+,\s*\d{1,2}\s+\p{L}+\s+\d{4}|mengetahui\b|a\.\s*n\.|an\.\s|plh\.|plt\.|sekretaris\b|kepala\b)/iu;

/**
 * The rows of people, and every other row with its row number and why it was left out: the title block, empty
 * rows between (the reader drops them; their numbers are the gaps), numbering, group labels, totals, signatures.
 */
export function splitRows(
  table: Table,
  columns: HeaderMatch["columns"],
): { rows: ImportRow[]; skipped: SkippedRow[] } {
  const skipped: SkippedRow[] = table.above.map((row) => ({
    rowNumber: row.rowNumber,
    reason: "title",
    text: texts(row).filter(Boolean)[0] ?? "",
  }));
  const nameIndex = (columns.get("Nama") ?? columns.get("Nama dan TTL"))?.index;
  const nipIndex = columns.get("NIP")?.index;
  const at = (row: SheetRow, index: number | undefined) =>
    index === undefined ? "" : cellText(row.cells[index] ?? null);

  const rows: ImportRow[] = [];
  let group: string | undefined;
  let inSignature = false;
  let previous = table.headerRowNumber + table.headerRowCount - 1;
  for (const row of table.rows) {
    for (let blank = previous + 1; blank < row.rowNumber; blank += 1)
      skipped.push({ rowNumber: blank, reason: "blank", text: "" });
    previous = row.rowNumber;
    const filled = texts(row).filter(Boolean);
    const first = filled[0] ?? "";
    const isPerson = at(row, nameIndex) !== "" && at(row, nipIndex) !== "" && new Set(filled).size > 1;
    if (!isPerson && (inSignature || TOTAL.test(first) || SIGNATURE_OPENING.test(first))) {
      const reason = !inSignature && TOTAL.test(first) ? "total" : "signature";
      inSignature = true;
      skipped.push({ rowNumber: row.rowNumber, reason, text: first });
    } else if (isNumberingRow(row.cells)) {
      skipped.push({ rowNumber: row.rowNumber, reason: "numbering", text: "" });
    } else if (new Set(filled).size === 1) {
      // One text, alone or merged across the row: a label over the people below it.
      group = first;
      skipped.push({ rowNumber: row.rowNumber, reason: "group", text: first });
    } else {
      inSignature = false;
      rows.push(group ? { ...row, group } : row);
    }
  }
  return { rows, skipped };
}

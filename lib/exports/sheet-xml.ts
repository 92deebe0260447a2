/**
 * A worksheet's XML (SpreadsheetML), written as text a batch of rows at a time: every cell an inline string with
 * the text format "@", so NIPs, dates and phone numbers stay as written. Pure: no I/O. The styles it refers to are
 * STYLES_XML's, by index.
 */

export interface SheetColumn {
  header: string;
  width?: number;
}

/**
 * A list to hand over (the staffing list, the DUK): title lines above the table (the list's name, the unit,
 * "Keadaan per" the day), centred across it, a blank row, then the header, which is repeated on every printed page.
 */
export interface SheetOptions {
  title?: readonly string[];
}

// Indexes into STYLES_XML's cellXfs.
const TEXT = 1;
const HEADER = 2;
const TITLED_HEADER = 3;
const TITLE = 4;
const SUBTITLE = 5;

export const STYLES_XML =
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
  `<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">` +
  `<fonts count="4"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font>` +
  `<font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font>` +
  `<font><b/><sz val="14"/><name val="Calibri"/><family val="2"/></font>` +
  `<font><b/><sz val="12"/><name val="Calibri"/><family val="2"/></font></fonts>` +
  `<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>` +
  `<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>` +
  `<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>` +
  `<cellXfs count="6"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>` +
  `<xf numFmtId="49" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>` +
  `<xf numFmtId="49" fontId="1" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" applyFont="1"/>` +
  `<xf numFmtId="49" fontId="1" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" applyFont="1" applyAlignment="1">` +
  `<alignment horizontal="center" vertical="center" wrapText="1"/></xf>` +
  `<xf numFmtId="49" fontId="2" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" applyFont="1" applyAlignment="1">` +
  `<alignment horizontal="center"/></xf>` +
  `<xf numFmtId="49" fontId="3" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" applyFont="1" applyAlignment="1">` +
  `<alignment horizontal="center"/></xf></cellXfs>` +
  `<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`;

// Characters XML 1.0 cannot hold at all (C0 controls but tab and line breaks, U+FFFE/U+FFFF, lone surrogates):
// dropped. A text may hold them, however it got into the database.
const NOT_XML =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const SPECIAL = /[&<>"\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/;
const ENTITIES: Readonly<Record<string, string>> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" };

export function xmlText(text: string): string {
  if (!SPECIAL.test(text)) return text;
  return text.replace(NOT_XML, "").replace(/[&<>"]/g, (character) => ENTITIES[character]!);
}

/** "A", "B", … "Z", "AA", …: a column's letters from its 1-based number. */
export function columnLetters(column: number): string {
  let letters = "";
  for (let rest = column; rest > 0; rest = Math.floor((rest - 1) / 26))
    letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  return letters;
}

function rowXml(
  letters: readonly string[],
  rowNumber: number,
  cells: readonly string[],
  style: number,
): string {
  let xml = `<row r="${rowNumber}">`;
  for (let index = 0; index < cells.length; index++) {
    const text = cells[index]!;
    if (text === "") continue; // an empty cell is no cell
    const space = /^\s|\s$/.test(text) ? ' xml:space="preserve"' : "";
    xml += `<c r="${letters[index]}${rowNumber}" s="${style}" t="inlineStr"><is><t${space}>${xmlText(text)}</t></is></c>`;
  }
  return `${xml}</row>`;
}

/** The row the header is on: the first, or below the title lines and a blank row. */
export function headerRowOf({ title = [] }: SheetOptions): number {
  return title.length > 0 ? title.length + 2 : 1;
}

/** The worksheet as text: the start (columns, title, header), each batch of rows, the end (merges, page setup). */
export async function* sheetXml(
  columns: readonly SheetColumn[],
  batches: AsyncIterable<string[][]>,
  options: SheetOptions = {},
): AsyncGenerator<string> {
  const { title = [] } = options;
  const letters = columns.map((_, index) => columnLetters(index + 1));
  const headerRow = headerRowOf(options);
  const cols = columns
    .map(
      ({ width }, index) =>
        `<col min="${index + 1}" max="${index + 1}" width="${width ?? 18}" style="${TEXT}" customWidth="1"/>`,
    )
    .join("");
  let start =
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">` +
    `<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>` +
    `<sheetViews><sheetView workbookViewId="0"><pane ySplit="${headerRow}" topLeftCell="A${headerRow + 1}" ` +
    `activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>` +
    `<sheetFormatPr defaultRowHeight="15"/><cols>${cols}</cols><sheetData>`;
  title.forEach(
    (line, index) => (start += rowXml(letters, index + 1, [line], index === 0 ? TITLE : SUBTITLE)),
  );
  const headers = columns.map((column) => column.header);
  start += rowXml(letters, headerRow, headers, title.length > 0 ? TITLED_HEADER : HEADER);
  yield start;

  let rowNumber = headerRow;
  for await (const batch of batches) {
    let xml = "";
    for (const row of batch) xml += rowXml(letters, ++rowNumber, row, TEXT);
    yield xml;
  }

  const last = letters[letters.length - 1];
  const merges = title.map((_, index) => `<mergeCell ref="A${index + 1}:${last}${index + 1}"/>`).join("");
  yield (
    `</sheetData>` +
    (merges ? `<mergeCells count="${title.length}">${merges}</mergeCells>` : "") +
    `<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>` +
    `<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/></worksheet>`
  );
}

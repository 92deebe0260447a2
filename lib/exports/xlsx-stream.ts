/**
 * One streaming XLSX writer for every export (officials, audit trail): rows written as they arrive with exceljs'
 * streaming writer, so memory stays at about one batch, and the next batch is read only when the client has
 * taken what is buffered. Every column has the text format "@" and every cell is a string: NIPs, dates and phone
 * numbers stay as written.
 */
import "server-only";
import { PassThrough, Readable } from "node:stream";
import ExcelJS from "exceljs";

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

export function xlsxSheetStream(
  sheetName: string,
  columns: readonly SheetColumn[],
  batches: AsyncIterable<string[][]>,
  options: SheetOptions = {},
): ReadableStream<Uint8Array> {
  const output = new PassThrough();
  void writeWorkbook(output, sheetName, columns, batches, options).catch((error: unknown) =>
    output.destroy(error as Error),
  );
  return Readable.toWeb(output) as ReadableStream<Uint8Array>;
}

async function writeWorkbook(
  output: PassThrough,
  sheetName: string,
  columns: readonly SheetColumn[],
  batches: AsyncIterable<string[][]>,
  { title = [] }: SheetOptions,
): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: output,
    useStyles: true,
    useSharedStrings: false,
  });
  const headerRow = title.length > 0 ? title.length + 2 : 1;
  const sheet = workbook.addWorksheet(sheetName, {
    views: [{ state: "frozen", ySplit: headerRow }],
    pageSetup: { orientation: "landscape", paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  sheet.columns = columns.map(({ header, width }) => ({
    ...(title.length > 0 ? {} : { header }),
    width: width ?? 18,
    style: { numFmt: "@" },
  }));
  if (title.length > 0) {
    sheet.pageSetup.printTitlesRow = `${headerRow}:${headerRow}`;
    title.forEach((line, index) => {
      sheet.mergeCells(index + 1, 1, index + 1, columns.length);
      const row = sheet.getRow(index + 1);
      row.getCell(1).value = line;
      row.font = { bold: true, size: index === 0 ? 14 : 12 };
      row.alignment = { horizontal: "center" };
      row.commit();
    });
    sheet.getRow(headerRow - 1).commit();
    sheet.getRow(headerRow).values = columns.map((column) => column.header);
  }
  const header = sheet.getRow(headerRow);
  header.font = { bold: true };
  if (title.length > 0) header.alignment = { vertical: "middle", horizontal: "center", wrapText: true };
  header.commit();
  for await (const batch of batches) {
    for (const row of batch) sheet.addRow(row).commit();
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

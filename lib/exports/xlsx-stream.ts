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

export function xlsxSheetStream(
  sheetName: string,
  columns: readonly SheetColumn[],
  batches: AsyncIterable<string[][]>,
): ReadableStream<Uint8Array> {
  const output = new PassThrough();
  void writeWorkbook(output, sheetName, columns, batches).catch((error: unknown) =>
    output.destroy(error as Error),
  );
  return Readable.toWeb(output) as ReadableStream<Uint8Array>;
}

async function writeWorkbook(
  output: PassThrough,
  sheetName: string,
  columns: readonly SheetColumn[],
  batches: AsyncIterable<string[][]>,
): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: output,
    useStyles: true,
    useSharedStrings: false,
  });
  const sheet = workbook.addWorksheet(sheetName, { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = columns.map(({ header, width }) => ({
    header,
    width: width ?? 18,
    style: { numFmt: "@" },
  }));
  const header = sheet.getRow(1);
  header.font = { bold: true };
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

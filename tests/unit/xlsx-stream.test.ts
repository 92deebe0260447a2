import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { columnLetters, xmlText } from "@/lib/exports/sheet-xml";
import { sheetNameOf, xlsxSheetStream } from "@/lib/exports/xlsx-stream";

async function* batchesOf(...batches: string[][][]) {
  yield* batches;
}

async function workbookOf(stream: ReadableStream<Uint8Array>): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(await new Response(stream).arrayBuffer());
  return workbook;
}

const columns = [{ header: "Nama", width: 30 }, { header: "NIP" }, { header: "Catatan" }];

describe("the streaming XLSX writer", () => {
  it("writes every cell as text, drops what XML cannot hold and keeps what it must escape", async () => {
    const rows = [
      ["Baiq Nurul <Ririn> & co", "197805122005011003", "\u0000tab\tok\u0007 \uD800x"],
      ["", "0812", "  spasi  "],
    ];
    const workbook = await workbookOf(xlsxSheetStream("Daftar", columns, batchesOf([rows[0]!], [rows[1]!])));
    const sheet = workbook.getWorksheet("Daftar")!;
    expect(sheet.getRow(1).values).toEqual([undefined, "Nama", "NIP", "Catatan"]);
    expect(sheet.getCell("A1").font?.bold).toBe(true);
    expect(sheet.getRow(2).values).toEqual([
      undefined,
      "Baiq Nurul <Ririn> & co",
      "197805122005011003",
      "tab\tok x",
    ]);
    expect(sheet.getCell("B2").type).toBe(ExcelJS.ValueType.String);
    expect(sheet.getCell("B2").numFmt).toBe("@");
    expect(sheet.getCell("A3").text).toBe("");
    expect(sheet.getCell("C3").value).toBe("  spasi  ");
    expect(sheet.getColumn(1).width).toBe(30);
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
  });

  it("puts a titled list under its merged, centred title lines and repeats its header on every printed page", async () => {
    const title = ["DAFTAR URUT KEPANGKATAN", "KPU KABUPATEN SUMBAWA", "Keadaan per 30 November 2026"];
    const workbook = await workbookOf(
      xlsxSheetStream("DUK", columns, batchesOf([["Suhardi", "1", "x"]]), { title }),
    );
    const sheet = workbook.getWorksheet("DUK")!;
    expect([1, 2, 3].map((row) => sheet.getCell(`A${row}`).value)).toEqual(title);
    expect(sheet.getCell("C1").isMerged).toBe(true);
    expect(sheet.getCell("A1").alignment?.horizontal).toBe("center");
    expect(sheet.getCell("A1").font?.size).toBe(14);
    expect(sheet.getRow(5).values).toEqual([undefined, "Nama", "NIP", "Catatan"]);
    expect(sheet.getCell("A6").value).toBe("Suhardi");
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 5 });
    expect(sheet.pageSetup).toMatchObject({
      orientation: "landscape",
      paperSize: 9,
      fitToPage: true,
      printTitlesRow: "5:5",
    });
  });

  it("reads rows only as the download is read, and stops when it is cancelled", async () => {
    let batchesRead = 0;
    async function* endless() {
      for (;;) {
        batchesRead++;
        yield Array.from({ length: 500 }, (_, index) => [`Pegawai ${index}`, String(Math.random()), "x"]);
      }
    }
    const stream = xlsxSheetStream("Daftar", columns, endless());
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(batchesRead).toBe(0); // nothing is read before the download is (a waiting one holds no rows)
    const reader = stream.getReader();
    for (let chunks = 0; chunks < 200 && batchesRead < 5; chunks++) await reader.read();
    const beforeCancel = batchesRead;
    await reader.cancel();
    const afterCancel = batchesRead;
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(batchesRead - afterCancel).toBeLessThanOrEqual(1);
    expect(beforeCancel).toBeGreaterThanOrEqual(5);
  });

  it("names columns and sheets as Excel does", () => {
    expect([1, 26, 27, 52, 703].map(columnLetters)).toEqual(["A", "Z", "AA", "AZ", "AAA"]);
    expect(sheetNameOf("Jejak audit: 2026/11 [NTB]")).toBe("Jejak audit  2026 11  NTB");
    expect(sheetNameOf("a".repeat(40))).toHaveLength(31);
    expect(sheetNameOf("???")).toBe("Sheet1");
    expect(xmlText('a & b < "c" >')).toBe("a &amp; b &lt; &quot;c&quot; &gt;");
  });
});

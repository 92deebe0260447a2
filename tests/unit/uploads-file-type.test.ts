import ExcelJS from "exceljs";
import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { Deadline } from "@/lib/uploads/deadline";
import { safeFileName, withExtension } from "@/lib/uploads/file-name";
import { ALL_EXTENSIONS, FILE_TYPES, sniffFileType } from "@/lib/uploads/file-type";
import { ATTACHMENT_ARCHIVE_LIMITS } from "@/lib/uploads/limits";
import { buildZip, deflated } from "../support/zip-builder";

const sniff = (bytes: Uint8Array) =>
  sniffFileType(bytes, { limits: ATTACHMENT_ARCHIVE_LIMITS, deadline: new Deadline() });
const bytesOf = (...parts: Array<number[] | string>) =>
  Uint8Array.from(
    parts.flatMap((part) => (typeof part === "string" ? [...Buffer.from(part, "latin1")] : part)),
  );

const MAIN = {
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
  docm: "application/vnd.ms-word.document.macroEnabled.main+xml",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
};

/** A minimal OOXML package: its manifest naming `part` with `contentType`, and the part itself. */
function ooxml(part: string, contentType: string, extra: string[] = []) {
  const manifest =
    `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    `<Default Extension="xml" ContentType="application/xml"/><Override PartName="/${part}" ContentType="${contentType}"/></Types>`;
  return buildZip([
    deflated("[Content_Types].xml", manifest),
    deflated(part, "<document/>"),
    ...extra.map((name) => deflated(name, "x")),
  ]);
}

describe("file types are told by content", () => {
  it("knows PDF, JPEG and PNG by their magic bytes, whatever the name", async () => {
    expect(await sniff(bytesOf("%PDF-1.7\n%âãÏÓ\n1 0 obj"))).toBe("pdf");
    expect(await sniff(bytesOf([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10], "JFIF"))).toBe("jpg");
    expect(await sniff(bytesOf([0x89], "PNG", [0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13], "IHDR"))).toBe("png");
  });

  it("refuses what merely claims to be one: text, an executable, a GIF, a PDF header further in", async () => {
    expect(await sniff(bytesOf("Nama,NIP\n"))).toBeNull();
    expect(await sniff(bytesOf("MZ", [0x90, 0, 3, 0]))).toBeNull();
    expect(await sniff(bytesOf("GIF89a"))).toBeNull();
    expect(await sniff(bytesOf("<html>%PDF-1.7"))).toBeNull();
    expect(await sniff(new Uint8Array())).toBeNull();
  });

  it("tells DOCX from XLSX by the main part its manifest names", async () => {
    expect(await sniff(ooxml("word/document.xml", MAIN.docx))).toBe("docx");
    expect(await sniff(ooxml("xl/workbook.xml", MAIN.xlsx))).toBe("xlsx");
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("Pegawai").addRow(["Nama"]);
    expect(await sniff(new Uint8Array(await workbook.xlsx.writeBuffer()))).toBe("xlsx");
  });

  it("refuses macro-enabled documents, packages without a main part, and other ZIPs", async () => {
    expect(await sniff(ooxml("word/document.xml", MAIN.docm))).toBeNull();
    expect(await sniff(ooxml("word/document.xml", MAIN.docx, ["word/vbaProject.bin"]))).toBeNull();
    const missingPart = buildZip([
      deflated(
        "[Content_Types].xml",
        `<Types><Override PartName="/word/document.xml" ContentType="${MAIN.docx}"/></Types>`,
      ),
    ]);
    expect(await sniff(missingPart)).toBeNull();
    const zip = new JSZip();
    zip.file("foto.jpg", "not a document");
    expect(await sniff(await zip.generateAsync({ type: "uint8array" }))).toBeNull();
  });

  it("gives every type one MIME type and its extensions", () => {
    expect(FILE_TYPES.pdf.mimeType).toBe("application/pdf");
    expect(ALL_EXTENSIONS).toEqual([".pdf", ".jpg", ".jpeg", ".png", ".docx", ".xlsx"]);
  });
});

describe("file names are made safe", () => {
  it("keeps the last path segment only", () => {
    expect(safeFileName("C:\\fakepath\\SK Pengangkatan.pdf")).toBe("SK Pengangkatan.pdf");
    expect(safeFileName("../../etc/passwd")).toBe("passwd");
  });

  it("drops control and invisible direction characters, and Windows' reserved ones", () => {
    expect(safeFileName("SK\u0000 001\u0007.pdf")).toBe("SK 001.pdf");
    // "scan\u202Efdp.exe" shows as "scanexe.pdf" in a browser; without the override it is what it is.
    expect(safeFileName("scan\u202Efdp.exe")).toBe("scanfdp.exe");
    expect(safeFileName('SK: "mutasi" <2024>?.pdf')).toBe("SK_ _mutasi_ _2024__.pdf");
    expect(safeFileName("  SK \t\n baru  .pdf")).toBe("SK baru .pdf");
  });

  it("never gives an empty, hidden or device name", () => {
    expect(safeFileName("")).toBe("berkas");
    expect(safeFileName("...")).toBe("berkas");
    expect(safeFileName(".htaccess")).toBe("htaccess");
    expect(safeFileName("CON.pdf")).toBe("_CON.pdf");
    expect(safeFileName("laporan.pdf.")).toBe("laporan.pdf");
  });

  it("caps the length, keeping the extension and whole characters", () => {
    const long = `${"Surat Keputusan Sekretaris Jenderal ".repeat(10)}.pdf`;
    const safe = safeFileName(long);
    expect(Array.from(safe)).toHaveLength(120);
    expect(safe.endsWith(".pdf")).toBe(true);
    const emoji = safeFileName(`${"📄".repeat(200)}.pdf`);
    expect(emoji.endsWith("📄.pdf")).toBe(true);
    expect(Array.from(emoji)).toHaveLength(120);
  });

  it("takes the extension the content calls for", () => {
    const png = FILE_TYPES.png.extensions;
    expect(withExtension("scan.pdf", png, ALL_EXTENSIONS)).toBe("scan.png");
    expect(withExtension("scan.PNG", png, ALL_EXTENSIONS)).toBe("scan.PNG");
    expect(withExtension("SK Pengangkatan", FILE_TYPES.pdf.extensions, ALL_EXTENSIONS)).toBe(
      "SK Pengangkatan.pdf",
    );
    expect(withExtension("foto.jpeg", FILE_TYPES.jpg.extensions, ALL_EXTENSIONS)).toBe("foto.jpeg");
    expect(withExtension("SK No. 12.2024", FILE_TYPES.pdf.extensions, ALL_EXTENSIONS)).toBe(
      "SK No. 12.2024.pdf",
    );
  });
});

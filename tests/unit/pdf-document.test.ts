import type { Content, ContentTable } from "pdfmake/interfaces";
import { createTranslator } from "use-intl/core";
import { describe, expect, it } from "vitest";
import { messagesFor } from "@/lib/i18n/messages";
import type { Translate } from "@/lib/i18n/translate";
import { officialDocument } from "@/lib/pdf/official-document";
import { clockTime, longDate, zoneName } from "@/lib/pdf/print-time";
import { renderPdf } from "@/lib/pdf/render-pdf";
import { sumFigures, type PostureFigures } from "@/lib/units/posture";
import { postureTable } from "@/lib/units/posture-pdf";
import type { PostureRow } from "@/lib/units/posture-rows";

const t = createTranslator({ locale: "id", messages: messagesFor("id") }) as unknown as Translate;
const en = createTranslator({ locale: "en", messages: messagesFor("en") }) as unknown as Translate;
// Friday 11 March 2022, 10.15 in Mataram (WITA, UTC+8).
const PRINTED = new Date("2022-03-11T02:15:00Z");
const NTB = {
  name: "Sekretariat KPU Provinsi Nusa Tenggara Barat",
  address: "Jl. Udayana, Mataram",
  timeZone: "Asia/Makassar",
};

const texts = (content: Content): string[] => {
  if (typeof content === "string") return [content];
  if (Array.isArray(content)) return content.flatMap(texts);
  const node = content as {
    text?: unknown;
    stack?: Content[];
    columns?: Content[];
    table?: { body: unknown[][] };
  };
  if (typeof node.text === "string") return [node.text];
  if (node.stack) return node.stack.flatMap(texts);
  if (node.columns) return node.columns.flatMap(texts);
  if (node.table) return node.table.body.flat().flatMap((cell: unknown) => texts(cell as Content));
  return [];
};

describe("dates and times as an Indonesian letter writes them", () => {
  it("writes the long date and the time of the unit's zone, with the zone named", () => {
    const ntb = { locale: "id", timeZone: "Asia/Makassar" };
    expect(longDate(PRINTED, ntb)).toBe("Jumat, 11 Maret 2022");
    expect(clockTime(PRINTED, ntb)).toBe("10.15");
    expect(zoneName("Asia/Makassar")).toBe("WITA");
    expect(zoneName("Asia/Jakarta")).toBe("WIB");
    expect(zoneName("Asia/Jayapura")).toBe("WIT");
    expect(zoneName("Asia/Tokyo")).toBe("GMT+9");
  });

  it("takes the day from the unit's zone, not from UTC: 00.30 WITA is already Friday, still Thursday in WIB", () => {
    const late = new Date("2022-03-10T16:30:00Z");
    expect(longDate(late, { locale: "id", timeZone: "Asia/Makassar" })).toBe("Jumat, 11 Maret 2022");
    expect(clockTime(late, { locale: "id", timeZone: "Asia/Makassar" })).toBe("00.30");
    expect(longDate(late, { locale: "id", timeZone: "Asia/Jakarta" })).toBe("Kamis, 10 Maret 2022");
    expect(longDate(late, { locale: "en-GB", timeZone: "Asia/Makassar" })).toBe("Friday, 11 March 2022");
  });
});

describe("the frame of a printed document", () => {
  const document = officialDocument({
    unit: NTB,
    title: "POSISI SDM",
    subtitle: "11 satuan kerja",
    content: { text: "Isi" },
    printedAt: PRINTED,
    locale: "id",
    t,
  });

  it("opens with the letterhead: the commission, the unit in capitals, its address, then the title", () => {
    expect(texts(document.content).slice(0, 6)).toEqual([
      "KOMISI PEMILIHAN UMUM",
      "SEKRETARIAT KPU PROVINSI NUSA TENGGARA BARAT",
      "Jl. Udayana, Mataram",
      "POSISI SDM",
      "11 satuan kerja",
      "Isi",
    ]);
    expect(document.pageSize).toBe("A4");
  });

  it("ends every page with the print time in the unit's zone and 'Halaman x dari y'", () => {
    const footer = document.footer as (page: number, pages: number) => Content;
    expect(texts(footer(2, 3))).toEqual([
      "Dicetak Jumat, 11 Maret 2022 pukul 10.15 WITA",
      "Halaman 2 dari 3",
    ]);
    const english = officialDocument({
      unit: NTB,
      title: "",
      content: "",
      printedAt: PRINTED,
      locale: "en-GB",
      t: en,
    });
    expect(texts((english.footer as (page: number, pages: number) => Content)(1, 1))).toEqual([
      "Printed on Friday, 11 March 2022 at 10:15 WITA",
      "Page 1 of 1",
    ]);
  });
});

function row(name: string, vacant: string[], asnStaff: number): PostureRow {
  const figures: PostureFigures = {
    structuralFilled: 5 - vacant.length,
    structuralTotal: 5,
    structuralVacant: vacant.length,
    asn: {
      staff: asnStaff,
      quota: 30,
      shortfall: Math.max(0, 30 - asnStaff),
      excess: Math.max(0, asnStaff - 30),
    },
    support: { staff: 11, quota: 12, shortfall: 1, excess: 0 },
  };
  return { id: name, code: name, name, level: "REGENCY_CITY", figures, vacantTitles: vacant };
}

describe("the staffing posture as a printed table", () => {
  const rows = [row("KPU Kabupaten Sumbawa", [], 26), row("KPU Kota Mataram", ["Kasubbag Keuangan"], 31)];
  const table = postureTable(rows, sumFigures(rows.map((r) => r.figures)), t) as ContentTable;

  it("has the page's columns, one row per unit with its vacant posts named, and the totals; the header repeats", () => {
    expect(table.table.headerRows).toBe(1);
    expect(table.table.body).toHaveLength(4);
    expect(texts(table.table.body[0] as Content)).toEqual([
      "Satuan kerja",
      "Struktural terisi",
      "Struktural kosong",
      "ASN / kuota",
      "Kekurangan ASN",
      "Tenaga pendukung / kuota",
    ]);
    expect(texts(table.table.body[1] as Content)).toEqual([
      "KPU Kabupaten Sumbawa",
      "5/5 Struktur lengkap",
      "0",
      "26 dari 30",
      "kurang 4",
      "11 dari 12, kurang 1",
    ]);
    expect(texts(table.table.body[2] as Content)).toEqual([
      "KPU Kota Mataram",
      "Kosong: Kasubbag Keuangan",
      "4/5 belum lengkap",
      "1",
      "31 dari 30",
      "lebih 1",
      "11 dari 12, kurang 1",
    ]);
    expect(texts(table.table.body[3] as Content)).toEqual([
      "Jumlah",
      "9/10 belum lengkap",
      "1",
      "57 dari 60",
      "kurang 4, lebih 1",
      "22 dari 24, kurang 2",
    ]);
  });

  it("renders to a PDF of as many pages as the rows need", async () => {
    const many = Array.from({ length: 80 }, (_, index) => row(`KPU Uji ${index}`, [], 30));
    const pdf = await renderPdf(
      officialDocument({
        unit: NTB,
        title: "POSISI SDM",
        content: postureTable(many, sumFigures(many.map((r) => r.figures)), t),
        printedAt: PRINTED,
        locale: "id",
        t,
      }),
    );
    const text = Buffer.from(pdf).toString("latin1");
    expect(text.startsWith("%PDF-")).toBe(true);
    expect(Number(/\/Type \/Pages\s*\/Count (\d+)/.exec(text)?.[1])).toBeGreaterThan(1);
  });
});

/**
 * The frame of every document the app prints: A4, the letterhead (kop surat) of the unit that prints it, the
 * title, and a footer with the print time in the unit's zone and "Halaman x dari y". A module writes only its
 * content; copy lib/units/posture-pdf.ts.
 */
import type { Content, TDocumentDefinitions } from "pdfmake/interfaces";
import type { Translate } from "@/lib/i18n/translate";
import { clockTime, longDate, zoneName } from "./print-time";

export interface PrintingUnit {
  /** "Sekretariat KPU Provinsi Nusa Tenggara Barat". */
  name: string;
  address: string | null;
  timeZone: string;
}

export interface OfficialDocument {
  unit: PrintingUnit;
  title: string;
  /** A line under the title: what the document covers. */
  subtitle?: string;
  content: Content;
  printedAt: Date;
  locale: string;
  /** The whole catalogue, in the reader's language. */
  t: Translate;
  pageOrientation?: "portrait" | "landscape";
}

const MARGIN = 40;
const RULE_COLOUR = "#334155";

/** Kop surat: the commission, the unit, its address, and a double rule beneath. */
export function letterhead(unit: PrintingUnit, t: Translate, width: number): Content {
  return {
    stack: [
      { text: t("pdf.commission"), style: "commission" },
      { text: unit.name.toUpperCase(), style: "unitName" },
      ...(unit.address ? [{ text: unit.address, style: "address" }] : []),
      {
        canvas: [
          { type: "line", x1: 0, y1: 4, x2: width, y2: 4, lineWidth: 1.5, lineColor: RULE_COLOUR },
          { type: "line", x1: 0, y1: 6.5, x2: width, y2: 6.5, lineWidth: 0.5, lineColor: RULE_COLOUR },
        ],
      },
    ],
    margin: [0, 0, 0, 14],
  };
}

/** "Dicetak Jumat, 11 Maret 2022 pukul 10.15 WITA" left, "Halaman 1 dari 3" right. */
export function pageFooter({ unit, printedAt, locale, t }: OfficialDocument) {
  const where = { locale, timeZone: unit.timeZone };
  const printed = t("pdf.printed", {
    date: longDate(printedAt, where),
    time: clockTime(printedAt, where),
    zone: zoneName(unit.timeZone, printedAt),
  });
  return (currentPage: number, pageCount: number): Content => ({
    columns: [
      { text: printed, width: "*" },
      { text: t("pdf.page", { page: currentPage, pages: pageCount }), width: "auto", alignment: "right" },
    ],
    margin: [MARGIN, 12, MARGIN, 0],
    fontSize: 8,
    color: "#475569",
  });
}

export function officialDocument(document: OfficialDocument): TDocumentDefinitions {
  const orientation = document.pageOrientation ?? "portrait";
  // A4 in points, less the side margins: the width the letterhead's rule spans.
  const width = (orientation === "portrait" ? 595.28 : 841.89) - 2 * MARGIN;
  return {
    pageSize: "A4",
    pageOrientation: orientation,
    pageMargins: [MARGIN, MARGIN, MARGIN, 50],
    info: { title: document.title, author: document.unit.name, creator: "Sekretariat KPU" },
    content: [
      letterhead(document.unit, document.t, width),
      { text: document.title, style: "title" },
      ...(document.subtitle ? [{ text: document.subtitle, style: "subtitle" }] : []),
      document.content,
    ],
    footer: pageFooter(document),
    defaultStyle: { fontSize: 9, lineHeight: 1.15 },
    styles: {
      commission: { fontSize: 13, bold: true, alignment: "center" },
      unitName: { fontSize: 11, bold: true, alignment: "center", margin: [0, 2, 0, 0] },
      address: { fontSize: 8.5, alignment: "center", margin: [0, 2, 0, 0] },
      title: { fontSize: 12, bold: true, alignment: "center", margin: [0, 0, 0, 2] },
      subtitle: { fontSize: 9, alignment: "center", color: "#334155", margin: [0, 0, 0, 10] },
      tableHeader: { bold: true, fillColor: "#e2e8f0" },
      totals: { bold: true, fillColor: "#f1f5f9" },
    },
  };
}

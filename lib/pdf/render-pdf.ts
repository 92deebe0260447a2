/**
 * PDF rendering with pdfmake, configured once for the server: the PDF standard fonts (Helvetica, which every
 * reader has, so nothing is embedded or read from disk beyond pdfkit's own font metrics), no image or font fetched
 * from a URL, and no file read from disk but those metrics. See docs/decisions/010-shared-kit.md.
 */
import "server-only";
import pdfmake from "pdfmake";
import type { TDocumentDefinitions } from "pdfmake/interfaces";

const FONT = "Helvetica";
const STANDARD_FONTS = {
  normal: "Helvetica",
  bold: "Helvetica-Bold",
  italics: "Helvetica-Oblique",
  bolditalics: "Helvetica-BoldOblique",
};
const STANDARD_FONT_NAMES = new Set(Object.values(STANDARD_FONTS));

pdfmake.setFonts({ [FONT]: STANDARD_FONTS });
pdfmake.setUrlAccessPolicy(() => false);
// pdfkit resolves a standard font by name through this policy; anything else would be a path on the server.
pdfmake.setLocalAccessPolicy((path) => STANDARD_FONT_NAMES.has(path));

/** The document's bytes. Standard fonts cover Indonesian and English text (Latin-1), not symbols such as ✓. */
export async function renderPdf(definition: TDocumentDefinitions): Promise<Uint8Array<ArrayBuffer>> {
  const buffer = await pdfmake
    .createPdf({ ...definition, defaultStyle: { font: FONT, ...definition.defaultStyle } })
    .getBuffer();
  return new Uint8Array(buffer);
}

/**
 * The text of a PDF the app rendered (pdfmake/pdfkit with the standard fonts), for tests: every content stream
 * inflated, and the hex strings of its TJ operators decoded as the WinAnsi (Latin-1) bytes they are. Words come out
 * in the order they are drawn, each with its trailing space, so `toContain("KPU Kota Mataram")` works.
 */
import { inflateSync } from "node:zlib";

export function pdfText(pdf: Uint8Array): string {
  const bytes = Buffer.from(pdf);
  const raw = bytes.toString("latin1");
  const streams: string[] = [];
  for (const match of raw.matchAll(/stream\r?\n/g)) {
    const start = (match.index ?? 0) + match[0].length;
    const end = raw.indexOf("endstream", start);
    try {
      streams.push(inflateSync(bytes.subarray(start, end)).toString("latin1"));
    } catch {
      // Not a compressed content stream (fonts' metrics, images): no text in it.
    }
  }
  return [...streams.join("\n").matchAll(/\[([^\]]*)\]\s*TJ/g)]
    .map(([, array = ""]) =>
      [...array.matchAll(/<([0-9a-fA-F]*)>/g)]
        .map(([, hex = ""]) => Buffer.from(hex, "hex").toString("latin1"))
        .join(""),
    )
    .join("");
}

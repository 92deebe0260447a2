/**
 * The numbers of one worksheet as the XLSX file writes them. exceljs hands out numbers as doubles, and a double
 * holds about 16 significant digits: an 18-digit NIP stored as a number would come out rounded. The file's XML
 * keeps what was written: "197805122005012003" (exact, written by a program) or "1.97805122005012E+17" (typed
 * into Excel, which keeps 15 digits: the last three are lost). Reading that text tells the two apart.
 */
import JSZip from "jszip";

const XML_ENTITIES: Readonly<Record<string, string>> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

function decodeXml(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|apos);/g, (_, name: string) => XML_ENTITIES[name] ?? "");
}

/** The attributes of one XML start tag, by local name ("r:id" → "id" too, so prefixes do not matter). */
function attributes(tag: string): Map<string, string> {
  const result = new Map<string, string>();
  for (const match of tag.matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
    const [, name = "", double, single] = match;
    const value = decodeXml(double ?? single ?? "");
    result.set(name, value);
    result.set(name.slice(name.indexOf(":") + 1), value);
  }
  return result;
}

/** The path inside the package of the worksheet called `sheetName` (xl/workbook.xml → its relationships). */
async function worksheetPath(zip: JSZip, sheetName: string): Promise<string | null> {
  const workbook = await zip.file("xl/workbook.xml")?.async("string");
  const relations = await zip.file("xl/_rels/workbook.xml.rels")?.async("string");
  if (!workbook || !relations) return null;
  const sheet = [...workbook.matchAll(/<(?:\w+:)?sheet\b[^>]*>/g)]
    .map((match) => attributes(match[0]))
    .find((attrs) => attrs.get("name") === sheetName);
  const relationId = sheet?.get("r:id") ?? sheet?.get("id");
  if (!relationId) return null;
  const target = [...relations.matchAll(/<(?:\w+:)?Relationship\b[^>]*>/g)]
    .map((match) => attributes(match[0]))
    .find((attrs) => attrs.get("Id") === relationId)
    ?.get("Target");
  if (!target) return null;
  return target.startsWith("/") ? target.slice(1) : `xl/${target}`;
}

const CELL = /<(?:\w+:)?c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:\w+:)?c>)/g;
const VALUE = /<(?:\w+:)?v>([^<]*)<\/(?:\w+:)?v>/;

/**
 * Cell address ("B5") → the number as written, for the numeric cells of the worksheet `sheetName`. Empty when the
 * package cannot be read this way; callers then fall back to the double.
 */
export async function readNumberTexts(zipBytes: Uint8Array, sheetName: string): Promise<Map<string, string>> {
  const texts = new Map<string, string>();
  try {
    const zip = await JSZip.loadAsync(zipBytes);
    const path = await worksheetPath(zip, sheetName);
    const xml = path ? await zip.file(path)?.async("string") : undefined;
    if (!xml) return texts;
    for (const [, attrText = "", content = ""] of xml.matchAll(CELL)) {
      const attrs = attributes(attrText);
      const type = attrs.get("t") ?? "n";
      const address = attrs.get("r");
      const value = VALUE.exec(content)?.[1];
      if (address && value !== undefined && type === "n") texts.set(address, value.trim());
    }
  } catch {
    // Not a package we can read ourselves: exceljs's doubles are all there is.
  }
  return texts;
}

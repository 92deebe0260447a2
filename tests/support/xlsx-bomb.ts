/**
 * The XLSX of issue 11, finding 1: a real workbook's parts, a photo that does not compress, and shared strings that
 * unpack to 361 MB, under 900 KB on the wire. `honest` declares the size in its central directory; `lying`
 * declares 20 MB, so only counting while inflating can catch it.
 */
import { randomBytes } from "node:crypto";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { bomb, buildZip, deflated, type RawEntry } from "./zip-builder";

const SHARED_STRINGS = "xl/sharedStrings.xml";
// A megabyte of one shared string: deflate packs it about 1:1000.
const STRING = `<si><t>${"A".repeat(1_000_000)}</t></si>`;

async function workbookWith(strings: RawEntry): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet("Pegawai").addRow(["Nama", "NIP"]);
  const zip = await JSZip.loadAsync(await workbook.xlsx.writeBuffer());
  const parts = await Promise.all(
    Object.values(zip.files)
      .filter((file) => !file.dir && file.name !== SHARED_STRINGS)
      .map(async (file) => deflated(file.name, await file.async("uint8array"))),
  );
  const photo = randomBytes(510_000);
  return buildZip([
    ...parts,
    { name: "xl/media/image1.png", data: photo, size: photo.length, method: 0 },
    strings,
  ]);
}

export const honestBomb = () => workbookWith(bomb(SHARED_STRINGS, STRING, 361));
export const lyingBomb = () => workbookWith(bomb(SHARED_STRINGS, STRING, 361, 20_000_000));

/** Sum of the sizes the central directory declares: what the directory check compares with the limit. */
export function declaredBytes(bytes: Uint8Array): number {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = bytes.length - 22;
  while (view.getUint32(end, true) !== 0x06054b50) end -= 1;
  let offset = view.getUint32(end + 16, true);
  let total = 0;
  for (let index = 0; index < view.getUint16(end + 10, true); index += 1) {
    total += view.getUint32(offset + 24, true);
    offset +=
      46 +
      view.getUint16(offset + 28, true) +
      view.getUint16(offset + 30, true) +
      view.getUint16(offset + 32, true);
  }
  return total;
}

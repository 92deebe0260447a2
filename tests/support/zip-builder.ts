/**
 * ZIP packages built byte by byte, for tests of the upload reader: honest ones, and the kinds an attacker sends
 * (a bomb that declares its size, one that lies about it, entries that share their bytes, encryption).
 */
import { constants, deflateRawSync } from "node:zlib";

export interface RawEntry {
  name: string;
  /** The bytes as stored in the package (deflated unless `method` is 0). */
  data: Uint8Array;
  /** What the central directory says the entry inflates to. */
  size: number;
  method?: 0 | 8;
  flags?: number;
  /** Where the local header points: by default, right after the previous entry. */
  sharesDataWith?: string;
}

/** An entry holding `content`, deflated as any zip tool would. */
export function deflated(name: string, content: string | Uint8Array): RawEntry {
  const bytes = typeof content === "string" ? new TextEncoder().encode(content) : content;
  return { name, data: deflateRawSync(bytes), size: bytes.length };
}

/**
 * An entry that inflates to `times` copies of `unit` while storing one deflated copy per repetition: each copy is
 * a self-contained run of blocks ended by a sync flush, and a final empty block closes the stream. A megabyte of
 * XML rows costs about a kilobyte, so 361 MB fit in well under the import's 1 MB.
 */
export function bomb(name: string, unit: string, times: number, declaredSize?: number): RawEntry {
  const unitBytes = new TextEncoder().encode(unit);
  const block = deflateRawSync(unitBytes, { finishFlush: constants.Z_SYNC_FLUSH, level: 9 });
  const data = new Uint8Array(block.length * times + 2);
  for (let index = 0; index < times; index += 1) data.set(block, index * block.length);
  data.set([0x03, 0x00], block.length * times); // final fixed-Huffman block holding only its end code
  return { name, data, size: declaredSize ?? unitBytes.length * times };
}

export function buildZip(entries: readonly RawEntry[]): Uint8Array {
  const encoder = new TextEncoder();
  const locals: Uint8Array[] = [];
  const centrals: Uint8Array[] = [];
  const offsets = new Map<string, number>();
  let offset = 0;
  for (const entry of entries) {
    const name = encoder.encode(entry.name);
    const method = entry.method ?? 8;
    const flags = (entry.flags ?? 0) | 0x800;
    let localOffset = entry.sharesDataWith ? offsets.get(entry.sharesDataWith) : undefined;
    if (localOffset === undefined) {
      localOffset = offset;
      const local = new Uint8Array(30 + name.length + entry.data.length);
      const view = new DataView(local.buffer);
      view.setUint32(0, 0x04034b50, true);
      view.setUint16(4, 20, true);
      view.setUint16(6, flags, true);
      view.setUint16(8, method, true);
      view.setUint32(18, entry.data.length, true);
      view.setUint32(22, entry.size, true);
      view.setUint16(26, name.length, true);
      local.set(name, 30);
      local.set(entry.data, 30 + name.length);
      locals.push(local);
      offsets.set(entry.name, offset);
      offset += local.length;
    }
    const central = new Uint8Array(46 + name.length);
    const view = new DataView(central.buffer);
    view.setUint32(0, 0x02014b50, true);
    view.setUint16(4, 20, true);
    view.setUint16(6, 20, true);
    view.setUint16(8, flags, true);
    view.setUint16(10, method, true);
    view.setUint32(20, entry.data.length, true);
    view.setUint32(24, entry.size, true);
    view.setUint16(28, name.length, true);
    view.setUint32(42, localOffset, true);
    central.set(name, 46);
    centrals.push(central);
  }
  const directorySize = centrals.reduce((sum, part) => sum + part.length, 0);
  const end = new Uint8Array(22);
  const endView = new DataView(end.buffer);
  endView.setUint32(0, 0x06054b50, true);
  endView.setUint16(8, centrals.length, true);
  endView.setUint16(10, centrals.length, true);
  endView.setUint32(12, directorySize, true);
  endView.setUint32(16, offset, true);
  const parts = [...locals, ...centrals, end];
  const zip = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let position = 0;
  for (const part of parts) {
    zip.set(part, position);
    position += part.length;
  }
  return zip;
}

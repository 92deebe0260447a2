/**
 * A ZIP package (XLSX, DOCX) checked within limits before anything else opens it. The central directory is read
 * first: too many entries, or declared sizes above the limit, are refused before a byte is inflated. Then every
 * entry is inflated as a stream and its bytes counted, so an entry that lies about its size is cut off as soon as
 * it passes what it declared. zlib inflates on libuv's thread pool, chunk by chunk: the event loop stays free for
 * other users meanwhile. Encrypted, multi-disk, ZIP64 and overlapping entries (the "one kernel, many files"
 * bomb) are refused as unreadable: no office document needs them.
 */
import "server-only";
import { createInflateRaw } from "node:zlib";
import type { Deadline } from "./deadline";
import { sizeLabel, type ArchiveLimits } from "./limits";
import { UploadRefusedError } from "./upload-refused";

export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  /** Where the entry's compressed data starts in the file. */
  dataStart: number;
}

export interface ZipInspection {
  entries: ZipEntry[];
  /** The inflated content of the entries asked for by name. */
  kept: Map<string, Uint8Array>;
  unpackedBytes: number;
}

const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const CENTRAL_HEADER = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
const STORED = 0;
const DEFLATED = 8;
const ENCRYPTED_FLAG = 0x1;
const UTF8_FLAG = 0x800;

const unreadable = () => new UploadRefusedError("unreadable");

export function isZip(bytes: Uint8Array): boolean {
  return (
    bytes.length >= 4 && new DataView(bytes.buffer, bytes.byteOffset, 4).getUint32(0, true) === LOCAL_HEADER
  );
}

/** Refuses the package unless it keeps to `limits`; returns its entries and the content of those in `keep`. */
export async function inspectZip(
  bytes: Uint8Array,
  { limits, deadline, keep = [] }: { limits: ArchiveLimits; deadline: Deadline; keep?: readonly string[] },
): Promise<ZipInspection> {
  const entries = readCentralDirectory(bytes, limits);
  const kept = new Map<string, Uint8Array>();
  let unpackedBytes = 0;
  for (const entry of entries) {
    deadline.check();
    const data = bytes.subarray(entry.dataStart, entry.dataStart + entry.compressedSize);
    const content = await inflateCounted(entry, data, limits, deadline, keep.includes(entry.name));
    unpackedBytes += entry.size;
    if (content) kept.set(entry.name, content);
  }
  return { entries, kept, unpackedBytes };
}

function readCentralDirectory(bytes: Uint8Array, limits: ArchiveLimits): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = findEndOfCentralDirectory(view);
  if (end < 0) throw unreadable();
  const diskNumber = view.getUint16(end + 4, true);
  const directoryDisk = view.getUint16(end + 6, true);
  const count = view.getUint16(end + 10, true);
  const directorySize = view.getUint32(end + 12, true);
  const directoryOffset = view.getUint32(end + 16, true);
  const zip64 = end >= 20 && view.getUint32(end - 20, true) === ZIP64_LOCATOR;
  if (diskNumber !== 0 || directoryDisk !== 0 || zip64 || count === 0xffff) throw unreadable();
  if (count > limits.maxEntries) throw new UploadRefusedError("tooManyEntries", { max: limits.maxEntries });
  if (directoryOffset + directorySize > end) throw unreadable();

  const entries: ZipEntry[] = [];
  let declared = 0;
  let offset = directoryOffset;
  for (let index = 0; index < count; index += 1) {
    if (offset + 46 > end || view.getUint32(offset, true) !== CENTRAL_HEADER) throw unreadable();
    const flags = view.getUint16(offset + 8, true);
    const method = view.getUint16(offset + 10, true);
    const compressedSize = view.getUint32(offset + 20, true);
    const size = view.getUint32(offset + 24, true);
    const nameLength = view.getUint16(offset + 28, true);
    const extraLength = view.getUint16(offset + 30, true);
    const commentLength = view.getUint16(offset + 32, true);
    const localOffset = view.getUint32(offset + 42, true);
    const nameBytes = bytes.subarray(offset + 46, offset + 46 + nameLength);
    const name = new TextDecoder(flags & UTF8_FLAG ? "utf-8" : "latin1").decode(nameBytes);
    offset += 46 + nameLength + extraLength + commentLength;

    if (flags & ENCRYPTED_FLAG || (method !== STORED && method !== DEFLATED)) throw unreadable();
    if (method === STORED && compressedSize !== size) throw unreadable();
    declared += size;
    if (declared > limits.maxUnpackedBytes) {
      throw new UploadRefusedError("unpackedTooLarge", { size: sizeLabel(limits.maxUnpackedBytes) });
    }
    entries.push({ name, method, compressedSize, size, dataStart: localDataStart(view, localOffset) });
  }
  assertNoOverlap(entries, directoryOffset);
  return entries;
}

/** The end record is the last 22 bytes, unless a comment (at most 65,535 bytes) follows it. */
function findEndOfCentralDirectory(view: DataView): number {
  const last = view.byteLength - 22;
  for (let offset = last; offset >= Math.max(0, last - 0xffff); offset -= 1) {
    if (view.getUint32(offset, true) === END_OF_CENTRAL_DIRECTORY) return offset;
  }
  return -1;
}

function localDataStart(view: DataView, localOffset: number): number {
  if (localOffset + 30 > view.byteLength || view.getUint32(localOffset, true) !== LOCAL_HEADER) {
    throw unreadable();
  }
  return localOffset + 30 + view.getUint16(localOffset + 26, true) + view.getUint16(localOffset + 28, true);
}

/** Each entry's data lies before the central directory, and no two entries share bytes. */
function assertNoOverlap(entries: readonly ZipEntry[], directoryOffset: number): void {
  const byStart = [...entries].sort((a, b) => a.dataStart - b.dataStart);
  let previousEnd = 0;
  for (const entry of byStart) {
    const end = entry.dataStart + entry.compressedSize;
    if (entry.dataStart < previousEnd || end > directoryOffset) throw unreadable();
    previousEnd = end;
  }
}

/**
 * Inflates one entry, counting its bytes as they come: one byte more than the entry declared (the declared sizes
 * are within the limit) and it is destroyed at once. Returns the bytes only when asked to keep them.
 */
function inflateCounted(
  entry: ZipEntry,
  data: Uint8Array,
  limits: ArchiveLimits,
  deadline: Deadline,
  keep: boolean,
): Promise<Uint8Array | null> {
  if (entry.method === STORED) return Promise.resolve(keep ? data : null);
  return new Promise((resolve, reject) => {
    const inflate = createInflateRaw();
    const chunks: Buffer[] = [];
    let length = 0;
    inflate.on("data", (chunk: Buffer) => {
      length += chunk.length;
      if (length > entry.size) {
        // More than it declared: only a bomb tells that lie.
        inflate.destroy(
          new UploadRefusedError("unpackedTooLarge", { size: sizeLabel(limits.maxUnpackedBytes) }),
        );
      } else if (deadline.passed()) {
        inflate.destroy(deadline.refusal());
      } else if (keep) {
        chunks.push(chunk);
      }
    });
    inflate.on("error", (error) => reject(error instanceof UploadRefusedError ? error : unreadable()));
    inflate.on("end", () => {
      if (length !== entry.size) reject(unreadable());
      else resolve(keep ? new Uint8Array(Buffer.concat(chunks)) : null);
    });
    inflate.end(data);
  });
}

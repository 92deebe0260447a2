/**
 * What a file is, told by its content, never by its name or the browser's MIME type: the magic bytes of PDF, JPEG
 * and PNG, and for ZIP packages the main part that [Content_Types].xml names (DOCX and XLSX; their macro-enabled
 * and template cousins are not accepted). A package is read through the bounded ZIP reader, whole.
 */
import type { Deadline } from "./deadline";
import type { ArchiveLimits } from "./limits";
import { inspectZip, isZip } from "./zip-archive";

export const FILE_TYPES = {
  pdf: { mimeType: "application/pdf", extensions: [".pdf"] },
  jpg: { mimeType: "image/jpeg", extensions: [".jpg", ".jpeg"] },
  png: { mimeType: "image/png", extensions: [".png"] },
  docx: {
    mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    extensions: [".docx"],
  },
  xlsx: {
    mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    extensions: [".xlsx"],
  },
} as const satisfies Record<string, { mimeType: string; extensions: readonly string[] }>;

export type FileType = keyof typeof FILE_TYPES;

export const ALL_EXTENSIONS: readonly string[] = Object.values(FILE_TYPES).flatMap((type) => type.extensions);

const startsWith = (bytes: Uint8Array, signature: readonly number[]) =>
  signature.every((byte, index) => bytes[index] === byte);

const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d]; // "%PDF-"
const JPEG = [0xff, 0xd8, 0xff];
const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

const CONTENT_TYPES = "[Content_Types].xml";
/** The content type of each package's main part, as Office writes it in [Content_Types].xml. */
const MAIN_PARTS: ReadonlyArray<[FileType, string]> = [
  ["docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"],
  ["xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"],
];

export async function sniffFileType(
  bytes: Uint8Array,
  { limits, deadline }: { limits: ArchiveLimits; deadline: Deadline },
): Promise<FileType | null> {
  if (startsWith(bytes, PDF)) return "pdf";
  if (startsWith(bytes, JPEG)) return "jpg";
  if (startsWith(bytes, PNG)) return "png";
  if (!isZip(bytes)) return null;
  const archive = await inspectZip(bytes, { limits, deadline, keep: [CONTENT_TYPES] });
  const manifest = archive.kept.get(CONTENT_TYPES);
  // Macros travel in vbaProject.bin whatever the manifest claims.
  if (!manifest || archive.entries.some((entry) => /(^|\/)vbaProject\.bin$/i.test(entry.name))) return null;
  return packageType(new TextDecoder().decode(manifest), new Set(archive.entries.map((entry) => entry.name)));
}

/** The package's type from its manifest: exactly one main part of a known type, present in the archive. */
function packageType(manifest: string, names: ReadonlySet<string>): FileType | null {
  const found: FileType[] = [];
  for (const [, attributes = ""] of manifest.matchAll(/<(?:\w+:)?Override\b([^>]*)>/g)) {
    const contentType = /\bContentType\s*=\s*"([^"]*)"/.exec(attributes)?.[1];
    const partName = /\bPartName\s*=\s*"([^"]*)"/.exec(attributes)?.[1];
    const type = MAIN_PARTS.find(([, main]) => main === contentType)?.[0];
    if (type && partName && names.has(partName.replace(/^\//, ""))) found.push(type);
  }
  return found.length === 1 ? (found[0] ?? null) : null;
}

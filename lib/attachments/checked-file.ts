/**
 * An uploaded file that went through the bounded reader and is one of the accepted types, by content. The
 * attachment mutation takes nothing else: a CheckedFile is made here and only here (a module-private WeakSet
 * vouches for it), so no caller can store bytes that skipped the check.
 */
import "server-only";
import { Deadline } from "@/lib/uploads/deadline";
import { safeFileName, withExtension } from "@/lib/uploads/file-name";
import { ALL_EXTENSIONS, FILE_TYPES, sniffFileType, type FileType } from "@/lib/uploads/file-type";
import type { UploadedFile } from "@/lib/uploads/form-file";
import { ATTACHMENT_ARCHIVE_LIMITS, MAX_ATTACHMENT_BYTES, sizeLabel } from "@/lib/uploads/limits";
import { UploadRefusedError } from "@/lib/uploads/upload-refused";

export interface CheckedFile {
  /** Safe, and with the extension its content calls for. */
  fileName: string;
  type: FileType;
  mimeType: string;
  bytes: Uint8Array;
  sha256: string;
}

const checked = new WeakSet<object>();

export function isCheckedFile(value: unknown): value is CheckedFile {
  return typeof value === "object" && value !== null && checked.has(value);
}

/** "PDF, JPG, PNG": the accepted types as a message names them. */
export function typesLabel(types: readonly FileType[]): string {
  return types.map((type) => type.toUpperCase()).join(", ");
}

/** The file, if it keeps to the bounds and is, by content, one of `types` (what the record takes). */
export async function checkAttachmentFile(
  file: UploadedFile,
  types: readonly FileType[],
  deadline: Deadline = new Deadline(),
): Promise<CheckedFile> {
  if (file.bytes.length > MAX_ATTACHMENT_BYTES) {
    throw new UploadRefusedError("tooLarge", { size: sizeLabel(MAX_ATTACHMENT_BYTES) });
  }
  const type = await sniffFileType(file.bytes, { limits: ATTACHMENT_ARCHIVE_LIMITS, deadline });
  if (!type || !types.includes(type)) {
    throw new UploadRefusedError("unsupportedType", { types: typesLabel(types) });
  }
  const { mimeType, extensions } = FILE_TYPES[type];
  const result: CheckedFile = {
    fileName: withExtension(safeFileName(file.fileName), extensions, ALL_EXTENSIONS),
    type,
    mimeType,
    bytes: file.bytes,
    sha256: file.sha256,
  };
  checked.add(result);
  return result;
}

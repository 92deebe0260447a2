/** The file field of a submitted form, taken within its size bound before its bytes are read. */
import "server-only";
import { createHash } from "node:crypto";
import { safeFileName } from "./file-name";
import { sizeLabel } from "./limits";
import { UploadRefusedError } from "./upload-refused";

export interface UploadedFile {
  /** Made safe by safeFileName. */
  fileName: string;
  bytes: Uint8Array;
  /** Hex SHA-256 of the content: names the file in the audit log, spots the same file twice. */
  sha256: string;
}

export function sha256Hex(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}

/** Present, not empty, at most `maxBytes`; otherwise an UploadRefusedError. */
export async function readFormFile(
  entry: FormDataEntryValue | null,
  { maxBytes }: { maxBytes: number },
): Promise<UploadedFile> {
  if (!(entry instanceof File) || entry.size === 0) throw new UploadRefusedError("missing");
  const tooLarge = () => new UploadRefusedError("tooLarge", { size: sizeLabel(maxBytes) });
  if (entry.size > maxBytes) throw tooLarge();
  const bytes = new Uint8Array(await entry.arrayBuffer());
  if (bytes.length > maxBytes) throw tooLarge();
  return { fileName: safeFileName(entry.name), bytes, sha256: sha256Hex(bytes) };
}

/** The uploaded file of an import as the server takes it from a form: present, small enough, CSV or XLSX. */
import { createHash } from "node:crypto";
import { MAX_FILE_BYTES } from "./limits";
import { fileKind } from "./read-table";

export interface UploadedFile {
  fileName: string;
  bytes: Uint8Array;
  /** Hex SHA-256 of the content: names the file in the audit log and ties a commit to its preview. */
  sha256: string;
}

export type UploadProblemCode = "missing" | "tooLarge" | "unsupportedType";

export function sha256Hex(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}

export async function readUpload(
  entry: FormDataEntryValue | null,
): Promise<{ ok: true; file: UploadedFile } | { ok: false; problem: UploadProblemCode }> {
  if (!(entry instanceof File) || entry.size === 0) return { ok: false, problem: "missing" };
  if (entry.size > MAX_FILE_BYTES) return { ok: false, problem: "tooLarge" };
  const bytes = new Uint8Array(await entry.arrayBuffer());
  const fileName = entry.name || "import";
  if (!fileKind(fileName, bytes)) return { ok: false, problem: "unsupportedType" };
  return { ok: true, file: { fileName, bytes, sha256: sha256Hex(bytes) } };
}

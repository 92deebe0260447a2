/** Why an uploaded file is not taken; each has a message under `uploads.errors` in both catalogues. */
import { DomainError } from "@/lib/actions/errors";

export const UPLOAD_REFUSALS = [
  "missing",
  "tooLarge",
  "unsupportedType",
  "unreadable",
  "tooManyEntries",
  "unpackedTooLarge",
  "tooManyRows",
  "tooSlow",
  "busy",
] as const;
export type UploadRefusal = (typeof UPLOAD_REFUSALS)[number];

/** A domain error like any other: inside a mutation it becomes the form's message, never a 500. */
export class UploadRefusedError extends DomainError {
  constructor(
    readonly refusal: UploadRefusal,
    params: Record<string, string | number> = {},
  ) {
    super(`uploads.errors.${refusal}`, params);
    this.name = "UploadRefusedError";
  }
}

import { getFormatter, getTranslations } from "next-intl/server";
import { FILE_TYPES, type FileType } from "@/lib/uploads/file-type";
import { MAX_ATTACHMENT_BYTES, sizeLabel } from "@/lib/uploads/limits";
import { RemoveAttachmentButton } from "./remove-attachment-button";
import { UploadAttachmentForm } from "./upload-attachment-form";

export interface AttachmentFile {
  id: string;
  fileName: string;
  sizeBytes: number;
}

/**
 * The files (lampiran) of one record: each a download link (through the route that checks scope), and for those
 * who manage the record a remove button per file and an upload form folded under a summary.
 */
export async function AttachmentFiles({
  entityType,
  entityId,
  files,
  types,
  canManage,
  uploadLabel,
}: {
  entityType: string;
  entityId: string;
  files: AttachmentFile[];
  /** The types the record takes (owners.ts). */
  types: readonly FileType[];
  canManage: boolean;
  /** What the upload control says: "Unggah pindaian SK". */
  uploadLabel: string;
}) {
  const [t, format] = await Promise.all([getTranslations("attachments"), getFormatter()]);
  const size = (bytes: number) =>
    bytes >= 1_000_000
      ? `${format.number(bytes / 1_000_000, { maximumFractionDigits: 1 })} MB`
      : `${format.number(Math.max(1, Math.round(bytes / 1_000)))} KB`;
  const accept = types
    .flatMap((type) => [...FILE_TYPES[type].extensions, FILE_TYPES[type].mimeType])
    .join(",");
  return (
    <div className="mt-1 space-y-1">
      {files.length ? (
        <ul className="space-y-1">
          {files.map((file) => (
            <li key={file.id} className="flex flex-wrap items-center gap-x-2">
              <a
                href={`/api/lampiran/${file.id}`}
                download
                className="text-brand-700 underline"
                aria-label={t("download", { name: file.fileName, size: size(file.sizeBytes) })}
              >
                {file.fileName}
              </a>
              <span className="text-xs text-slate-500">{size(file.sizeBytes)}</span>
              {canManage ? (
                <RemoveAttachmentButton id={file.id} entityType={entityType} fileName={file.fileName} />
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
      {canManage ? (
        <details className="text-sm">
          <summary className="cursor-pointer text-brand-700">{uploadLabel}</summary>
          <div className="mt-2 max-w-sm">
            <UploadAttachmentForm
              entityType={entityType}
              entityId={entityId}
              label={t("upload.fileLabel")}
              accept={accept}
              typesLabel={types.map((type) => type.toUpperCase()).join(", ")}
              maxBytes={MAX_ATTACHMENT_BYTES}
              sizeLabel={sizeLabel(MAX_ATTACHMENT_BYTES)}
            />
          </div>
        </details>
      ) : null}
    </div>
  );
}

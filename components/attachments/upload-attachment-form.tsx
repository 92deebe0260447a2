"use client";

import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { FormAlert } from "@/components/ui/form/form-alert";
import { FormButtons } from "@/components/ui/form/form-buttons";
import { useActionForm } from "@/components/ui/form/use-action-form";
import { uploadAttachmentAction } from "@/lib/attachments/actions";
import { FileField } from "./file-field";

/**
 * Lampirkan berkas to one record. The size is checked here before the file travels (the server checks it again,
 * and everything else); the accepted types guide the file picker only.
 */
export function UploadAttachmentForm({
  entityType,
  entityId,
  label,
  accept,
  typesLabel,
  maxBytes,
  sizeLabel,
}: {
  entityType: string;
  entityId: string;
  label: string;
  /** Extensions and MIME types for the file picker. */
  accept: string;
  typesLabel: string;
  maxBytes: number;
  sizeLabel: string;
}) {
  const t = useTranslations("attachments.upload");
  const refusal = useTranslations("uploads.errors");
  const form = useActionForm(uploadAttachmentAction);
  const [tooLarge, setTooLarge] = useState(false);
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    const file = new FormData(event.currentTarget).get("file");
    const large = file instanceof File && file.size > maxBytes;
    setTooLarge(large);
    if (large) {
      event.preventDefault();
      return;
    }
    form.props.onSubmit(event);
  };
  return (
    <form {...form.props} onSubmit={onSubmit} className="space-y-2">
      <FormAlert {...form.alert} />
      <input type="hidden" name="entityType" value={entityType} />
      <input type="hidden" name="entityId" value={entityId} />
      <FileField
        name="file"
        label={label}
        accept={accept}
        hint={t("hint", { types: typesLabel, size: sizeLabel })}
        errors={tooLarge ? [refusal("tooLarge", { size: sizeLabel })] : form.errors("file")}
      />
      <FormButtons pending={form.pending} label={t("submit")} pendingLabel={t("pending")} />
    </form>
  );
}

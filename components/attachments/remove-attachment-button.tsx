"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { FormAlert } from "@/components/ui/form/form-alert";
import { useActionForm } from "@/components/ui/form/use-action-form";
import { removeAttachmentAction } from "@/lib/attachments/actions";

/** Hapus lampiran: one button, named after the file it removes. */
export function RemoveAttachmentButton({
  id,
  entityType,
  fileName,
}: {
  id: string;
  entityType: string;
  fileName: string;
}) {
  const t = useTranslations("attachments.remove");
  const form = useActionForm(removeAttachmentAction);
  return (
    <form {...form.props} className="inline">
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="entityType" value={entityType} />
      <Button
        type="submit"
        variant="ghost"
        disabled={form.pending}
        aria-label={t("label", { name: fileName })}
        className="px-2 py-0.5 text-xs text-red-800"
      >
        {form.pending ? t("pending") : t("submit")}
      </Button>
      <FormAlert {...form.alert} />
    </form>
  );
}

"use client";

import { useTranslations } from "next-intl";
import { FormAlert } from "@/components/ui/form/form-alert";
import { FormButtons } from "@/components/ui/form/form-buttons";
import { useActionForm } from "@/components/ui/form/use-action-form";
import { removeFindingAction } from "@/lib/supervision/actions";

/** Hapus one finding from a report still being written. */
export function RemoveFindingButton({ id }: { id: string }) {
  const t = useTranslations("supervision");
  const form = useActionForm(removeFindingAction);
  return (
    <form {...form.props} aria-label={t("removeFinding")}>
      <FormAlert {...form.alert} />
      <input type="hidden" name="id" value={id} />
      <FormButtons pending={form.pending} label={t("removeFinding")} variant="danger" />
    </form>
  );
}

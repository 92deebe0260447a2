"use client";

import { useTranslations } from "next-intl";
import { FormAlert } from "@/components/ui/form/form-alert";
import { FormButtons } from "@/components/ui/form/form-buttons";
import { useActionForm } from "@/components/ui/form/use-action-form";
import { cancelChangeAction } from "@/lib/officials/actions";

/** Batalkan: cancels one scheduled change; `label` names it for screen readers ("… mulai 1 Januari 2027"). */
export function CancelChangeForm({ id, label }: { id: string; label: string }) {
  const t = useTranslations("officialChanges.panel");
  const form = useActionForm(cancelChangeAction);
  return (
    <form {...form.props} aria-label={label} className="space-y-2">
      <FormAlert {...form.alert} />
      <input type="hidden" name="id" value={id} />
      <FormButtons pending={form.pending} label={t("cancel")} variant="danger" />
    </form>
  );
}

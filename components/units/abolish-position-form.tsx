"use client";

import { useTranslations } from "next-intl";
import { FormAlert } from "@/components/ui/form/form-alert";
import { FormButtons } from "@/components/ui/form/form-buttons";
import { RecordKeys } from "@/components/ui/form/record-keys";
import { useActionForm } from "@/components/ui/form/use-action-form";
import { abolishPositionAction } from "@/lib/units/actions";

/** Abolishes a post (never deletes it): the history of who held it stays. */
export function AbolishPositionForm({ id, version }: { id: string; version: number }) {
  const t = useTranslations("units");
  const form = useActionForm(abolishPositionAction);
  return (
    <form
      {...form.props}
      className="max-w-2xl space-y-3 rounded-lg border border-red-200 bg-red-50/40 p-4"
      aria-label={t("abolish")}
    >
      <FormAlert {...form.alert} />
      <RecordKeys record={{ id, version }} />
      <p className="text-sm text-slate-700">{t("abolishHint")}</p>
      <FormButtons
        pending={form.pending}
        label={t("abolish")}
        pendingLabel={t("abolishing")}
        variant="danger"
      />
    </form>
  );
}

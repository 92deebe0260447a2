"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { FormAlert } from "@/components/ui/form-alert";
import { abolishPositionAction } from "@/lib/units/actions";
import { useUnitForm } from "./use-unit-form";

/** Abolishes a post (never deletes it): the history of who held it stays. */
export function AbolishPositionForm({ id, version }: { id: string; version: number }) {
  const t = useTranslations("units");
  const { state, formAction, pending } = useUnitForm(abolishPositionAction);
  return (
    <form
      action={formAction}
      className="max-w-2xl space-y-3 rounded-lg border border-red-200 bg-red-50/40 p-4"
      aria-label={t("abolish")}
    >
      <FormAlert message={state.message} />
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={version} />
      <p className="text-sm text-slate-700">{t("abolishHint")}</p>
      <Button
        type="submit"
        variant="secondary"
        disabled={pending}
        className="border-red-300 text-red-800 hover:bg-red-100"
      >
        {pending ? t("abolishing") : t("abolish")}
      </Button>
    </form>
  );
}

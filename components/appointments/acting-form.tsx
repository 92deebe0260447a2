"use client";

import { useTranslations } from "next-intl";
import { FormAlert } from "@/components/ui/form/form-alert";
import { FormButtons } from "@/components/ui/form/form-buttons";
import { useActionForm } from "@/components/ui/form/use-action-form";
import { SelectField, type SelectOption } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";
import { designateActingAction } from "@/lib/appointments/actions";

/** Tunjuk Plt./Plh. Sekretaris: a user of the unit, the kind, and the period. */
export function ActingForm({ users }: { users: SelectOption[] }) {
  const t = useTranslations("appointments.acting");
  const form = useActionForm(designateActingAction);
  return (
    <form {...form.props} className="grid max-w-3xl gap-4 sm:grid-cols-2" aria-label={t("title")}>
      <div className="sm:col-span-2">
        <FormAlert {...form.alert} />
      </div>
      <SelectField label={t("userId")} name="userId" options={users} errors={form.errors("userId")} />
      <SelectField
        label={t("kind")}
        name="kind"
        options={["PLH", "PLT"].map((kind) => ({ value: kind, label: t(`kinds.${kind}`) }))}
        errors={form.errors("kind")}
      />
      <TextField
        label={t("startDate")}
        name="startDate"
        type="date"
        required
        errors={form.errors("startDate")}
      />
      <TextField label={t("endDate")} name="endDate" type="date" required errors={form.errors("endDate")} />
      <div className="sm:col-span-2">
        <FormButtons pending={form.pending} label={t("submit")} cancelHref="/pelantikan" />
      </div>
    </form>
  );
}

"use client";

import { useTranslations } from "next-intl";
import { FormAlert } from "@/components/ui/form/form-alert";
import { FormButtons } from "@/components/ui/form/form-buttons";
import { RecordKeys } from "@/components/ui/form/record-keys";
import { useActionForm } from "@/components/ui/form/use-action-form";
import { SelectField, type SelectOption } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";
import { assignFollowUpAction } from "@/lib/follow-ups/actions";

/** Penanggung jawab and tenggat of a follow-up, set by its unit. */
export function AssignForm({
  followUp,
  officials,
}: {
  followUp: { id: string; version: number; ownerOfficialId: string | null; dueDate: string };
  officials: SelectOption[];
}) {
  const t = useTranslations("followUps");
  const form = useActionForm(assignFollowUpAction);
  return (
    <form {...form.props} className="grid gap-4 p-4 sm:grid-cols-2" aria-label={t("assign")}>
      <FormAlert {...form.alert} />
      <RecordKeys record={followUp} />
      <SelectField
        label={t("fields.ownerOfficialId")}
        name="ownerOfficialId"
        options={[{ value: "", label: t("unassigned") }, ...officials]}
        defaultValue={followUp.ownerOfficialId ?? ""}
        errors={form.errors("ownerOfficialId")}
      />
      <TextField
        label={t("fields.dueDate")}
        name="dueDate"
        type="date"
        defaultValue={followUp.dueDate}
        errors={form.errors("dueDate")}
        required
      />
      <FormButtons pending={form.pending} />
    </form>
  );
}

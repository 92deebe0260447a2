"use client";

import { useTranslations } from "next-intl";
import { FormAlert } from "@/components/ui/form/form-alert";
import { FormButtons } from "@/components/ui/form/form-buttons";
import { RecordKeys } from "@/components/ui/form/record-keys";
import { useActionForm } from "@/components/ui/form/use-action-form";
import { TextAreaField } from "@/components/ui/text-area-field";
import { TextField } from "@/components/ui/text-field";
import { takeProposalStep } from "@/lib/appointments/actions";

/** One step of a proposal (Ajukan, Setujui, Kembalikan …) as its own small form, with the reason it asks for. */
export function StepForm({
  record,
  step,
  reason,
  decree = false,
}: {
  record: { id: string; version: number };
  step: string;
  reason?: "required" | "optional";
  /** The last step of the chain: the decree's number and date may go with the approval. */
  decree?: boolean;
}) {
  const t = useTranslations("appointments");
  const form = useActionForm(takeProposalStep);
  const danger = step === "reject" || step === "withdraw";
  return (
    <form
      {...form.props}
      className="space-y-3 rounded-md border border-slate-200 p-3"
      aria-label={t(`steps.${step}`)}
    >
      <h3 className="text-sm font-semibold text-slate-900">{t(`steps.${step}`)}</h3>
      <FormAlert {...form.alert} />
      <RecordKeys record={record} />
      <input type="hidden" name="step" value={step} />
      {reason ? (
        <TextAreaField
          label={t("fields.reason")}
          name="reason"
          hint={reason === "required" ? t("steps.reasonRequired") : t("steps.reasonOptional")}
          errors={form.errors("reason")}
          required={reason === "required"}
          rows={2}
        />
      ) : null}
      {decree ? (
        <div className="grid gap-3 sm:grid-cols-3">
          <TextField
            label={t("fields.decreeNumber")}
            name="decreeNumber"
            hint={t("fields.decreeHint")}
            errors={form.errors("decreeNumber")}
            autoComplete="off"
          />
          <TextField
            label={t("fields.decreeDate")}
            name="decreeDate"
            type="date"
            errors={form.errors("decreeDate")}
          />
          <TextField
            label={t("fields.archiveReference")}
            name="archiveReference"
            hint={t("fields.archiveReferenceHint")}
            errors={form.errors("archiveReference")}
            autoComplete="off"
          />
        </div>
      ) : null}
      <FormButtons
        pending={form.pending}
        label={t(`steps.${step}`)}
        variant={danger ? "danger" : "primary"}
      />
    </form>
  );
}

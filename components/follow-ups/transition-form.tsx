"use client";

import { useTranslations } from "next-intl";
import { FormAlert } from "@/components/ui/form/form-alert";
import { FormButtons } from "@/components/ui/form/form-buttons";
import { RecordKeys } from "@/components/ui/form/record-keys";
import { useActionForm } from "@/components/ui/form/use-action-form";
import { FormField, CONTROL_CLASS } from "@/components/ui/form-field";
import type { ActionState } from "@/lib/actions/submit";

/**
 * One workflow step as a small form: the record's keys, the step's name, and a reason when the step asks for one
 * (the evidence note when reporting done, guidance when sending back).
 */
export function TransitionForm({
  action,
  record,
  name,
  reason,
  reasonLabel,
}: {
  action: (previous: ActionState, formData: FormData) => Promise<ActionState>;
  record: { id: string; version: number };
  name: string;
  reason?: "required" | "optional";
  reasonLabel?: string;
}) {
  const t = useTranslations("workflow");
  const form = useActionForm(action);
  return (
    <form
      {...form.props}
      className="space-y-2 rounded-md border border-slate-200 p-3"
      aria-label={t(`transitions.${name}`)}
    >
      <FormAlert {...form.alert} />
      <RecordKeys record={record} />
      <input type="hidden" name="transition" value={name} />
      {reason ? (
        <FormField label={reasonLabel ?? t("reason")} hint={t("reasonHint")} errors={form.errors("reason")}>
          {(control) => (
            <textarea
              {...control}
              name="reason"
              rows={2}
              required={reason === "required"}
              className={CONTROL_CLASS}
            />
          )}
        </FormField>
      ) : null}
      <FormButtons pending={form.pending} label={t(`transitions.${name}`)} />
    </form>
  );
}

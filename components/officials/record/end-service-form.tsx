"use client";

import { useTranslations } from "next-intl";
import { FormAlert } from "@/components/ui/form/form-alert";
import { FormButtons } from "@/components/ui/form/form-buttons";
import { RecordKeys } from "@/components/ui/form/record-keys";
import { useActionForm } from "@/components/ui/form/use-action-form";
import { SelectField } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";
import { endServiceAction } from "@/lib/officials/actions";
import { ConfirmField } from "./confirm-field";
import { FormFieldset } from "./form-fieldset";
import type { RecordRef } from "./types";

/** Pensiun / nonaktifkan: the status the service ends with, from which date (TMT), and an optional note. */
export function EndServiceForm({
  record,
  statuses,
  initialStatus,
  cancelHref,
}: {
  record: RecordRef;
  statuses: readonly string[];
  initialStatus: string;
  cancelHref: string;
}) {
  const t = useTranslations("officialRecord");
  const form = useActionForm(endServiceAction);
  const errors = form.errors;
  return (
    <form {...form.props} className="space-y-6">
      <FormAlert {...form.alert} />
      <RecordKeys record={record} />
      <FormFieldset legend={t("fields.status")}>
        <SelectField
          label={t("endService.status")}
          name="status"
          defaultValue={initialStatus}
          options={statuses.map((status) => ({ value: status, label: t(`statuses.${status}`) }))}
          errors={errors("status")}
        />
        <TextField
          label={t("endService.effectiveDate")}
          name="effectiveDate"
          type="date"
          errors={errors("effectiveDate")}
        />
        <TextField
          label={t("endService.reason")}
          name="reason"
          hint={t("endService.reasonHint")}
          autoComplete="off"
          errors={errors("reason")}
          className="sm:col-span-2"
        />
      </FormFieldset>
      <ConfirmField name="confirmEarly" label={t("fields.confirmEarly")} errors={errors("confirmEarly")} />
      <FormButtons pending={form.pending} label={t("endService.submit")} cancelHref={cancelHref} />
    </form>
  );
}

"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormAlert } from "@/components/ui/form-alert";
import { SelectField } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";
import type { ActionState } from "@/lib/actions/submit";
import { endServiceAction } from "@/lib/officials/actions";
import { FormButtons } from "./form-buttons";
import { FormFieldset } from "./form-fieldset";
import { RecordHiddenFields } from "./record-hidden-fields";
import { submitKeepingValues } from "./submit-keeping-values";
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
  const [state, dispatch, pending] = useActionState<ActionState, FormData>(endServiceAction, {});
  const errors = (field: string) => state.fieldErrors?.[field];
  return (
    <form action={dispatch} onSubmit={submitKeepingValues(dispatch)} noValidate className="space-y-6">
      <FormAlert message={state.ok === false ? state.message : undefined} />
      <RecordHiddenFields record={record} />
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
      <FormButtons
        pending={pending}
        label={t("endService.submit")}
        pendingLabel={t("form.saving")}
        cancelLabel={t("form.cancel")}
        cancelHref={cancelHref}
      />
    </form>
  );
}

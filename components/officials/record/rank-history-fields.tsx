"use client";

import { useTranslations } from "next-intl";
import { SelectField } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";
import { EducationLevel } from "@/lib/generated/prisma/enums";
import type { RankHistoryField, RankHistoryFormValues } from "@/lib/officials/rank-history";
import { FormFieldset } from "./form-fieldset";

/** Kepangkatan dan pendidikan: what the DUK orders by, as the last rank decree states it. */
export function RankHistoryFields({
  initial,
  errors,
}: {
  initial: RankHistoryFormValues;
  errors: (field: string) => string[] | undefined;
}) {
  const t = useTranslations("officialRecord");
  const field = (name: RankHistoryField) => ({
    name,
    label: t(`fields.${name}`),
    defaultValue: initial[name],
    errors: errors(name),
  });
  return (
    <FormFieldset legend={t("form.rankHistory")}>
      <p className="text-xs text-slate-600 sm:col-span-2">{t("form.rankHistoryHint")}</p>
      <TextField type="date" {...field("rankStartDate")} />
      <TextField type="date" {...field("serviceAsOf")} />
      <TextField inputMode="numeric" autoComplete="off" {...field("serviceYears")} />
      <TextField inputMode="numeric" autoComplete="off" {...field("serviceMonths")} />
      <SelectField
        {...field("educationLevel")}
        options={[
          { value: "", label: t("form.educationPick") },
          ...Object.values(EducationLevel).map((value) => ({ value, label: t(`educationLevels.${value}`) })),
        ]}
      />
      <TextField autoComplete="off" {...field("educationMajor")} />
    </FormFieldset>
  );
}

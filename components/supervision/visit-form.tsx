"use client";

import { useTranslations } from "next-intl";
import { FormAlert } from "@/components/ui/form/form-alert";
import { FormButtons } from "@/components/ui/form/form-buttons";
import { useActionForm } from "@/components/ui/form/use-action-form";
import { SelectField, type SelectOption } from "@/components/ui/select-field";
import { TextAreaField } from "@/components/ui/text-area-field";
import { TextField } from "@/components/ui/text-field";
import { planVisitAction } from "@/lib/supervision/actions";
import { SUPERVISION_AREAS } from "@/lib/supervision/areas";
import { CheckboxGroup } from "./checkbox-group";

// What a provincial secretary's visit usually reviews: staffing, finance, administration and general affairs.
const USUAL_AREAS: string[] = ["STAFFING", "FINANCE", "LOGISTICS_GENERAL"];

/**
 * Rencana kunjungan supervisi: the unit visited, dates, team, purpose, and per area reviewed the checklist for this
 * visit, prefilled with the usual points and editable.
 */
export function VisitForm({
  units,
  officials,
  today,
}: {
  units: SelectOption[];
  officials: SelectOption[];
  today: string;
}) {
  const t = useTranslations("supervision");
  const form = useActionForm(planVisitAction);
  return (
    <form {...form.props} className="space-y-6" aria-label={t("planVisit")}>
      <FormAlert {...form.alert} />
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField
          label={t("fields.hostUnitId")}
          name="hostUnitId"
          options={[{ value: "", label: "—" }, ...units]}
          errors={form.errors("hostUnitId")}
          required
        />
        <TextField
          label={t("fields.title")}
          name="title"
          defaultValue={t("defaultTitle")}
          errors={form.errors("title")}
          required
        />
        <TextField
          label={t("fields.startDate")}
          name="startDate"
          type="date"
          defaultValue={today}
          errors={form.errors("startDate")}
          required
        />
        <TextField
          label={t("fields.endDate")}
          name="endDate"
          type="date"
          defaultValue={today}
          errors={form.errors("endDate")}
          required
        />
        <TextField label={t("fields.location")} name="location" errors={form.errors("location")} />
      </div>
      <TextAreaField label={t("fields.purpose")} name="purpose" errors={form.errors("purpose")} />
      <CheckboxGroup
        legend={t("fields.teamIds")}
        hint={t("fields.teamHint")}
        name="teamIds"
        options={officials}
        errors={form.errors("teamIds")}
      />
      <fieldset className="space-y-3">
        <legend className="text-sm font-medium text-slate-800">{t("fields.areas")}</legend>
        <p className="text-xs text-slate-500">{t("fields.checklistHint")}</p>
        {form.errors("areas") ? (
          <p className="text-sm text-red-700">{form.errors("areas")?.join(" ")}</p>
        ) : null}
        {SUPERVISION_AREAS.map((area) => (
          <div key={area} className="rounded-md border border-slate-200 p-3">
            <label className="flex items-center gap-2 text-sm font-medium">
              <input type="checkbox" name="areas" value={area} defaultChecked={USUAL_AREAS.includes(area)} />
              {t(`areas.${area}`)}
            </label>
            <TextAreaField
              className="mt-2"
              label={t("fields.checklist", { area: t(`areas.${area}`) })}
              name={`checklist_${area}`}
              rows={4}
              defaultValue={t(`checklistDefaults.${area}`)}
              errors={form.errors(`checklist_${area}`)}
            />
          </div>
        ))}
      </fieldset>
      <FormButtons pending={form.pending} label={t("planVisit")} cancelHref="/supervisi" />
    </form>
  );
}

"use client";

import { useTranslations } from "next-intl";
import { FormAlert } from "@/components/ui/form/form-alert";
import { FormButtons } from "@/components/ui/form/form-buttons";
import { RecordKeys } from "@/components/ui/form/record-keys";
import { useActionForm } from "@/components/ui/form/use-action-form";
import { SelectField, type SelectOption } from "@/components/ui/select-field";
import { TextAreaField } from "@/components/ui/text-area-field";
import { TextField } from "@/components/ui/text-field";
import { planVisitAction } from "@/lib/supervision/actions";
import { SUPERVISION_AREAS } from "@/lib/supervision/areas";
import { SUPERVISION_PATH, visitLink } from "@/lib/supervision/links";
import { CheckboxGroup } from "./checkbox-group";

// What a provincial secretary's visit usually reviews: staffing, finance, administration and general affairs.
const USUAL_AREAS: string[] = ["STAFFING", "FINANCE", "LOGISTICS_GENERAL"];

/** A planned visit as its edit form starts: the stored plan, each area's checklist one item per line. */
export interface VisitPlanValues {
  id: string;
  version: number;
  hostUnitName: string;
  title: string;
  startDate: string;
  endDate: string;
  location: string;
  purpose: string;
  teamIds: string[];
  checklists: Partial<Record<string, string>>;
}

/**
 * Rencana kunjungan supervisi: the unit visited, dates, team, purpose, and per area reviewed the checklist for this
 * visit, prefilled with the usual points and editable. With `visit`, the same form changes a planned visit's plan
 * (the unit visited stays).
 */
export function VisitForm({
  units,
  officials,
  today,
  visit,
}: {
  units: SelectOption[];
  officials: SelectOption[];
  today: string;
  visit?: VisitPlanValues;
}) {
  const t = useTranslations("supervision");
  const form = useActionForm(planVisitAction);
  const label = visit ? t("editVisit") : t("planVisit");
  return (
    <form {...form.props} className="space-y-6" aria-label={label}>
      <FormAlert {...form.alert} />
      {visit ? <RecordKeys record={visit} /> : null}
      <div className="grid gap-4 sm:grid-cols-2">
        {visit ? (
          <div className="text-sm">
            <p className="font-medium text-slate-800">{t("fields.hostUnitId")}</p>
            <p className="mt-2">{visit.hostUnitName}</p>
          </div>
        ) : (
          <SelectField
            label={t("fields.hostUnitId")}
            name="hostUnitId"
            options={[{ value: "", label: "—" }, ...units]}
            errors={form.errors("hostUnitId")}
            required
          />
        )}
        <TextField
          label={t("fields.title")}
          name="title"
          defaultValue={visit?.title ?? t("defaultTitle")}
          errors={form.errors("title")}
          required
        />
        <TextField
          label={t("fields.startDate")}
          name="startDate"
          type="date"
          defaultValue={visit?.startDate ?? today}
          errors={form.errors("startDate")}
          required
        />
        <TextField
          label={t("fields.endDate")}
          name="endDate"
          type="date"
          defaultValue={visit?.endDate ?? today}
          errors={form.errors("endDate")}
          required
        />
        <TextField
          label={t("fields.location")}
          name="location"
          defaultValue={visit?.location}
          errors={form.errors("location")}
        />
      </div>
      <TextAreaField
        label={t("fields.purpose")}
        name="purpose"
        defaultValue={visit?.purpose}
        errors={form.errors("purpose")}
      />
      <CheckboxGroup
        legend={t("fields.teamIds")}
        hint={t("fields.teamHint")}
        name="teamIds"
        options={officials}
        defaultChecked={visit?.teamIds}
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
              <input
                type="checkbox"
                name="areas"
                value={area}
                defaultChecked={visit ? area in visit.checklists : USUAL_AREAS.includes(area)}
              />
              {t(`areas.${area}`)}
            </label>
            <TextAreaField
              className="mt-2"
              label={t("fields.checklist", { area: t(`areas.${area}`) })}
              name={`checklist_${area}`}
              rows={4}
              defaultValue={visit?.checklists[area] ?? t(`checklistDefaults.${area}`)}
              errors={form.errors(`checklist_${area}`)}
            />
          </div>
        ))}
      </fieldset>
      <FormButtons
        pending={form.pending}
        label={visit ? t("saveVisit") : t("planVisit")}
        cancelHref={visit ? visitLink(visit.id) : SUPERVISION_PATH}
      />
    </form>
  );
}

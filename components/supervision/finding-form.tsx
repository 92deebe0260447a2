"use client";

import { useTranslations } from "next-intl";
import { FormAlert } from "@/components/ui/form/form-alert";
import { FormButtons } from "@/components/ui/form/form-buttons";
import { useActionForm } from "@/components/ui/form/use-action-form";
import { SelectField, type SelectOption } from "@/components/ui/select-field";
import { TextAreaField } from "@/components/ui/text-area-field";
import { DAYS_BY_SEVERITY } from "@/lib/follow-ups/due-dates";
import { addFindingAction } from "@/lib/supervision/actions";
import { FINDING_SEVERITIES, SUPERVISION_AREAS } from "@/lib/supervision/areas";

/**
 * Tambah temuan (what was found, what should be done, and optionally who answers for it) or permohonan (what the
 * unit asks the province for).
 */
export function FindingForm({
  reportId,
  areas,
  officials,
}: {
  reportId: string;
  areas: string[];
  officials: SelectOption[];
}) {
  const t = useTranslations("supervision");
  const form = useActionForm(addFindingAction);
  const shown = SUPERVISION_AREAS.filter((area) => areas.includes(area));
  return (
    <form {...form.props} className="grid gap-4 p-4 sm:grid-cols-3" aria-label={t("addFinding")}>
      <FormAlert {...form.alert} />
      <input type="hidden" name="reportId" value={reportId} />
      <SelectField
        label={t("fields.kind")}
        name="kind"
        options={(["FINDING", "REQUEST"] as const).map((kind) => ({
          value: kind,
          label: t(`kinds.${kind}`),
        }))}
        errors={form.errors("kind")}
      />
      <SelectField
        label={t("fields.area")}
        name="area"
        options={(shown.length ? shown : SUPERVISION_AREAS).map((area) => ({
          value: area,
          label: t(`areas.${area}`),
        }))}
        errors={form.errors("area")}
      />
      <SelectField
        label={t("fields.severity")}
        name="severity"
        hint={t("severityHint", DAYS_BY_SEVERITY)}
        defaultValue="MEDIUM"
        options={FINDING_SEVERITIES.map((severity) => ({
          value: severity,
          label: t(`severities.${severity}`),
        }))}
        errors={form.errors("severity")}
      />
      <TextAreaField
        className="sm:col-span-3"
        label={t("fields.description")}
        name="description"
        errors={form.errors("description")}
        required
      />
      <TextAreaField
        className="sm:col-span-3"
        label={t("fields.recommendation")}
        name="recommendation"
        errors={form.errors("recommendation")}
      />
      <SelectField
        className="sm:col-span-3"
        label={t("fields.ownerOfficialId")}
        name="ownerOfficialId"
        hint={t("ownerHint")}
        options={[{ value: "", label: t("ownerDefault") }, ...officials]}
        errors={form.errors("ownerOfficialId")}
      />
      <div className="sm:col-span-3">
        <FormButtons pending={form.pending} label={t("addFinding")} />
      </div>
    </form>
  );
}

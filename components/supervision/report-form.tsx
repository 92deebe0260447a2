"use client";

import { useTranslations } from "next-intl";
import { FormAlert } from "@/components/ui/form/form-alert";
import { FormButtons } from "@/components/ui/form/form-buttons";
import { RecordKeys } from "@/components/ui/form/record-keys";
import { useActionForm } from "@/components/ui/form/use-action-form";
import { SelectField } from "@/components/ui/select-field";
import { TextAreaField } from "@/components/ui/text-area-field";
import { saveReportDraftAction } from "@/lib/supervision/actions";
import { CHECKLIST_RESULTS, type ReportSection } from "@/lib/supervision/areas";
import { visitLink } from "@/lib/supervision/links";
import { ReviewerComment } from "./reviewer-comment";

export interface ReportFormArea {
  area: string;
  reportText: string | null;
  items: { id: string; label: string; result: string }[];
}

/**
 * Konsep laporan supervisi: a summary, one section per area reviewed (the result of each checklist point and what
 * was seen), and the points the visiting secretary raised. Saved as a draft; submitted from the visit's page.
 */
export function ReportForm({
  visitId,
  report,
  areas,
  comments,
}: {
  visitId: string;
  report: { version: number; summary: string | null; pointsRaised: string | null } | null;
  areas: ReportFormArea[];
  comments: Partial<Record<ReportSection, string>>;
}) {
  const t = useTranslations("supervision");
  const form = useActionForm(saveReportDraftAction);
  const results = CHECKLIST_RESULTS.map((result) => ({ value: result, label: t(`results.${result}`) }));
  return (
    <form {...form.props} className="space-y-6" aria-label={t("fillReport")}>
      <FormAlert {...form.alert} />
      <RecordKeys record={{ id: visitId, version: report?.version }} idName="visitId" />
      <div>
        <ReviewerComment text={comments.summary} />
        <TextAreaField
          label={t("fields.summary")}
          name="summary"
          rows={4}
          defaultValue={report?.summary ?? ""}
          errors={form.errors("summary")}
        />
      </div>
      {areas.map((area) => (
        <fieldset key={area.area} className="space-y-3 rounded-md border border-slate-200 p-3">
          <legend className="px-1 font-semibold text-slate-900">{t(`areas.${area.area}`)}</legend>
          <ReviewerComment text={comments[area.area as ReportSection]} />
          {area.items.map((item) => (
            <SelectField
              key={item.id}
              label={item.label}
              name={`result_${item.id}`}
              defaultValue={item.result}
              options={results}
              errors={form.errors(`results`)}
            />
          ))}
          <TextAreaField
            label={t("fields.areaText", { area: t(`areas.${area.area}`) })}
            name={`area_${area.area}`}
            rows={4}
            defaultValue={area.reportText ?? ""}
            errors={form.errors(`areaTexts`)}
          />
        </fieldset>
      ))}
      <div>
        <ReviewerComment text={comments.points} />
        <TextAreaField
          label={t("fields.pointsRaised")}
          hint={t("pointsHint")}
          name="pointsRaised"
          rows={5}
          defaultValue={report?.pointsRaised ?? ""}
          errors={form.errors("pointsRaised")}
        />
      </div>
      <FormButtons pending={form.pending} label={t("saveDraft")} cancelHref={visitLink(visitId)} />
    </form>
  );
}

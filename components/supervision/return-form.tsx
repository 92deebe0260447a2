"use client";

import { useTranslations } from "next-intl";
import { FormAlert } from "@/components/ui/form/form-alert";
import { FormButtons } from "@/components/ui/form/form-buttons";
import { RecordKeys } from "@/components/ui/form/record-keys";
import { useActionForm } from "@/components/ui/form/use-action-form";
import { TextAreaField } from "@/components/ui/text-area-field";
import { returnReportAction } from "@/lib/supervision/actions";
import type { ReportSection } from "@/lib/supervision/areas";

/** Kembalikan untuk perbaikan: a comment box per section of the report; sections left empty are fine as they are. */
export function ReturnForm({
  report,
  sections,
}: {
  report: { id: string; version: number };
  sections: { key: ReportSection; label: string }[];
}) {
  const t = useTranslations("supervision");
  const form = useActionForm(returnReportAction);
  return (
    <form {...form.props} className="space-y-3 p-4" aria-label={t("returnTitle")}>
      <FormAlert {...form.alert} />
      <RecordKeys record={report} />
      <p className="text-sm text-slate-600">{t("returnHint")}</p>
      {sections.map((section) => (
        <TextAreaField
          key={section.key}
          label={t("fields.comment", { section: section.label })}
          name={`comment_${section.key}`}
          rows={2}
          errors={form.errors(`comment_${section.key}`)}
        />
      ))}
      <FormButtons pending={form.pending} label={t("returnTitle")} variant="danger" />
    </form>
  );
}

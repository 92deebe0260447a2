import { useTranslations } from "next-intl";
import type { Ref } from "react";
import type { PlanKind } from "@/lib/officials/import/plan";
import type { ImportPreview } from "@/lib/officials/import/page-state";

const KINDS: PlanKind[] = ["create", "update", "unchanged", "invalid"];

/** "N baru, N diperbarui, N tanpa perubahan, N bermasalah"; the heading takes focus when a check completes. */
export function PreviewSummary({
  preview,
  headingRef,
}: {
  preview: ImportPreview;
  headingRef: Ref<HTMLHeadingElement>;
}) {
  const t = useTranslations("import.summary");
  return (
    <section
      aria-labelledby="import-summary-heading"
      className="rounded-lg border border-slate-200 bg-white p-4"
    >
      <h2 id="import-summary-heading" ref={headingRef} tabIndex={-1} className="text-lg font-semibold">
        {t("title")}
      </h2>
      <p className="mt-1 text-sm text-slate-600">{t("file", { name: preview.fileName })}</p>
      <p className="mt-2 text-sm font-medium text-slate-900">
        {KINDS.map((kind) => t(kind, { count: preview.summary[kind] })).join(", ")}
      </p>
      {preview.formasi.length > 0 ? (
        <ul role="status" className="mt-2 list-disc space-y-1 pl-5 text-sm text-amber-900">
          {preview.formasi.map((warning) => (
            <li key={warning}>{warning}</li>
          ))}
        </ul>
      ) : null}
      {preview.ignoredColumns.length > 0 ? (
        <p className="mt-1 text-sm text-slate-600">
          {t("ignoredColumns", { columns: preview.ignoredColumns.join(", ") })}
        </p>
      ) : null}
    </section>
  );
}

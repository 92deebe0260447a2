import { useTranslations } from "next-intl";
import { DataTable } from "@/components/ui/data-table";
import { FIELD_LABELS, type FieldChange } from "@/lib/audit/changes";

/** An audit entry's changes, folded: the count in the row, field by field before → after when opened. */
export function AuditChanges({ changes, entityType }: { changes: FieldChange[]; entityType: string }) {
  const t = useTranslations("audit");
  const root = useTranslations();
  const labels = FIELD_LABELS[entityType];
  const label = (field: string) =>
    labels && root.has(`${labels}.${field}`) ? root(`${labels}.${field}`) : field;
  if (changes.length === 0) return <span className="text-slate-400">—</span>;
  return (
    <details>
      <summary className="cursor-pointer text-brand-700">
        {t("changeCount", { count: changes.length })}
      </summary>
      <div className="mt-2">
        <DataTable
          variant="compact"
          caption={t("changes")}
          captionHidden
          rows={changes}
          rowKey={(change) => change.field}
          rowHeader
          columns={[
            { key: "field", header: t("field"), cell: (change) => label(change.field) },
            {
              key: "before",
              header: t("before"),
              cellClassName: "break-all text-slate-600",
              cell: (change) => change.before,
            },
            { key: "after", header: t("after"), cellClassName: "break-all", cell: (change) => change.after },
          ]}
        />
      </div>
    </details>
  );
}

import { useTranslations } from "next-intl";
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
      <table className="mt-2 text-xs">
        <thead className="text-left text-slate-500">
          <tr>
            <th scope="col" className="pr-3 font-medium">
              {t("field")}
            </th>
            <th scope="col" className="pr-3 font-medium">
              {t("before")}
            </th>
            <th scope="col" className="font-medium">
              {t("after")}
            </th>
          </tr>
        </thead>
        <tbody>
          {changes.map((change) => (
            <tr key={change.field} className="align-top">
              <th scope="row" className="pr-3 text-left font-normal">
                {label(change.field)}
              </th>
              <td className="pr-3 break-all text-slate-600">{change.before}</td>
              <td className="break-all">{change.after}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}

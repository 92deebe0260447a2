import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import type { HistorySubject } from "@/lib/units/history";
import type { UnitHistoryEntry } from "@/lib/units/history-queries";

function useSubjectLabel() {
  const t = useTranslations("units");
  return (subject: HistorySubject | null): string => {
    if (!subject) return t("history.unknownSubject");
    if (subject.type === "unit") return subject.name;
    if (subject.type === "section")
      return t("history.subjectSection", { kind: t(`sectionKinds.${subject.kind}`), name: subject.name });
    return t("history.subjectPost", { title: subject.title });
  };
}

function useEntryLines() {
  const t = useTranslations("units");
  const subjectLabel = useSubjectLabel();
  const fieldLabel = (field: string) => (t.has(`fields.${field}`) ? t(`fields.${field}`) : field);
  return (entry: UnitHistoryEntry): string[] => {
    const subject = subjectLabel(entry.subject);
    const lines = entry.quotaChanges.map((change) => {
      const support = change.field === "supportStaffQuota";
      const to = change.to ?? "—";
      if (change.from === null)
        return t(support ? "history.supportQuotaNew" : "history.quotaNew", { subject, to });
      return t(support ? "history.supportQuota" : "history.quota", { subject, from: change.from, to });
    });
    if (entry.verb === "create") lines.unshift(t("history.created", { subject }));
    else if (entry.verb === "abolish") lines.unshift(t("history.abolished", { subject }));
    else if (entry.otherFields.length > 0) {
      lines.push(t("history.updated", { subject, fields: entry.otherFields.map(fieldLabel).join(", ") }));
    }
    return lines;
  };
}

/** The unit's history, newest first: quota changes read "Kuota Sub Bagian Keuangan: 5 → 6, oleh X, tanggal". */
export function UnitHistory({
  entries,
  olderHref,
  newestHref,
}: {
  entries: UnitHistoryEntry[];
  olderHref?: string;
  newestHref?: string;
}) {
  const t = useTranslations("units.history");
  const format = useFormatter();
  const linesOf = useEntryLines();
  if (entries.length === 0) return <p className="px-4 py-3 text-sm text-slate-600">{t("empty")}</p>;
  return (
    <>
      <ol className="divide-y divide-slate-100">
        {entries.map((entry) => (
          <li key={entry.id} className="px-4 py-2 text-sm">
            {linesOf(entry).map((line, index) => (
              <p key={index} className={index === 0 ? "text-slate-900" : "text-slate-700"}>
                {line}
              </p>
            ))}
            <p className="text-xs text-slate-500">
              {t("meta", {
                actor: entry.actorName,
                at: format.dateTime(entry.at, { dateStyle: "medium", timeStyle: "short" }),
              })}
            </p>
          </li>
        ))}
      </ol>
      <div className="flex gap-4 px-4 py-2 text-sm">
        {newestHref ? (
          <Link href={newestHref} className="text-brand-700 underline">
            {t("newest")}
          </Link>
        ) : null}
        {olderHref ? (
          <Link href={olderHref} className="text-brand-700 underline">
            {t("older")}
          </Link>
        ) : null}
      </div>
    </>
  );
}

import { getFormatter, getTranslations } from "next-intl/server";
import type { ReportSection } from "@/lib/supervision/areas";
import type { VisitDetail } from "@/lib/supervision/queries";

type Round = NonNullable<VisitDetail["report"]>["rounds"][number];

/** Riwayat pengajuan: every submission, newest first, with who answered, how, and the notes per section. */
export async function ReportRounds({
  rounds,
  sectionLabel,
}: {
  rounds: Round[];
  sectionLabel: (section: ReportSection) => string;
}) {
  const [t, workflow, format] = await Promise.all([
    getTranslations("supervision"),
    getTranslations("workflow"),
    getFormatter(),
  ]);
  const when = (value: Date) => format.dateTime(value, { dateStyle: "medium", timeStyle: "short" });
  if (!rounds.length) return <p className="p-4 text-sm text-slate-600">{t("noRounds")}</p>;
  return (
    <ol className="divide-y divide-slate-100 text-sm">
      {rounds.map((round) => {
        const comments = Object.entries((round.comments ?? {}) as Record<string, string>);
        return (
          <li key={round.id} className="px-4 py-3">
            <p className="font-medium text-slate-900">
              {t("round", { number: round.number })} · {when(round.submittedAt)} ·{" "}
              {round.submittedBy.displayName}
            </p>
            <p className="text-slate-700">
              {round.decision && round.decidedAt
                ? `${workflow(`states.${round.decision}`)} · ${when(round.decidedAt)} · ${round.decidedBy?.displayName ?? ""}`
                : t("roundAwaiting")}
            </p>
            {comments.length ? (
              <dl className="mt-2 space-y-1">
                {comments.map(([section, text]) => (
                  <div key={section}>
                    <dt className="inline font-medium">{sectionLabel(section as ReportSection)}: </dt>
                    <dd className="inline whitespace-pre-line">{text}</dd>
                  </div>
                ))}
              </dl>
            ) : null}
          </li>
        );
      })}
    </ol>
  );
}

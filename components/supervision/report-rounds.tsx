import { getFormatter, getTranslations } from "next-intl/server";
import type { ReportSection } from "@/lib/supervision/areas";
import type { VisitDetail } from "@/lib/supervision/queries";
import { roundSections } from "@/lib/supervision/round-sections";

type Round = NonNullable<VisitDetail["report"]>["rounds"][number];

/**
 * Riwayat pengajuan: every submission, newest first, with who answered, how, the notes per section, and (folded)
 * the report as it was submitted in that round.
 */
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
            <RoundContent content={round.content} sectionLabel={sectionLabel} />
          </li>
        );
      })}
    </ol>
  );
}

/** The report as submitted in one round: its written sections, then its findings and requests. */
async function RoundContent({
  content,
  sectionLabel,
}: {
  content: unknown;
  sectionLabel: (section: ReportSection) => string;
}) {
  const t = await getTranslations("supervision");
  const { texts, findings } = roundSections(content);
  return (
    <details className="mt-2">
      <summary className="cursor-pointer text-brand-700">{t("roundContent")}</summary>
      <dl className="mt-2 space-y-2">
        {texts.map(({ section, text }) => (
          <div key={section}>
            <dt className="font-medium">{sectionLabel(section)}</dt>
            <dd className="whitespace-pre-line text-slate-700">{text}</dd>
          </div>
        ))}
        <div>
          <dt className="font-medium">{sectionLabel("findings")}</dt>
          <dd className="text-slate-700">
            {findings.length ? (
              <ol className="list-decimal pl-5">
                {findings.map((finding, index) => (
                  <li key={index}>
                    {[
                      t.has(`kinds.${finding.kind}`) ? t(`kinds.${finding.kind}`) : finding.kind,
                      t.has(`areas.${finding.area}`) ? t(`areas.${finding.area}`) : finding.area,
                      t.has(`severities.${finding.severity}`) ? t(`severities.${finding.severity}`) : null,
                    ]
                      .filter(Boolean)
                      .join(" · ")}
                    : {finding.description}
                    {finding.recommendation ? ` — ${finding.recommendation}` : null}
                  </li>
                ))}
              </ol>
            ) : (
              t("noFindings")
            )}
          </dd>
        </div>
      </dl>
    </details>
  );
}

import { useTranslations } from "next-intl";
import { Panel } from "@/components/ui/panel";
import type { ReportSection } from "@/lib/supervision/areas";
import type { VisitDetail } from "@/lib/supervision/queries";
import type { StaffingPosture } from "@/lib/units/posture";
import { PostureFacts } from "./posture-facts";
import { ReviewerComment } from "./reviewer-comment";

type Comments = Partial<Record<ReportSection, string>>;

/**
 * The report as written: summary, the posture (frozen once submitted, otherwise as it would be frozen today),
 * one section per area with its checklist, and the points raised; the reviewer's notes sit on their sections.
 */
export function ReportView({
  visit,
  posture,
  comments = {},
}: {
  visit: VisitDetail;
  posture: StaffingPosture | null;
  comments?: Comments;
}) {
  const t = useTranslations("supervision");
  const report = visit.report;
  const frozen = Boolean(report?.submittedAt);
  return (
    <div className="space-y-4">
      <Panel id="summary-heading" level={3} title={t("sections.summary")}>
        <ReviewerComment text={comments.summary} />
        <p className="p-4 text-sm whitespace-pre-line">{report?.summary ?? "—"}</p>
      </Panel>
      <Panel
        id="posture-heading"
        level={3}
        title={frozen ? t("posture") : t("postureLive")}
        description={frozen ? undefined : t("postureLiveHint")}
      >
        <ReviewerComment text={comments.posture} />
        {posture ? <PostureFacts posture={posture} /> : <p className="p-4 text-sm">—</p>}
      </Panel>
      {visit.areas.map((area) => (
        <Panel key={area.id} id={`area-${area.area}-heading`} level={3} title={t(`areas.${area.area}`)}>
          <ReviewerComment text={comments[area.area]} />
          {area.items.length ? (
            <ul className="divide-y divide-slate-100 text-sm">
              {area.items.map((item) => (
                <li key={item.id} className="flex justify-between gap-4 px-4 py-2">
                  <span>{item.label}</span>
                  <span className={item.result === "FINDING" ? "font-medium text-red-700" : "text-slate-600"}>
                    {t(`results.${item.result}`)}
                  </span>
                </li>
              ))}
            </ul>
          ) : null}
          <p className="border-t border-slate-100 p-4 text-sm whitespace-pre-line">
            {area.reportText ?? "—"}
          </p>
        </Panel>
      ))}
      <Panel id="points-heading" level={3} title={t("sections.points")}>
        <ReviewerComment text={comments.points} />
        <p className="p-4 text-sm whitespace-pre-line">{report?.pointsRaised ?? "—"}</p>
      </Panel>
    </div>
  );
}

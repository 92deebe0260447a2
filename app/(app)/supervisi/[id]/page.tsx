import { getTranslations } from "next-intl/server";
import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { AttachmentFiles } from "@/components/attachments/attachment-files";
import { TransitionForm } from "@/components/follow-ups/transition-form";
import { FindingForm } from "@/components/supervision/finding-form";
import { FindingsTable } from "@/components/supervision/findings-table";
import { ReportRounds } from "@/components/supervision/report-rounds";
import { ReportView } from "@/components/supervision/report-view";
import { ReturnForm } from "@/components/supervision/return-form";
import { VisitFacts } from "@/components/supervision/visit-facts";
import { DraftNewsAction } from "@/components/news/draft-news-action";
import { PageHeader } from "@/components/ui/page-header";
import { Panel } from "@/components/ui/panel";
import { ATTACHMENT_OWNERS } from "@/lib/attachments/owners";
import { listAttachments } from "@/lib/attachments/queries";
import { requirePermission } from "@/lib/auth/current-user";
import { getUnitPosture } from "@/lib/units/posture-queries";
import type { StaffingPosture } from "@/lib/units/posture";
import { openComments, reportAbilities, visitAbilities } from "@/lib/supervision/abilities";
import { acceptReportAction, cancelVisitAction, submitReportAction } from "@/lib/supervision/actions";
import { isArea, REPORT_SECTIONS, type ReportSection } from "@/lib/supervision/areas";
import { getVisit, ownUnitOfficials, visitCancellation } from "@/lib/supervision/queries";

export const dynamic = "force-dynamic";

/**
 * One supervision visit: its facts and team, the report as written (or being written), its findings and requests,
 * the step open to the user (fill, submit, accept or return with notes per section), and every round.
 */
export default async function VisitPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePermission("supervision.view");
  const visit = await getVisit(user, (await params).id);
  if (!visit) notFound();
  const [t, workflow] = await Promise.all([getTranslations("supervision"), getTranslations("workflow")]);
  const report = visit.report;
  const may = { ...reportAbilities(user, visit), ...visitAbilities(user, visit) };
  const comments = openComments(visit);
  const [cancellation, owners, files, posture] = await Promise.all([
    visit.status === "CANCELLED" ? visitCancellation(visit.id) : null,
    may.file ? ownUnitOfficials(user) : [],
    report ? listAttachments(user, "SupervisionReport", [report.id]) : new Map(),
    report?.submittedAt
      ? (report.staffingSnapshot as StaffingPosture | null)
      : getUnitPosture(user, visit.hostUnitId),
  ]);
  const areas: string[] = visit.areas.map((area) => area.area);
  const sectionLabel = (section: ReportSection) =>
    isArea(section) ? t(`areas.${section}`) : t(`sections.${section}`);
  const sections = REPORT_SECTIONS.filter((section) => !isArea(section) || areas.includes(section)).map(
    (key) => ({ key, label: sectionLabel(key) }),
  );
  return (
    <>
      <Link href="/supervisi" className="text-sm text-brand-700 underline">
        {t("back")}
      </Link>
      <PageHeader
        title={visit.title}
        intro={`${visit.visitorUnit.shortName} → ${visit.hostUnit.shortName}`}
        actions={
          <>
            {report ? (
              <a
                href={`/supervisi/${visit.id}/pdf`}
                target="_blank"
                className="rounded-md border border-slate-300 bg-white px-4 py-2 text-sm font-medium text-slate-800 hover:bg-slate-50"
              >
                {t("printReport")}
              </a>
            ) : null}
            {may.edit ? (
              <Link
                href={`/supervisi/${visit.id}/ubah`}
                className="rounded-md border border-slate-300 bg-white px-4 py-2 text-sm font-medium text-slate-800 hover:bg-slate-50"
              >
                {t("edit")}
              </Link>
            ) : null}
            {may.file ? (
              <Link
                href={`/supervisi/${visit.id}/laporan`}
                className="rounded-md bg-brand-700 px-4 py-2 text-sm font-medium text-white hover:bg-brand-800"
              >
                {t("fillReport")}
              </Link>
            ) : null}
            <DraftNewsAction
              user={user}
              sourceKind="VISIT"
              sourceId={visit.id}
              held={visit.status === "CONDUCTED"}
            />
          </>
        }
      />
      <div className="space-y-6">
        <Panel id="facts-heading" title={t("visitFacts")}>
          <VisitFacts visit={visit} cancellation={cancellation} />
        </Panel>
        {may.cancel ? (
          <Panel id="cancel-heading" title={t("cancelVisit")} description={t("cancelHint")}>
            <div className="p-4">
              <TransitionForm
                action={cancelVisitAction}
                record={visit}
                name="cancel"
                reason="required"
                reasonLabel={t("fields.cancelReason")}
              />
            </div>
          </Panel>
        ) : null}
        <Panel
          id="report-heading"
          title={t("report")}
          description={report ? workflow(`states.${report.status}`) : t("noReport")}
        >
          <div className="p-4">
            <ReportView visit={visit} posture={posture} comments={comments} />
          </div>
        </Panel>
        {report ? (
          <Panel id="findings-heading" title={t("findings")}>
            <FindingsTable findings={report.findings} editable={may.file} />
            {may.file ? (
              <div className="border-t border-slate-200">
                <h3 className="px-4 pt-4 font-semibold">{t("addFinding")}</h3>
                <FindingForm
                  key={report.findings.length}
                  reportId={report.id}
                  areas={areas}
                  officials={owners.map((official) => ({ value: official.id, label: official.name }))}
                />
              </div>
            ) : null}
          </Panel>
        ) : null}
        {report ? (
          <Panel id="attachments-heading" title={t("attachments")}>
            <div className="px-4 pb-4">
              <AttachmentFiles
                entityType="SupervisionReport"
                entityId={report.id}
                files={files.get(report.id) ?? []}
                types={ATTACHMENT_OWNERS.SupervisionReport.types}
                canManage={may.file}
                uploadLabel={t("uploadAttachment")}
              />
            </div>
          </Panel>
        ) : null}
        {report && may.file ? (
          <Panel id="submit-heading" title={t("submitTitle")} description={t("submitHint")}>
            <div className="p-4">
              <TransitionForm action={submitReportAction} record={report} name="submit" />
            </div>
          </Panel>
        ) : null}
        {report && may.review ? (
          <Panel id="review-heading" title={t("reviewTitle")} description={t("reviewHint")}>
            <div className="grid gap-4 p-4 lg:grid-cols-2">
              <TransitionForm action={acceptReportAction} record={report} name="accept" />
              <div className="rounded-md border border-slate-200">
                <ReturnForm report={report} sections={sections} />
              </div>
            </div>
          </Panel>
        ) : null}
        {report ? (
          <Panel id="rounds-heading" title={t("rounds")}>
            <ReportRounds rounds={report.rounds} sectionLabel={sectionLabel} />
          </Panel>
        ) : null}
      </div>
    </>
  );
}

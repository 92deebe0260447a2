import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { PostureFacts } from "@/components/supervision/posture-facts";
import { ReportForm } from "@/components/supervision/report-form";
import { PageHeader } from "@/components/ui/page-header";
import { Panel } from "@/components/ui/panel";
import { requirePermission } from "@/lib/auth/current-user";
import { openComments, reportAbilities } from "@/lib/supervision/abilities";
import { getVisit } from "@/lib/supervision/queries";
import { getUnitPosture } from "@/lib/units/posture-queries";

export const dynamic = "force-dynamic";

/** Isi laporan: the visited unit's secretary writes the report; the posture shown is what submitting will freeze. */
export default async function ReportPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePermission("report.file");
  const visit = await getVisit(user, (await params).id);
  if (!visit || !reportAbilities(user, visit).file) notFound();
  const [t, posture] = await Promise.all([
    getTranslations("supervision"),
    getUnitPosture(user, visit.hostUnitId),
  ]);
  return (
    <>
      <PageHeader title={t("fillReport")} intro={visit.title} />
      <div className="space-y-6">
        <Panel id="posture-heading" title={t("postureLive")} description={t("postureLiveHint")}>
          {posture ? <PostureFacts posture={posture} /> : <p className="p-4 text-sm">—</p>}
        </Panel>
        <div className="rounded-lg border border-slate-200 bg-white p-4">
          <ReportForm
            visitId={visit.id}
            report={visit.report}
            areas={visit.areas}
            comments={openComments(visit)}
          />
        </div>
      </div>
    </>
  );
}

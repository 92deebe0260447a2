import { getTranslations } from "next-intl/server";
import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { OfficialAppointments } from "@/components/appointments/official-appointments";
import { AttachmentFiles } from "@/components/attachments/attachment-files";
import { RecordHistory } from "@/components/audit/record-history";
import { AssignmentsTable } from "@/components/officials/record/assignments-table";
import { PersonalData } from "@/components/officials/record/personal-data";
import { RecordActions } from "@/components/officials/record/record-actions";
import { ScheduledChanges } from "@/components/officials/record/scheduled-changes";
import { PageHeader } from "@/components/ui/page-header";
import { Panel } from "@/components/ui/panel";
import { isHeldOn, startsAfter } from "@/lib/assignments/current";
import { ATTACHMENT_OWNERS } from "@/lib/attachments/owners";
import { listAttachments } from "@/lib/attachments/queries";
import { requirePermission } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/policy";
import { todayFor } from "@/lib/dates/today";
import { listScheduledChanges } from "@/lib/officials/change-queries";
import { formatNip } from "@/lib/officials/nip";
import { getOfficialRecord } from "@/lib/officials/record-queries";
import { isEndedStatus } from "@/lib/officials/status";

/** Pegawai: one official's record — scheduled changes, personal data, current posts, riwayat jabatan. */
export default async function OfficialPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePermission("official.view");
  const official = await getOfficialRecord(user, (await params).id);
  if (!official) notFound();
  const [t, files, changes, decreeScans] = await Promise.all([
    getTranslations("officialRecord"),
    getTranslations("attachments"),
    listScheduledChanges(user, { officialId: official.id }),
    listAttachments(
      user,
      "Assignment",
      official.assignments.map((assignment) => assignment.id),
    ),
  ]);
  // Posts scheduled to start later are shown with the change that starts them, not as held or past.
  const today = todayFor(user);
  const current = official.assignments.filter((assignment) => isHeldOn(assignment, today));
  const history = official.assignments.filter((assignment) => !startsAfter(assignment, today));
  const manage = can(user, "official.manage", official);
  const serving = !isEndedStatus(official.status);
  const decreeFiles = (row: { id: string }) => (
    <AttachmentFiles
      entityType="Assignment"
      entityId={row.id}
      files={decreeScans.get(row.id) ?? []}
      types={ATTACHMENT_OWNERS.Assignment.types}
      canManage={manage}
      uploadLabel={files("decreeScan")}
    />
  );
  const intro = [official.nip ? formatNip(official.nip) : null, official.unit.name]
    .filter(Boolean)
    .join(" · ");

  return (
    <>
      <Link href="/pegawai" className="text-sm text-brand-700 underline">
        {t("detail.back")}
      </Link>
      <PageHeader
        title={official.name}
        intro={intro}
        actions={
          manage ? <RecordActions id={official.id} serving={serving && changes.length === 0} /> : undefined
        }
      />
      {serving ? null : (
        <p
          role="status"
          className="mb-6 rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900"
        >
          {t("detail.ended", { status: t(`statuses.${official.status}`) })}
        </p>
      )}
      <div className="space-y-6">
        <ScheduledChanges
          changes={changes.map((change) => ({
            ...change,
            // A move is cancelled in both units, as it was made: the destination must be the user's too.
            cancellable:
              manage && (!change.toUnitId || can(user, "official.manage", { unitId: change.toUnitId })),
          }))}
        />
        <Panel id="personal-heading" title={t("detail.personal")}>
          <PersonalData official={official} />
        </Panel>
        <Panel id="current-heading" title={t("detail.currentPosts")}>
          <AssignmentsTable rows={current} decreeFiles={decreeFiles} />
        </Panel>
        <Panel id="history-heading" title={t("detail.history")}>
          <AssignmentsTable rows={history} history decreeFiles={decreeFiles} />
        </Panel>
        <Panel id="appointments-heading" title={t("detail.appointments")}>
          <OfficialAppointments user={user} officialId={official.id} />
        </Panel>
        <RecordHistory
          user={user}
          records={{ entityType: "Official", entityId: official.id }}
          trailHref={`/audit?module=pegawai&q=${encodeURIComponent(official.nip ?? official.name)}`}
        />
      </div>
    </>
  );
}

import { getFormatter, getTranslations } from "next-intl/server";
import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { StatusBadge } from "@/components/appointments/status-badge";
import { AttachmentFiles } from "@/components/attachments/attachment-files";
import { AppointeesTable } from "@/components/inaugurations/appointees-table";
import { CeremonyFacts } from "@/components/inaugurations/ceremony-facts";
import { CeremonyForm } from "@/components/inaugurations/ceremony-form";
import { MinutesPanel } from "@/components/inaugurations/minutes-panel";
import { DraftNewsAction } from "@/components/news/draft-news-action";
import { PageHeader } from "@/components/ui/page-header";
import { Panel } from "@/components/ui/panel";
import { TextAreaField } from "@/components/ui/text-area-field";
import { TextField } from "@/components/ui/text-field";
import { listAttachments } from "@/lib/attachments/queries";
import { ATTACHMENT_OWNERS } from "@/lib/attachments/owners";
import { countAttendance } from "@/lib/attendance/roster";
import { requirePermission } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/policy";
import { availableAppointees, getInauguration } from "@/lib/inaugurations/queries";

const LINK = "rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium hover:bg-slate-100";

/** Pelantikan: the ceremony's facts, its list of appointees, and what the organiser does before, on and after the day. */
export default async function InaugurationPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePermission("inauguration.view");
  const ceremony = await getInauguration(user, (await params).id);
  if (!ceremony) notFound();
  const manage = can(user, "inauguration.manage", ceremony);
  const planned = ceremony.status === "PLANNED";
  const [t, ta, format, available, files] = await Promise.all([
    getTranslations("inaugurations"),
    getTranslations("appointments"),
    getFormatter(),
    manage && planned ? availableAppointees(user) : Promise.resolve([]),
    listAttachments(user, "Inauguration", [ceremony.id]),
  ]);
  const counts = countAttendance(ceremony.rows.map((row) => row.attendance));
  const withoutDecree = ceremony.rows.filter((row) => !row.decreeNumber).length;
  const base = `/pelantikan/upacara/${ceremony.id}`;
  return (
    <>
      <Link href="/pelantikan" className="text-sm text-brand-700 underline">
        {ta("back")}
      </Link>
      <PageHeader
        title={ceremony.title}
        intro={ceremony.unit.name}
        actions={
          <>
            <StatusBadge status={ceremony.status} />
            <a href={`/api/pelantikan/${ceremony.id}/daftar`} className={LINK}>
              {t("detail.printList")}
            </a>
            {manage && planned ? (
              <>
                <Link href={`${base}/kehadiran`} className={LINK}>
                  {t("detail.takeAttendance")}
                </Link>
                <Link href={`${base}/ubah`} className={LINK}>
                  {t("edit")}
                </Link>
              </>
            ) : null}
            <DraftNewsAction
              user={user}
              sourceKind="INAUGURATION"
              sourceId={ceremony.id}
              held={ceremony.status === "HELD"}
            />
          </>
        }
      />
      <div className="space-y-6">
        <CeremonyFacts ceremony={ceremony} />
        <Panel
          id="appointees-heading"
          title={t("detail.appointees")}
          description={t("detail.counts", {
            onsite: counts.PRESENT_ONSITE,
            online: counts.PRESENT_ONLINE,
            absent: counts.ABSENT,
            expected: counts.EXPECTED,
          })}
        >
          <AppointeesTable
            rows={ceremony.rows}
            oathRecorded={ceremony.status === "HELD"}
            remove={
              manage && planned
                ? (row) => (
                    <CeremonyForm
                      form="remove"
                      id={ceremony.id}
                      hidden={{ appointeeId: row.id }}
                      label={t("columns.remove")}
                      variant="danger"
                    />
                  )
                : undefined
            }
          />
        </Panel>
        {manage && planned ? (
          <>
            <Panel id="add-heading" title={t("detail.add")} description={t("detail.addIntro")}>
              <div className="p-4">
                {available.length === 0 ? (
                  <p className="text-sm text-slate-600">{t("detail.noneAvailable")}</p>
                ) : (
                  <CeremonyForm form="add" id={ceremony.id} label={t("detail.add")}>
                    <fieldset>
                      <legend className="sr-only">{t("fields.proposalIds")}</legend>
                      <ul className="space-y-1">
                        {available.map((proposal) => (
                          <li key={proposal.id}>
                            <label className="flex items-start gap-2 text-sm">
                              <input
                                type="checkbox"
                                name="proposalIds"
                                value={proposal.id}
                                className="mt-0.5 h-5 w-5"
                              />
                              <span>
                                <span className="font-medium">{proposal.official.name}</span> —{" "}
                                {proposal.position.title} ({proposal.unit.shortName})
                                {proposal.decree ? ` · SK ${proposal.decree.number}` : ""}
                              </span>
                            </label>
                          </li>
                        ))}
                      </ul>
                    </fieldset>
                  </CeremonyForm>
                )}
              </div>
            </Panel>
            {withoutDecree > 0 ? (
              <Panel
                id="decree-heading"
                title={t("detail.collectiveDecree")}
                description={t("detail.collectiveDecreeIntro")}
              >
                <div className="p-4">
                  <CeremonyForm form="decree" id={ceremony.id} label={t("detail.recordDecree")}>
                    <div className="grid gap-3 sm:grid-cols-3">
                      <TextField
                        label={t("fields.decreeNumber")}
                        name="decreeNumber"
                        required
                        autoComplete="off"
                      />
                      <TextField label={t("fields.decreeDate")} name="decreeDate" type="date" required />
                      <TextField
                        label={t("fields.archiveReference")}
                        name="archiveReference"
                        autoComplete="off"
                      />
                    </div>
                  </CeremonyForm>
                </div>
              </Panel>
            ) : null}
            <Panel id="complete-heading" title={t("detail.complete")} description={t("detail.completeIntro")}>
              <div className="grid gap-6 p-4 md:grid-cols-2">
                <CeremonyForm
                  form="complete"
                  id={ceremony.id}
                  version={ceremony.version}
                  label={t("detail.complete")}
                />
                <CeremonyForm
                  form="cancel"
                  id={ceremony.id}
                  version={ceremony.version}
                  label={t("detail.cancel")}
                  variant="danger"
                >
                  <TextAreaField label={t("fields.reason")} name="reason" required rows={2} />
                </CeremonyForm>
              </div>
            </Panel>
          </>
        ) : null}
        <Panel id="documents-heading" title={t("detail.documents")}>
          <div className="p-4">
            <AttachmentFiles
              entityType="Inauguration"
              entityId={ceremony.id}
              files={files.get(ceremony.id) ?? []}
              types={ATTACHMENT_OWNERS.Inauguration.types}
              canManage={manage && ceremony.status !== "CANCELLED"}
              uploadLabel={t("detail.uploadDocument")}
            />
          </div>
        </Panel>
        {ceremony.status === "HELD" ? (
          <MinutesPanel
            ceremonyId={ceremony.id}
            minutes={ceremony.minutes}
            manage={manage}
            heldOn={format.dateTime(ceremony.scheduledAt, { dateStyle: "long" })}
          />
        ) : null}
      </div>
    </>
  );
}

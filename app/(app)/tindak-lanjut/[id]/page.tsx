import { getFormatter, getTranslations } from "next-intl/server";
import Link from "@/components/ui/link";
import type { ReactNode } from "react";
import { notFound } from "next/navigation";
import { AttachmentFiles } from "@/components/attachments/attachment-files";
import { AssignForm } from "@/components/follow-ups/assign-form";
import { OwnerName } from "@/components/follow-ups/owner-name";
import { TransitionForm } from "@/components/follow-ups/transition-form";
import { PageHeader } from "@/components/ui/page-header";
import { Panel } from "@/components/ui/panel";
import { ATTACHMENT_OWNERS } from "@/lib/attachments/owners";
import { listAttachments } from "@/lib/attachments/queries";
import { requirePermission } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/policy";
import { isoDate } from "@/lib/validations/input";
import { followUpTransitionAction } from "@/lib/follow-ups/actions";
import { getFollowUp } from "@/lib/follow-ups/queries";
import { followUpWorkflow } from "@/lib/follow-ups/workflow";
import { followUpTimeline } from "@/lib/follow-ups/timeline";
import { isActive } from "@/lib/follow-ups/due-dates";
import { availableTransitions } from "@/lib/workflow/available";

export const dynamic = "force-dynamic";

/** One follow-up: what, who, when, its evidence, the steps it can take now, and its whole path as a timeline. */
export default async function FollowUpPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePermission("followUp.view");
  const found = await getFollowUp(user, (await params).id);
  if (!found) notFound();
  const { followUp, steps, officials } = found;
  const [t, workflow, format, files] = await Promise.all([
    getTranslations("followUps"),
    getTranslations("workflow"),
    getFormatter(),
    listAttachments(user, "FollowUp", [followUp.id]),
  ]);
  // Evidence is added by the responsible unit until the level above has verified it.
  const addsEvidence =
    user.unit.id === followUp.unitId &&
    followUp.status !== "VERIFIED" &&
    followUp.status !== "CANCELLED" &&
    can(user, "followUp.manage", followUp);
  const evidenceFiles = files.get(followUp.id) ?? [];
  const record = { ...followUp, holderParentId: null, holderHeadId: null };
  const names = availableTransitions(followUpWorkflow, user, record);
  const date = (value: Date) => format.dateTime(value, { dateStyle: "long", timeZone: "UTC" });
  const when = (value: Date) => format.dateTime(value, { dateStyle: "medium", timeStyle: "short" });
  const facts: [string, ReactNode][] = [
    [t("fields.unit"), followUp.unit.shortName],
    [t("fields.source"), t(`sources.${followUp.source}`)],
    [
      t("fields.ownerOfficialId"),
      <OwnerName key="owner" owner={followUp.owner} unassigned={t("unassigned")} />,
    ],
    [t("fields.dueDate"), date(followUp.dueDate)],
    [t("fields.status"), workflow(`states.${followUp.status}`)],
  ];
  if (followUp.escalatedTo)
    facts.push([t("fields.escalated"), t("escalatedTo", { unit: followUp.escalatedTo.shortName })]);
  return (
    <>
      <Link href="/tindak-lanjut" className="text-sm text-brand-700 underline">
        {t("back")}
      </Link>
      <PageHeader title={followUp.title} intro={followUp.finding?.report.visit.title} />
      <div className="space-y-6">
        <Panel id="details-heading" title={t("details")}>
          <dl className="grid gap-x-6 gap-y-2 p-4 text-sm sm:grid-cols-2">
            {facts.map(([label, value]) => (
              <div key={label}>
                <dt className="text-slate-500">{label}</dt>
                <dd className="font-medium text-slate-900">{value}</dd>
              </div>
            ))}
          </dl>
          {followUp.description ? (
            <p className="border-t border-slate-200 p-4 text-sm whitespace-pre-line">
              {followUp.description}
            </p>
          ) : null}
        </Panel>
        {followUp.evidenceNote || evidenceFiles.length || addsEvidence ? (
          <Panel id="evidence-heading" title={t("evidence")}>
            {followUp.evidenceNote ? (
              <p className="p-4 text-sm whitespace-pre-line">{followUp.evidenceNote}</p>
            ) : null}
            <div className="px-4 pb-4">
              <AttachmentFiles
                entityType="FollowUp"
                entityId={followUp.id}
                files={evidenceFiles}
                types={ATTACHMENT_OWNERS.FollowUp.types}
                canManage={addsEvidence}
                uploadLabel={t("evidenceFiles")}
              />
            </div>
          </Panel>
        ) : null}
        {names.length ? (
          <div className="grid gap-3 md:grid-cols-2">
            {names.map((name) => (
              <TransitionForm
                key={name}
                action={followUpTransitionAction}
                record={followUp}
                name={name}
                reason={followUpWorkflow.transitions[name].reason}
                reasonLabel={name === "complete" ? t("fields.evidenceNote") : undefined}
              />
            ))}
          </div>
        ) : null}
        {user.unit.id === followUp.unitId &&
        isActive(followUp.status) &&
        can(user, "followUp.manage", followUp) ? (
          <Panel id="assign-heading" title={t("assign")}>
            <AssignForm
              followUp={{
                id: followUp.id,
                version: followUp.version,
                ownerOfficialId: followUp.ownerOfficialId,
                dueDate: isoDate(followUp.dueDate),
              }}
              officials={officials.map((official) => ({ value: official.id, label: official.name }))}
            />
          </Panel>
        ) : null}
        <Panel id="timeline-heading" title={t("timeline")}>
          <ol className="divide-y divide-slate-100 text-sm">
            {followUpTimeline(steps, followUp.escalations).map((entry) =>
              entry.kind === "step" ? (
                <li key={entry.key} className="px-4 py-2">
                  <span className="text-slate-500">{when(entry.at)}</span> · {entry.actorName} ·{" "}
                  {entry.named
                    ? t(`timelineSteps.${entry.named}`)
                    : entry.status
                      ? workflow(`states.${entry.status}`)
                      : entry.action}
                  {entry.reason ? <span className="block text-slate-700">“{entry.reason}”</span> : null}
                </li>
              ) : (
                <li key={entry.key} className="px-4 py-2">
                  <span className="text-slate-500">{when(entry.at)}</span> ·{" "}
                  {t("escalationStep", { from: entry.from, to: entry.to, reason: entry.reason })}
                  {entry.answer ? ` — ${t(`answers.${entry.answer}`)}` : null}
                  {entry.resolution ? (
                    <span className="block text-slate-700">“{entry.resolution}”</span>
                  ) : null}
                </li>
              ),
            )}
          </ol>
        </Panel>
      </div>
    </>
  );
}

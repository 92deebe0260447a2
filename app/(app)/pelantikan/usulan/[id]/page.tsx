import { getFormatter, getTranslations } from "next-intl/server";
import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { AttachmentFiles } from "@/components/attachments/attachment-files";
import { DecisionChain } from "@/components/appointments/decision-chain";
import { ProposalFacts } from "@/components/appointments/proposal-facts";
import { ProposalTrail } from "@/components/appointments/proposal-trail";
import { StatusBadge } from "@/components/appointments/status-badge";
import { StepForm } from "@/components/appointments/step-form";
import { PageHeader } from "@/components/ui/page-header";
import { Panel } from "@/components/ui/panel";
import { proposalWorkflow } from "@/lib/appointments/proposal-workflow";
import { getProposal } from "@/lib/appointments/queries";
import { ATTACHMENT_OWNERS } from "@/lib/attachments/owners";
import { listAttachments } from "@/lib/attachments/queries";
import { requirePermission } from "@/lib/auth/current-user";
import { availableTransitions } from "@/lib/workflow/available";

/** Usulan: the proposal, the official and the post side by side, the chain, the trail and the steps open to the user. */
export default async function ProposalPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePermission("appointment.view");
  const proposal = await getProposal(user, (await params).id);
  if (!proposal) notFound();
  const [t, format, files] = await Promise.all([
    getTranslations("appointments"),
    getFormatter(),
    listAttachments(user, "AppointmentProposal", [proposal.id]),
  ]);
  const steps = availableTransitions(proposalWorkflow, user, proposal);
  const editable = steps.includes("submit") || steps.includes("resubmit");
  const record = { id: proposal.id, version: proposal.version };
  return (
    <>
      <Link href="/pelantikan" className="text-sm text-brand-700 underline">
        {t("back")}
      </Link>
      <PageHeader
        title={`${proposal.official.name} → ${proposal.position.title}`}
        intro={`${proposal.unit.name} · ${format.dateTime(proposal.createdAt, { dateStyle: "long" })}`}
        actions={
          <>
            <StatusBadge status={proposal.status} />
            {editable ? (
              <Link
                href={`/pelantikan/usulan/${proposal.id}/ubah`}
                className="rounded-md border border-slate-300 px-3 py-1.5 text-sm font-medium hover:bg-slate-100"
              >
                {t("editProposal")}
              </Link>
            ) : null}
          </>
        }
      />
      <div className="space-y-6">
        <ProposalFacts proposal={proposal} />
        <Panel id="documents-heading" title={t("detail.documents")}>
          <div className="p-4">
            {!editable && !files.get(proposal.id)?.length ? (
              <p className="text-sm text-slate-600">{t("detail.noDocuments")}</p>
            ) : null}
            <AttachmentFiles
              entityType="AppointmentProposal"
              entityId={proposal.id}
              files={files.get(proposal.id) ?? []}
              types={ATTACHMENT_OWNERS.AppointmentProposal.types}
              canManage={editable}
              uploadLabel={t("detail.upload")}
            />
          </div>
        </Panel>
        {proposal.deciderLevels.length > 0 ? (
          <Panel id="chain-heading" title={t("detail.chain")}>
            <DecisionChain proposal={proposal} />
          </Panel>
        ) : null}
        <Panel id="actions-heading" title={t("detail.actions")}>
          <div className="space-y-3 p-4">
            {steps.length === 0 ? <p className="text-sm text-slate-600">{t("detail.noActions")}</p> : null}
            {steps.map((step) => (
              <StepForm
                key={step}
                record={record}
                step={step}
                reason={proposalWorkflow.transitions[step].reason}
                decree={step === "approve"}
              />
            ))}
          </div>
        </Panel>
        <Panel id="trail-heading" title={t("detail.trail")}>
          <ProposalTrail steps={proposal.trail} />
        </Panel>
      </div>
    </>
  );
}

import { getTranslations } from "next-intl/server";
import { notFound, redirect } from "next/navigation";
import { ProposalForm } from "@/components/appointments/proposal-form";
import { PageHeader } from "@/components/ui/page-header";
import { proposalFormOptions } from "@/lib/appointments/form-options";
import { getProposal } from "@/lib/appointments/queries";
import { requirePermission } from "@/lib/auth/current-user";

/** Perbaikan usulan: while a draft or returned, by the proposing unit. */
export default async function EditProposalPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePermission("appointment.propose");
  const proposal = await getProposal(user, (await params).id);
  if (!proposal) notFound();
  const editable = proposal.unitId === user.unit.id && ["DRAFT", "RETURNED"].includes(proposal.status);
  if (!editable) redirect(`/pelantikan/usulan/${proposal.id}`);
  const t = await getTranslations("appointments");
  const options = await proposalFormOptions(user, t("vacant"));
  return (
    <>
      <PageHeader
        title={t("editProposal")}
        intro={`${proposal.official.name} · ${proposal.position.title}`}
      />
      <ProposalForm
        proposal={proposal}
        officials={options.officials}
        posts={options.posts}
        cancelHref={`/pelantikan/usulan/${proposal.id}`}
      />
    </>
  );
}

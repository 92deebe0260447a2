import { getTranslations } from "next-intl/server";
import { ProposalForm } from "@/components/appointments/proposal-form";
import { PageHeader } from "@/components/ui/page-header";
import { proposalFormOptions } from "@/lib/appointments/form-options";
import { requirePermission } from "@/lib/auth/current-user";

/** Usulan baru: the unit proposes one of its officials (or any in scope) for one of its posts. */
export default async function NewProposalPage() {
  const user = await requirePermission("appointment.propose");
  const t = await getTranslations("appointments");
  const options = await proposalFormOptions(user, t("vacant"));
  return (
    <>
      <PageHeader title={t("newProposal")} intro={user.unit.name} />
      <ProposalForm officials={options.officials} posts={options.posts} cancelHref="/pelantikan" />
    </>
  );
}

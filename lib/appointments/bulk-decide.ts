/**
 * Deciding several proposals at once from the queue: one mutation per proposal, each in its own transaction, so a
 * proposal refused (a conflict, or decided meanwhile by someone else) holds back none of the others; the summary
 * says how many were decided and names each refused one with its reason.
 */
import "server-only";
import { runMutation, requestContext, type ActionState, type SubmitContext } from "@/lib/actions/submit";
import { prisma } from "@/lib/db/client";
import { isFinalStep } from "./level-rules";
import { approveProposal, recommendProposal, rejectProposal, returnProposal } from "./proposal-mutations";

export const BULK_DECISIONS = ["forward", "return", "reject"] as const;
export type BulkDecision = (typeof BULK_DECISIONS)[number];

export interface BulkItem {
  id: string;
  version: string;
}

/** "id:version" values of the checked boxes. */
export function parseBulkItems(values: FormDataEntryValue[]): BulkItem[] {
  return values.flatMap((value) => {
    const [id, version] = String(value).split(":");
    return id && version ? [{ id, version }] : [];
  });
}

export async function decideEach(
  context: SubmitContext,
  items: BulkItem[],
  decision: BulkDecision,
  reason: string,
): Promise<ActionState> {
  const { t } = context;
  if (items.length === 0) return { ok: false, message: t("appointments.bulk.noneSelected") };
  const proposals = await prisma.appointmentProposal.findMany({
    where: { id: { in: items.map((item) => item.id) }, unitId: { in: [...context.user.scopeUnitIds] } },
    select: { id: true, currentStep: true, deciderLevels: true, official: { select: { name: true } } },
  });
  const byId = new Map(proposals.map((proposal) => [proposal.id, proposal]));
  const refused: string[] = [];
  let done = 0;
  for (const item of items) {
    const proposal = byId.get(item.id);
    const mutation =
      decision === "return"
        ? returnProposal
        : decision === "reject"
          ? rejectProposal
          : proposal && !isFinalStep(proposal)
            ? recommendProposal
            : approveProposal;
    const result = await runMutation(mutation, { ...item, reason }, context, {
      revalidate: () => ["/pelantikan", "/pelantikan/antrean", `/pelantikan/usulan/${item.id}`, "/"],
    });
    if (result.ok) done += 1;
    else
      refused.push(
        t("appointments.bulk.refused", {
          name: proposal?.official.name ?? item.id,
          reason: result.message ?? "",
        }),
      );
  }
  const summary = t("appointments.bulk.summary", { done, total: items.length });
  return { ok: refused.length === 0, message: [summary, ...refused].join(" ") };
}

export async function decideMany(formData: FormData): Promise<ActionState> {
  const decision = String(formData.get("decision"));
  const chosen = (BULK_DECISIONS as readonly string[]).includes(decision)
    ? (decision as BulkDecision)
    : "forward";
  return decideEach(
    await requestContext(),
    parseBulkItems(formData.getAll("proposal")),
    chosen,
    String(formData.get("reason") ?? ""),
  );
}

/**
 * A step of the decision chain, inside a defineMutation: the workflow transition, with one difference for people
 * deciding at the same moment: the one who comes second is told who decided and what, not only that the proposal
 * changed.
 */
import "server-only";
import { DomainError, StaleRecordError } from "@/lib/actions/errors";
import type { MutationContext } from "@/lib/actions/mutation";
import { beforeFullStop } from "@/lib/i18n/sentence";
import type { Prisma } from "@/lib/generated/prisma/client";
import { transition, type TransitionRequest } from "@/lib/workflow/transition";
import { notFromStateKey } from "@/lib/workflow/available";
import { APPOINTMENT_ERRORS } from "./conflicts";
import { proposalWorkflow, type ProposalTransition } from "./proposal-workflow";

type Context = Omit<MutationContext<unknown>, "input">;

export async function takeStep(
  context: Context,
  request: TransitionRequest<ProposalTransition, Prisma.AppointmentProposalUncheckedUpdateInput>,
) {
  try {
    return await transition(context, proposalWorkflow, request);
  } catch (error) {
    const overtaken =
      error instanceof StaleRecordError ||
      (error instanceof DomainError && error.reason.startsWith(notFromStateKey("")));
    if (!overtaken) throw error;
    const last = await context.tx.auditLog.findFirst({
      where: { entityType: proposalWorkflow.entityType, entityId: request.id },
      orderBy: { id: "desc" },
      select: { actorName: true, action: true },
    });
    if (!last) throw error;
    const step = last.action.slice(`${proposalWorkflow.auditPrefix}.`.length);
    throw new DomainError(`${APPOINTMENT_ERRORS}.overtaken`, { name: beforeFullStop(last.actorName), step });
  }
}

import "server-only";
import { z } from "zod";
import { DomainError, NotFoundError } from "@/lib/actions/errors";
import { defineMutation } from "@/lib/actions/mutation";
import { assertVersion } from "@/lib/actions/stale";
import { lockRow } from "@/lib/db/lock-row";
import { dateOnly, optionalRecordId, recordId, recordVersion } from "@/lib/validations/input";
import { transitionMutation } from "@/lib/workflow/transition-mutation";
import { isActive } from "./due-dates";
import { followUpWorkflow, tellNewOwner, type FollowUpTransition } from "./workflow";

const mutationFor = (name: FollowUpTransition) => transitionMutation(followUpWorkflow, name);

/** One mutation per transition of the follow-up workflow: `followUpTransitions.verify` … */
export const followUpTransitions = Object.fromEntries(
  (Object.keys(followUpWorkflow.transitions) as FollowUpTransition[]).map((name) => [
    name,
    mutationFor(name),
  ]),
) as Record<FollowUpTransition, ReturnType<typeof mutationFor>>;

export const assignSchema = z.object({
  id: recordId,
  version: recordVersion,
  ownerOfficialId: optionalRecordId,
  dueDate: dateOnly(),
});

/**
 * Penanggung jawab dan tenggat: the responsible unit names the person in charge (an official of the unit) and may
 * move the due date while the follow-up is still being worked on. The person, and the unit, are told.
 */
export const assignFollowUp = defineMutation({
  action: "followUp.manage",
  schema: assignSchema,
  async run({ tx, user, input, authorize, audit }) {
    await lockRow(tx, "follow_up", input.id);
    const before = await tx.followUp.findUnique({ where: { id: input.id } });
    if (!before) throw new NotFoundError("FollowUp");
    authorize(before);
    if (user.unit.id !== before.unitId) throw new DomainError("workflow.errors.notAllowed");
    if (!isActive(before.status)) throw new DomainError(`workflow.errors.notFrom.${before.status}`);
    await assertVersion(tx, "FollowUp", before, input.version);
    if (input.ownerOfficialId) {
      const owner = await tx.official.findUnique({
        where: { id: input.ownerOfficialId },
        select: { unitId: true, status: true },
      });
      if (!owner || owner.unitId !== before.unitId || owner.status !== "ACTIVE")
        throw new DomainError("followUps.errors.ownerNotInUnit", {}, "ownerOfficialId");
    }
    const after = await tx.followUp.update({
      where: { id: before.id },
      data: {
        ownerOfficialId: input.ownerOfficialId ?? null,
        dueDate: input.dueDate,
        version: { increment: 1 },
      },
    });
    await audit({
      action: "followUp.assign",
      entityType: "FollowUp",
      entityId: after.id,
      unitId: after.unitId,
      before,
      after,
    });
    await tellNewOwner(tx, { before, after }, user.id);
    return { id: after.id };
  },
});

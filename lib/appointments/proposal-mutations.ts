/** Usulan pengangkatan: drafting, and each step of the workflow (proposal-workflow.ts) as a mutation. */
import "server-only";
import { DomainError, NotFoundError } from "@/lib/actions/errors";
import { defineMutation } from "@/lib/actions/mutation";
import { assertVersion } from "@/lib/actions/stale";
import { lockRow } from "@/lib/db/lock-row";
import { transitionInput } from "@/lib/workflow/transition-mutation";
import { assertProposalFits, APPOINTMENT_ERRORS } from "./conflicts";
import { recordDecree } from "./decree-store";
import { ruleFor } from "./level-rules";
import { loadLevelRules } from "./level-rule-store";
import { approveInput, proposalDraftInput } from "./proposal-schemas";
import type { ProposalTransition } from "./proposal-workflow";
import { takeStep } from "./take-step";

const ENTITY = "AppointmentProposal";

/** Usulan baru, or a correction of a draft or a returned proposal; only the post's own secretariat proposes. */
export const saveProposalDraft = defineMutation({
  action: "appointment.propose",
  schema: proposalDraftInput,
  async run({ tx, user, input, authorize, audit }) {
    const post = await tx.position.findUnique({ where: { id: input.positionId }, select: { unitId: true } });
    if (!post) throw new NotFoundError("Position");
    authorize(post);
    if (post.unitId !== user.unit.id)
      throw new DomainError(`${APPOINTMENT_ERRORS}.postOutsideUnit`, {}, "positionId");
    const official = await tx.official.findUnique({
      where: { id: input.officialId },
      select: { unitId: true },
    });
    if (!official) throw new NotFoundError("Official");
    authorize(official);

    let before = null;
    if (input.id) {
      await lockRow(tx, "appointment_proposal", input.id);
      before = await tx.appointmentProposal.findUnique({ where: { id: input.id } });
      if (!before) throw new NotFoundError(ENTITY);
      authorize(before);
      if (before.unitId !== user.unit.id) throw new NotFoundError(ENTITY);
      if (before.status !== "DRAFT" && before.status !== "RETURNED")
        throw new DomainError(`${APPOINTMENT_ERRORS}.locked`);
      await assertVersion(tx, ENTITY, before, input.version ?? 0);
    }
    await assertProposalFits(tx, {
      id: input.id,
      officialId: input.officialId,
      positionId: input.positionId,
    });
    const fields = {
      officialId: input.officialId,
      positionId: input.positionId,
      justification: input.justification,
    };
    const after = before
      ? await tx.appointmentProposal.update({
          where: { id: before.id },
          data: { ...fields, version: before.version + 1 },
        })
      : await tx.appointmentProposal.create({
          data: { ...fields, unitId: post.unitId, proposedById: user.id },
        });
    await audit({
      action: before ? "appointment.update" : "appointment.create",
      entityType: ENTITY,
      entityId: after.id,
      unitId: after.unitId,
      before,
      after,
    });
    return { id: after.id };
  },
});

/** Ajukan / ajukan ulang: the post level's chain, as it stands now, goes with the proposal. */
function submitting(name: "submit" | "resubmit") {
  return defineMutation({
    action: "appointment.propose",
    schema: transitionInput,
    async run(context) {
      const proposal = await context.tx.appointmentProposal.findUnique({
        where: { id: context.input.id },
        select: { position: { select: { level: true } } },
      });
      if (!proposal) throw new NotFoundError(ENTITY);
      const rule = ruleFor(await loadLevelRules(context.tx), proposal.position.level);
      const after = await takeStep(context, {
        ...context.input,
        name,
        data: { deciderLevels: rule.deciderLevels },
      });
      return { id: after.id };
    },
  });
}

export const submitProposal = submitting("submit");
export const resubmitProposal = submitting("resubmit");

/** A step that takes nothing but the reason: withdraw, recommend, return, reject. */
function step(name: ProposalTransition, action: "appointment.propose" | "appointment.approve") {
  return defineMutation({
    action,
    schema: transitionInput,
    async run(context) {
      const after = await takeStep(context, { ...context.input, name });
      return { id: after.id };
    },
  });
}

export const withdrawProposal = step("withdraw", "appointment.propose");
export const recommendProposal = step("recommend", "appointment.approve");
export const returnProposal = step("return", "appointment.approve");
export const rejectProposal = step("reject", "appointment.approve");

/** Setujui: the last step, with the decree when it is signed already (else a collective one at the ceremony). */
export const approveProposal = defineMutation({
  action: "appointment.approve",
  schema: approveInput,
  async run(context) {
    const { decreeNumber, decreeDate, archiveReference, ...request } = context.input;
    const after = await takeStep(context, { ...request, name: "approve" });
    const decree = await recordDecree(context.tx, context.user.unit.id, {
      decreeNumber,
      decreeDate,
      archiveReference,
    });
    if (decree) {
      await context.tx.appointmentProposal.update({ where: { id: after.id }, data: { decreeId: decree.id } });
      await context.audit({
        action: "appointment.decree",
        entityType: ENTITY,
        entityId: after.id,
        unitId: after.unitId,
        before: { decreeId: null },
        after: { decreeId: decree.id, decreeNumber, decreeDate, archiveReference: archiveReference ?? null },
      });
    }
    return { id: after.id };
  },
});

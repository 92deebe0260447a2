/**
 * Usulan pengangkatan: the proposal's states and steps. The proposing unit drafts, submits, corrects what was
 * returned and withdraws; each step of the post level's chain is taken by the secretary of the level it names:
 * an earlier step recommends (the proposal moves on to the next level), the last approves; any step may return
 * the proposal for correction or reject it, with a reason.
 */
import type { CurrentUser } from "@/lib/auth/types";
import type { Prisma } from "@/lib/generated/prisma/client";
import { ProposalStatus } from "@/lib/generated/prisma/enums";
import { defineWorkflow, type WorkflowUser } from "@/lib/workflow/definition";
import { isFinalStep, levelAtStep } from "./level-rules";
import { assertProposalFits } from "./conflicts";

export type StoredProposal = Prisma.AppointmentProposalGetPayload<object>;
type ProposalUpdate = Prisma.AppointmentProposalUncheckedUpdateInput;

/** Only the proposing secretariat moves its own proposal before it is decided. */
const byProposer = (user: WorkflowUser, proposal: StoredProposal) => user.unit.id === proposal.unitId;

/** The step waiting now names this user's level (their scope already holds the proposal's unit). */
export const isDeciderNow = (user: WorkflowUser, proposal: StoredProposal) =>
  levelAtStep(proposal) === user.unit.level;

/** Who took the step, when and why; an acting official's steps say "Plh. Sekretaris" (decidedAsActing). */
const decision = ({
  user,
  reason,
  now,
}: {
  user: WorkflowUser & Pick<CurrentUser, "acting">;
  reason: string | undefined;
  now: Date;
}) => ({
  decidedById: user.id,
  decidedAt: now,
  decisionNote: reason ?? null,
  decidedAsActing: user.acting?.kind ?? null,
});

export const proposalWorkflow = defineWorkflow({
  entityType: "AppointmentProposal",
  auditPrefix: "appointment",
  table: "appointment_proposal",
  states: Object.values(ProposalStatus),
  load: (tx, id) => tx.appointmentProposal.findUnique({ where: { id } }),
  update: (tx, id, data: ProposalUpdate) => tx.appointmentProposal.update({ where: { id }, data }),
  transitions: {
    // The chain itself (deciderLevels) is read by the submit mutation and written with the step.
    submit: {
      from: ["DRAFT"],
      to: "SUBMITTED",
      action: "appointment.propose",
      allowed: byProposer,
      guard: ({ tx, record }) => assertProposalFits(tx, record),
      set: ({ now }) => ({ submittedAt: now, currentStep: 0, decidedById: null, decidedAt: null }),
    },
    resubmit: {
      from: ["RETURNED"],
      to: "SUBMITTED",
      action: "appointment.propose",
      allowed: byProposer,
      reason: "optional",
      guard: ({ tx, record }) => assertProposalFits(tx, record),
      set: ({ now }) => ({ submittedAt: now, currentStep: 0 }),
    },
    withdraw: {
      from: ["DRAFT", "RETURNED"],
      to: "WITHDRAWN",
      action: "appointment.propose",
      allowed: byProposer,
      reason: "optional",
    },
    recommend: {
      from: ["SUBMITTED"],
      to: "SUBMITTED",
      action: "appointment.approve",
      reason: "optional",
      allowed: (user, proposal) => isDeciderNow(user, proposal) && !isFinalStep(proposal),
      guard: ({ tx, record }) => assertProposalFits(tx, record),
      set: ({ record, ...rest }) => ({ ...decision(rest), currentStep: record.currentStep + 1 }),
    },
    approve: {
      from: ["SUBMITTED"],
      to: "APPROVED",
      action: "appointment.approve",
      reason: "optional",
      allowed: (user, proposal) => isDeciderNow(user, proposal) && isFinalStep(proposal),
      guard: ({ tx, record }) => assertProposalFits(tx, record),
      set: decision,
    },
    return: {
      from: ["SUBMITTED"],
      to: "RETURNED",
      action: "appointment.approve",
      reason: "required",
      allowed: isDeciderNow,
      set: decision,
    },
    reject: {
      from: ["SUBMITTED"],
      to: "REJECTED",
      action: "appointment.approve",
      reason: "required",
      allowed: isDeciderNow,
      set: decision,
    },
  },
});

export type ProposalTransition = keyof typeof proposalWorkflow.transitions;

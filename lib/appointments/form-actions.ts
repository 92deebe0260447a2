/** What each proposal form does when submitted (lib/actions/form-action.ts). */
import "server-only";
import type { FormAction, FormSave } from "@/lib/actions/form-action";
import {
  approveProposal,
  recommendProposal,
  rejectProposal,
  resubmitProposal,
  returnProposal,
  saveProposalDraft,
  submitProposal,
  withdrawProposal,
} from "./proposal-mutations";
import type { ProposalTransition } from "./proposal-workflow";

type Saved = { id: string };

const common = {
  fieldLabels: "appointments.fields",
  revalidate: ({ id }: Saved) => ["/pelantikan", "/pelantikan/antrean", `/pelantikan/usulan/${id}`, "/"],
  open: ({ id }: Saved) => `/pelantikan/usulan/${id}`,
};

/** Usulan baru, or its correction while a draft or returned. */
export const proposalForm: FormAction<Saved> = {
  ...common,
  create: { mutation: saveProposalDraft, saved: "appointments.saved.created" },
  update: { mutation: saveProposalDraft, saved: "appointments.saved.updated" },
};

const MUTATIONS: Record<ProposalTransition, FormSave<Saved>["mutation"]> = {
  submit: submitProposal,
  resubmit: resubmitProposal,
  withdraw: withdrawProposal,
  recommend: recommendProposal,
  approve: approveProposal,
  return: returnProposal,
  reject: rejectProposal,
};

/** One form per step of the workflow, each confirming itself in its own words. */
export const STEP_FORMS = Object.fromEntries(
  Object.entries(MUTATIONS).map(([name, mutation]) => [
    name,
    { ...common, update: { mutation, saved: `appointments.saved.${name}` } },
  ]),
) as Record<ProposalTransition, FormAction<Saved>>;

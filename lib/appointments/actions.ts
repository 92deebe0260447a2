"use server";

import { submitForm } from "@/lib/actions/form-action";
import type { ActionState } from "@/lib/actions/submit";
import { actingForm } from "./acting-mutations";
import { decideMany } from "./bulk-decide";
import { proposalForm, STEP_FORMS } from "./form-actions";
import { saveLevelRulesForm } from "./level-rule-form";
import type { ProposalTransition } from "./proposal-workflow";

export async function saveProposal(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return submitForm(proposalForm, formData);
}

/** Any step of a proposal: the form names it in `step`. */
export async function takeProposalStep(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const form = STEP_FORMS[String(formData.get("step")) as ProposalTransition];
  if (!form) return { ok: false };
  return submitForm(form, formData);
}

/** Putuskan yang dipilih: each proposal on its own, the summary naming any refused. */
export async function decideSelected(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return decideMany(formData);
}

export async function saveLevelRules(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return submitForm(saveLevelRulesForm, formData);
}

export async function designateActingAction(
  _previous: ActionState,
  formData: FormData,
): Promise<ActionState> {
  return submitForm(actingForm, formData);
}

import "server-only";
import { z } from "zod";
import { defineMutation } from "@/lib/actions/mutation";
import { optionalText, recordId, recordVersion } from "@/lib/validations/input";
import type { Workflow, WorkflowRecord } from "./definition";
import { transition } from "./transition";

/** What a transition's form sends: the record, the version the user saw, and the reason when one is asked. */
export const transitionInput = z.object({
  id: recordId,
  version: recordVersion,
  reason: optionalText({ max: 2000, multiline: true }),
});

/**
 * The mutation for one named transition, needing that transition's policy action: a server action wraps it in one
 * line (`submitMutation(approveProposal, formData, …)`). Transitions that take more input than a reason call
 * `transition()` from their own defineMutation instead.
 */
export function transitionMutation<S extends string, R extends WorkflowRecord<S>, D, N extends string>(
  workflow: Workflow<S, R, D, N>,
  name: N,
) {
  return defineMutation({
    action: workflow.transitions[name].action,
    schema: transitionInput,
    run: (context) => transition(context, workflow, { ...context.input, name }),
  });
}

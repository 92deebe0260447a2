/**
 * The checks of a transition that need no data beyond the record and the user: the state it starts from, the
 * policy, and the workflow's own `allowed` rule. The server runs them before the guards (transition.ts); a page runs
 * them to show only the buttons that work.
 */
import { DomainError } from "@/lib/actions/errors";
import { can, ForbiddenError } from "@/lib/auth/policy";
import { transitionNames, type Workflow, type WorkflowRecord, type WorkflowUser } from "./definition";

/** Catalogue path of the workflow refusals (lib/i18n/messages/<locale>/workflow.json). */
export const WORKFLOW_ERRORS = "workflow.errors";

/** The refusal for a transition from `state`, worded per state ("this proposal has already been approved"). */
export function notFromStateKey(state: string): string {
  return `${WORKFLOW_ERRORS}.notFrom.${state}`;
}

/** Why `user` may not take `name` on `record` now, or null when nothing but the guards stands in the way. */
export function transitionRefusal<S extends string, R extends WorkflowRecord<S>, D, N extends string>(
  workflow: Workflow<S, R, D, N>,
  name: N,
  user: WorkflowUser,
  record: R,
): DomainError | ForbiddenError | null {
  const rule = workflow.transitions[name];
  if (!rule) throw new Error(`${workflow.entityType} has no transition "${name}"`);
  if (!rule.from.includes(record.status)) return new DomainError(notFromStateKey(record.status));
  if (!can(user, rule.action, record)) return new ForbiddenError(rule.action);
  if (rule.allowed && !rule.allowed(user, record)) return new DomainError(`${WORKFLOW_ERRORS}.notAllowed`);
  return null;
}

/**
 * The transitions `user` may take on `record` now, in declaration order: what a page offers as buttons. A guard
 * that reads data can still refuse one of them when it is taken.
 */
export function availableTransitions<S extends string, R extends WorkflowRecord<S>, D, N extends string>(
  workflow: Workflow<S, R, D, N>,
  user: WorkflowUser,
  record: R,
): N[] {
  return transitionNames(workflow).filter((name) => transitionRefusal(workflow, name, user, record) === null);
}

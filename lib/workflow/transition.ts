import "server-only";
import { DomainError, NotFoundError } from "@/lib/actions/errors";
import type { MutationContext } from "@/lib/actions/mutation";
import { assertVersion } from "@/lib/actions/stale";
import { lockRow } from "@/lib/db/lock-row";
import { transitionRefusal, WORKFLOW_ERRORS } from "./available";
import type { Workflow, WorkflowRecord } from "./definition";

export interface TransitionRequest<N extends string, D> {
  id: string;
  /** The version the user saw. */
  version: number;
  name: N;
  reason?: string;
  /** Columns the caller writes with the new state (a decree number typed with the approval). */
  data?: Partial<D>;
}

/**
 * Moves one record along its workflow, inside a defineMutation's transaction: locks the row, authorises it, refuses
 * a transition not open from the current state, not allowed to this user or refused by a guard, and a version the
 * user did not see; then writes the new state with the next version, audits from/to state and the reason, and runs
 * the transition's effect. Returns the record as written.
 */
export async function transition<S extends string, R extends WorkflowRecord<S>, D, N extends string>(
  context: Omit<MutationContext<unknown>, "input">,
  workflow: Workflow<S, R, D, N>,
  request: TransitionRequest<N, D>,
): Promise<R> {
  const { tx, user } = context;
  const rule = workflow.transitions[request.name];
  // Locked before it is read: a second transition waits here and then sees the state the first one left.
  await lockRow(tx, workflow.table, request.id);
  const before = await workflow.load(tx, request.id);
  if (!before) throw new NotFoundError(workflow.entityType);
  context.authorize(before);

  const refusal = transitionRefusal(workflow, request.name, user, before);
  if (refusal) throw refusal;
  await assertVersion(tx, workflow.entityType, before, request.version);
  const reason = request.reason?.trim() || undefined;
  if (rule.reason === "required" && !reason)
    throw new DomainError(`${WORKFLOW_ERRORS}.reasonRequired`, {}, "reason");
  await rule.guard?.({ tx, user, record: before, reason });

  const columns = rule.set?.({ user, record: before, reason, now: new Date() });
  const after = await workflow.update(tx, before.id, {
    ...columns,
    ...request.data,
    status: rule.to,
    version: before.version + 1,
  } as D);
  await context.audit({
    action: `${workflow.auditPrefix}.${request.name}`,
    entityType: workflow.entityType,
    entityId: before.id,
    unitId: before.unitId,
    before,
    after: rule.reason ? { ...after, reason: reason ?? null } : after,
  });
  await rule.effect?.({ ...context, before, after, reason });
  return after;
}

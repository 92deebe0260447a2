/**
 * A workflow (alur kerja): the states a record moves through and the named transitions between them, declared once
 * per record type and shared by the page (which buttons to show, lib/workflow/available.ts) and the server
 * (lib/workflow/transition.ts). Plain data and functions; no I/O happens here.
 */
import type { MutationContext } from "@/lib/actions/mutation";
import type { Action } from "@/lib/auth/policy";
import type { CurrentUser } from "@/lib/auth/types";
import type { LockableTable } from "@/lib/db/lock-row";
import type { Prisma } from "@/lib/generated/prisma/client";

/** What every record in a workflow has: its unit (for scope), its state, and a version (optimistic locking). */
export interface WorkflowRecord<S extends string = string> {
  id: string;
  unitId: string;
  status: S;
  version: number;
}

/** The parts of a user the pure checks read (a page's user or a mutation's). */
export type WorkflowUser = Pick<CurrentUser, "id" | "role" | "unit" | "scopeUnitIds">;

export interface GuardContext<R> {
  tx: Prisma.TransactionClient;
  user: CurrentUser;
  /** The record as stored, locked, before the change. */
  record: R;
  reason: string | undefined;
}

export interface EffectContext<R> extends Omit<MutationContext<unknown>, "input"> {
  before: R;
  after: R;
  reason: string | undefined;
}

export interface TransitionRule<S extends string, R extends WorkflowRecord<S>, D> {
  /** The states it may start from. */
  from: readonly S[];
  to: S;
  /** The policy action (lib/auth/policy.ts) the user needs for this record. */
  action: Action;
  /** "required": refused without a reason (reject, return); "optional": kept when given. Default: not asked. */
  reason?: "required" | "optional";
  /**
   * A rule on the user and the record as loaded, without I/O (only the proposing unit withdraws): pages ask it too,
   * so a button that would be refused is not shown.
   */
  allowed?(user: WorkflowUser, record: R): boolean;
  /**
   * A rule that must read data (who decides depends on the post's level, set in the database). Runs on the locked
   * record inside the transaction; refuses by throwing a DomainError. Pages cannot ask it.
   */
  guard?(context: GuardContext<R>): Promise<void> | void;
  /** Columns written together with the new state (decidedById, decidedAt …). */
  set?(context: { user: CurrentUser; record: R; reason: string | undefined; now: Date }): Partial<D>;
  /** Runs after the state change and its audit entry, in the same transaction; authorise and audit what it touches. */
  effect?(context: EffectContext<R>): Promise<void>;
}

export interface Workflow<S extends string, R extends WorkflowRecord<S>, D, N extends string> {
  /** The audit entries' entity type: "AppointmentProposal". */
  entityType: string;
  /** The audit action's prefix: "appointment" gives "appointment.approve". */
  auditPrefix: string;
  /** The table to lock the row in. */
  table: LockableTable;
  states: readonly S[];
  /** The record by id, with whatever `allowed` and the guards read from it; null when there is none. */
  load(tx: Prisma.TransactionClient, id: string): Promise<R | null>;
  /** Writes `data` (new state, next version and the transition's columns) and returns the record as `load` does. */
  update(tx: Prisma.TransactionClient, id: string, data: D): Promise<R>;
  transitions: Record<N, TransitionRule<S, R, D>>;
}

/**
 * Declares a workflow and checks it once, when the module loads: every transition starts from and leads to a
 * declared state, so a typo cannot become a transition nobody can take.
 */
export function defineWorkflow<S extends string, R extends WorkflowRecord<S>, D, N extends string>(
  workflow: Workflow<S, R, D, N>,
): Workflow<S, R, D, N> {
  const states = new Set<string>(workflow.states);
  for (const [name, rule] of Object.entries<TransitionRule<S, R, D>>(workflow.transitions)) {
    const unknown = [...rule.from, rule.to].filter((state) => !states.has(state));
    if (unknown.length > 0)
      throw new Error(
        `${workflow.entityType} transition "${name}" names unknown states: ${unknown.join(", ")}`,
      );
    if (rule.from.length === 0)
      throw new Error(`${workflow.entityType} transition "${name}" starts from no state`);
  }
  return workflow;
}

/** The names of a workflow's transitions, in declaration order. */
export function transitionNames<N extends string>(workflow: { transitions: Record<N, unknown> }): N[] {
  return Object.keys(workflow.transitions) as N[];
}

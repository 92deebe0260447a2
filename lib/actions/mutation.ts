import "server-only";
import type { z } from "zod";
import { prisma } from "@/lib/db/client";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { recordAudit, type AuditEntry } from "@/lib/audit/record";
import { recordAudits } from "@/lib/audit/record-many";
import { can, ForbiddenError, type Action } from "@/lib/auth/policy";
import type { CurrentUser } from "@/lib/auth/types";
import { DomainError, NotFoundError, StaleRecordError } from "./errors";
import { toFieldIssues, type FieldIssues } from "./field-issues";
import { uniqueViolationError } from "./unique-violations";

export type MutationFailure =
  | { ok: false; code: "forbidden" | "notFound" }
  | { ok: false; code: "validation"; fieldErrors: FieldIssues }
  | { ok: false; code: "conflict"; changedFields: string[] }
  | { ok: false; code: "domain"; reason: string; params: Record<string, string | number>; field?: string };

export type MutationResult<R> = { ok: true; data: R } | MutationFailure;

export interface MutationContext<I> {
  tx: Prisma.TransactionClient;
  user: CurrentUser;
  input: I;
  /**
   * Throws NotFoundError unless the record's unit is in the user's scope for this mutation's action: a record out
   * of reach answers exactly like one that does not exist (docs/decisions/003-authorisation.md). Every mutation
   * must call it on each record it touches, a new record's unit included; one that never does is refused.
   */
  authorize(record: { unitId: string }): void;
  /** Records the change in the audit log, inside this transaction. Every mutation must call it. */
  audit(entry: Omit<AuditEntry, "actor">): Promise<void>;
  /** Records many changes at once (an import), in batched inserts; counts as auditing when there is one at least. */
  auditMany(entries: readonly Omit<AuditEntry, "actor">[]): Promise<void>;
}

export interface Mutation<S extends z.ZodType, R> {
  action: Action;
  execute(user: CurrentUser, rawInput: unknown, db?: PrismaClient): Promise<MutationResult<R>>;
  /** For tests and types: the schema the input must satisfy. */
  schema: S;
}

function isPrismaError(error: unknown, code: string): boolean {
  return typeof error === "object" && error !== null && (error as { code?: unknown }).code === code;
}

function toFailure(caught: unknown, input: unknown): MutationFailure {
  // A unique index that decided a race between two saves: the loser is told what the sequential check says.
  const error = uniqueViolationError(caught, input) ?? caught;
  if (error instanceof ForbiddenError) return { ok: false, code: "forbidden" };
  if (error instanceof NotFoundError || isPrismaError(error, "P2025")) return { ok: false, code: "notFound" };
  // The transaction ran past its timeout and was rolled back: nothing was written, and trying again may succeed.
  if (isPrismaError(error, "P2028")) return { ok: false, code: "domain", reason: "busy", params: {} };
  if (error instanceof StaleRecordError)
    return { ok: false, code: "conflict", changedFields: error.changedFields };
  if (error instanceof DomainError) {
    return { ok: false, code: "domain", reason: error.reason, params: error.params, field: error.field };
  }
  throw error;
}

/** Prisma's default for an interactive transaction; a mutation that writes thousands of rows names its own. */
export const DEFAULT_TRANSACTION_TIMEOUT_MS = 5_000;

/**
 * The one shape of every change: the user's role may do `action` at all, the input satisfies `schema`, and
 * `run` writes inside one transaction together with its audit entry, authorising each record it touches.
 * Server actions wrap `execute` (lib/actions/submit.ts); tests call it directly with a user.
 */
export function defineMutation<S extends z.ZodType, R>(definition: {
  action: Action;
  schema: S;
  run(context: MutationContext<z.output<S>>): Promise<R>;
  /** How long the transaction may take, in ms (default 5 s). */
  timeout?: number;
}): Mutation<S, R> {
  const timeout = definition.timeout ?? DEFAULT_TRANSACTION_TIMEOUT_MS;
  return {
    action: definition.action,
    schema: definition.schema,
    async execute(user, rawInput, db = prisma) {
      if (!can(user, definition.action)) return { ok: false, code: "forbidden" };
      const parsed = definition.schema.safeParse(rawInput);
      if (!parsed.success)
        return { ok: false, code: "validation", fieldErrors: toFieldIssues(parsed.error, rawInput) };
      try {
        const data = await db.$transaction(
          async (tx) => {
            let audited = false;
            let authorized = false;
            const markAudited = () => {
              if (!authorized) throw new Error(`Mutation ${definition.action} audited before authorising`);
              audited = true;
            };
            const actor = { id: user.id, name: user.displayName };
            const result = await definition.run({
              tx,
              user,
              input: parsed.data,
              authorize: (record) => {
                if (!can(user, definition.action, record)) throw new NotFoundError("Record");
                authorized = true;
              },
              audit: async (entry) => {
                markAudited();
                await recordAudit(tx, { ...entry, actor });
              },
              auditMany: async (entries) => {
                if (entries.length === 0) return;
                markAudited();
                await recordAudits(
                  tx,
                  entries.map((entry) => ({ ...entry, actor })),
                );
              },
            });
            // Programming errors, not refusals: they roll the transaction back and surface as a 500 in tests.
            if (!authorized) throw new Error(`Mutation ${definition.action} authorised no record`);
            if (!audited) throw new Error(`Mutation ${definition.action} wrote no audit entry`);
            return result;
          },
          { timeout },
        );
        return { ok: true, data };
      } catch (error) {
        return toFailure(error, parsed.data);
      }
    },
  };
}

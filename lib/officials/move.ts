/**
 * Mutasi as a step inside a transaction: the move form's mutation (move-mutations.ts) and the inaugurations that
 * put appointees into their posts both take it.
 */
import "server-only";
import { DomainError } from "@/lib/actions/errors";
import type { MutationContext } from "@/lib/actions/mutation";
import { lockRow } from "@/lib/db/lock-row";
import { assertNoPendingChange, recordChange } from "./official-changes";
import { ERR, assertPlacement, findOfficial, type StoredOfficial } from "./official-store";
import { endAssignments, openAssignments } from "./post-history";
import { startAssignment, type StartAssignmentInput } from "./start-assignment";
import { isEndedStatus } from "./status";

/** End reason written on the posts a move ends, unless the clerk gives one (translated on the detail page). */
export const MOVE_END_REASON = "MOVE";

export interface MoveInput {
  /** The unit (and section) the official belongs to from `startDate`. */
  unitId: string;
  sectionId?: string | null;
  positionId?: string | null;
  /** TMT of the move: a later day than today schedules it. */
  startDate: Date;
  decreeNumber?: string | null;
  decreeDate?: Date | null;
  /** Why the posts the official leaves end (default "MOVE"). */
  reason?: string | null;
  inaugurationId?: string | null;
  replaceHolders?: StartAssignmentInput["replaceHolders"];
}

type Context = Pick<MutationContext<unknown>, "tx" | "user" | "authorize">;

/**
 * Moves an official already locked and authorised: the posts they hold on `startDate` or later end the day
 * before, the new post (if any) starts on it, and their unit and section change on it: at once when the date has
 * come, otherwise when it does (a scheduled change that can be cancelled until then). The destination must be in
 * the user's scope. Returns what the caller audits.
 */
export async function moveLockedOfficial(context: Context, before: StoredOfficial, input: MoveInput) {
  const { tx, user, authorize } = context;
  authorize({ unitId: input.unitId });
  if (isEndedStatus(before.status)) throw new DomainError(`${ERR}.notActive`);
  await assertNoPendingChange(tx, before.id);

  const held = await openAssignments(tx, before.id, input.startDate);
  if (input.positionId && held.some((assignment) => assignment.positionId === input.positionId)) {
    throw new DomainError(`${ERR}.alreadyHoldsPost`, {}, "positionId");
  }
  const started = input.positionId
    ? await startAssignment(context, {
        officialId: before.id,
        positionId: input.positionId,
        unitId: input.unitId,
        startDate: input.startDate,
        decreeNumber: input.decreeNumber,
        decreeDate: input.decreeDate,
        inaugurationId: input.inaugurationId,
        replaceHolders: input.replaceHolders,
      })
    : null;
  const postSection = started?.position.sectionId ?? null;
  if (postSection && input.sectionId && postSection !== input.sectionId) {
    throw new DomainError(`${ERR}.positionNotInSection`, {}, "sectionId");
  }
  const sectionId = input.sectionId ?? postSection;
  await assertPlacement(tx, input.unitId, sectionId);
  if (!started && input.unitId === before.unitId && sectionId === before.sectionId) {
    throw new DomainError(`${ERR}.nothingToMove`, {}, "unitId");
  }

  const { ended, previous } = await endAssignments(
    tx,
    held,
    input.startDate,
    input.reason ?? MOVE_END_REASON,
    "startDate",
  );
  const { change, after, scheduled } = await recordChange(tx, user, before, {
    kind: "MOVE",
    effectiveDate: input.startDate,
    toUnitId: input.unitId,
    toSectionId: sectionId,
    assignmentId: started?.assignment.id ?? null,
    endedAssignments: [...previous, ...(started?.replaced.previous ?? [])],
    reason: input.reason,
  });
  return {
    after,
    held,
    ended,
    assignment: started?.assignment ?? null,
    replaced: started?.replaced.ended ?? [],
    change,
    scheduled,
  };
}

/**
 * Pelantikan: `officialId` takes up the post on `startDate` under `decree`, replacing the holders who leave it no
 * room (their posts end the day before with `endReason`); the appointee's own posts end and their unit becomes the
 * post's. A date after today is scheduled like any move. Returns what the caller audits.
 */
export async function appointToPost(
  context: Context,
  input: {
    officialId: string;
    positionId: string;
    startDate: Date;
    decreeNumber: string;
    decreeDate: Date;
    inaugurationId?: string | null;
    endReason: string;
  },
) {
  const { tx, authorize } = context;
  await lockRow(tx, "official", input.officialId);
  const before = await findOfficial(tx, input.officialId);
  authorize(before);
  const post = await tx.position.findUnique({ where: { id: input.positionId }, select: { unitId: true } });
  if (!post) throw new DomainError(`${ERR}.positionNotInUnit`, {}, "positionId");
  const moved = await moveLockedOfficial(context, before, {
    unitId: post.unitId,
    positionId: input.positionId,
    startDate: input.startDate,
    decreeNumber: input.decreeNumber,
    decreeDate: input.decreeDate,
    reason: input.endReason,
    inaugurationId: input.inaugurationId,
    replaceHolders: { endReason: input.endReason },
  });
  return { before, ...moved };
}

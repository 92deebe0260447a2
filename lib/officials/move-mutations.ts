/** Mutasi: an official moves to another unit or section, optionally into a post, on a decree (SK). */
import { DomainError } from "@/lib/actions/errors";
import { defineMutation } from "@/lib/actions/mutation";
import { lockRow } from "@/lib/db/lock-row";
import type { Prisma } from "@/lib/generated/prisma/client";
import { ERR, assertPlacement, lockOfficialAt, updateOfficialRow } from "./official-store";
import { currentAssignments, endAssignments } from "./post-history";
import { moveOfficialSchema } from "./schemas";
import { isEndedStatus } from "./status";

/** End reason written on the posts a move ends, unless the clerk gives one (translated on the detail page). */
export const MOVE_END_REASON = "MOVE";

/** A live post of `unitId` with a free place (its quota not yet held by others). */
async function findOpenPosition(tx: Prisma.TransactionClient, positionId: string, unitId: string) {
  await lockRow(tx, "position", positionId);
  const position = await tx.position.findUnique({
    where: { id: positionId },
    select: {
      id: true,
      unitId: true,
      sectionId: true,
      title: true,
      quota: true,
      abolishedAt: true,
      assignments: { where: { endDate: null }, select: { official: { select: { name: true } } } },
    },
  });
  if (!position || position.unitId !== unitId || position.abolishedAt) {
    throw new DomainError(`${ERR}.positionNotInUnit`, {}, "positionId");
  }
  if (position.assignments.length >= position.quota) {
    const holders = position.assignments.map((assignment) => assignment.official.name).join(", ");
    throw new DomainError(`${ERR}.positionFull`, { post: position.title, holders }, "positionId");
  }
  return position;
}

/**
 * Moves an official: the current posts end the day before `startDate` (with the reason), the new post, if any,
 * starts on it. Both the official's unit and the destination must be in the user's scope. Nothing is deleted.
 */
export const moveOfficial = defineMutation({
  action: "official.manage",
  schema: moveOfficialSchema,
  async run({ tx, input, authorize, audit }) {
    const before = await lockOfficialAt(tx, input.id, input.version, authorize);
    authorize({ unitId: input.unitId });
    if (isEndedStatus(before.status)) throw new DomainError(`${ERR}.notActive`);

    const held = await currentAssignments(tx, before.id);
    if (input.positionId && held.some((assignment) => assignment.positionId === input.positionId)) {
      throw new DomainError(`${ERR}.alreadyHoldsPost`, {}, "positionId");
    }
    const position = input.positionId ? await findOpenPosition(tx, input.positionId, input.unitId) : null;
    if (position?.sectionId && input.sectionId && position.sectionId !== input.sectionId) {
      throw new DomainError(`${ERR}.positionNotInSection`, {}, "sectionId");
    }
    const sectionId = input.sectionId ?? position?.sectionId ?? null;
    await assertPlacement(tx, input.unitId, sectionId);
    if (!position && input.unitId === before.unitId && sectionId === before.sectionId) {
      throw new DomainError(`${ERR}.nothingToMove`, {}, "unitId");
    }

    const ended = await endAssignments(
      tx,
      held,
      input.startDate,
      input.reason ?? MOVE_END_REASON,
      "startDate",
    );
    const assignment = position
      ? await tx.assignment.create({
          data: {
            officialId: before.id,
            positionId: position.id,
            unitId: position.unitId,
            startDate: input.startDate,
            decreeNumber: input.decreeNumber ?? null,
            decreeDate: input.decreeDate ?? null,
          },
        })
      : null;
    const after = await updateOfficialRow(tx, before.id, { unitId: input.unitId, sectionId });
    const entry = {
      action: "official.move",
      entityType: "Official",
      entityId: after.id,
      before: { ...before, currentAssignments: held },
      after: { ...after, startDate: input.startDate, endedAssignments: ended, newAssignment: assignment },
    };
    // Both units' audit trails show the move: the one the official leaves and the one they join.
    await audit({ ...entry, unitId: before.unitId });
    if (after.unitId !== before.unitId) await audit({ ...entry, unitId: after.unitId });
    return { id: after.id };
  },
});

/** Mutasi: an official moves to another unit or section, optionally into a post, on a decree (SK). */
import "server-only";
import { defineMutation } from "@/lib/actions/mutation";
import { todayOfUnit } from "@/lib/dates/unit-today";
import { moveLockedOfficial } from "./move";
import { lockOfficialAt } from "./official-store";
import { assertQuotaConfirmed } from "./quota-warning";
import { moveOfficialSchema } from "./schemas";

export { MOVE_END_REASON } from "./move";

/**
 * Moves an official on `startDate` (move.ts): today or earlier at once, a later date as a scheduled change. Both
 * the official's unit and the destination must be in the user's scope. Nothing is deleted.
 */
export const moveOfficial = defineMutation({
  action: "official.manage",
  schema: moveOfficialSchema,
  async run({ tx, user, input, authorize, audit }) {
    const before = await lockOfficialAt(tx, input.id, input.version, authorize);
    if (input.unitId !== before.unitId) {
      const today = await todayOfUnit(tx, input.unitId);
      await assertQuotaConfirmed(tx, { ...before, unitId: input.unitId }, today, input.confirmQuota);
    }
    const moved = await moveLockedOfficial({ tx, user, authorize }, before, input);
    const entry = {
      action: "official.move",
      entityType: "Official",
      entityId: before.id,
      before: { ...before, currentAssignments: moved.held },
      after: {
        ...moved.after,
        startDate: input.startDate,
        ...(moved.scheduled ? { scheduled: true, scheduledUnitId: input.unitId } : {}),
        changeId: moved.change.id,
        endedAssignments: moved.ended,
        newAssignment: moved.assignment,
      },
    };
    // Both units' audit trails show the move: the one the official leaves and the one they join.
    await audit({ ...entry, unitId: before.unitId });
    if (input.unitId !== before.unitId) await audit({ ...entry, unitId: input.unitId });
    return { id: before.id };
  },
});

/** Pemberhentian: pensiun, mutasi keluar, meninggal dunia or diberhentikan. The record and its history stay. */
import { DomainError } from "@/lib/actions/errors";
import { defineMutation } from "@/lib/actions/mutation";
import { ERR, lockOfficialAt, updateOfficialRow } from "./official-store";
import { currentAssignments, endAssignments } from "./post-history";
import { endServiceSchema } from "./schemas";
import { isEndedStatus } from "./status";

/**
 * Ends an official's service from `effectiveDate` (TMT): the status changes and the current posts end the day
 * before, with the reason (the status itself unless the clerk gives one). Retirement is audited as its own action.
 */
export const endService = defineMutation({
  action: "official.manage",
  schema: endServiceSchema,
  async run({ tx, input, authorize, audit }) {
    const before = await lockOfficialAt(tx, input.id, input.version, authorize);
    if (isEndedStatus(before.status)) throw new DomainError(`${ERR}.alreadyEnded`, {}, "status");

    const held = await currentAssignments(tx, before.id);
    const ended = await endAssignments(
      tx,
      held,
      input.effectiveDate,
      input.reason ?? input.status,
      "effectiveDate",
    );
    const after = await updateOfficialRow(tx, before.id, { status: input.status });
    await audit({
      action: input.status === "RETIRED" ? "official.retire" : "official.deactivate",
      entityType: "Official",
      entityId: after.id,
      unitId: after.unitId,
      before: { ...before, currentAssignments: held },
      after: { ...after, effectiveDate: input.effectiveDate, endedAssignments: ended },
    });
    return { id: after.id };
  },
});

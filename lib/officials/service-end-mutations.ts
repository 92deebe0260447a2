/** Pemberhentian: pensiun, mutasi keluar, meninggal dunia or diberhentikan. The record and its history stay. */
import "server-only";
import { DomainError } from "@/lib/actions/errors";
import { openOnOrAfterWhere } from "@/lib/assignments/current";
import { addDays } from "@/lib/dates/today";
import { defineMutation } from "@/lib/actions/mutation";
import { assertNoPendingChange, recordChange } from "./official-changes";
import { ERR, lockOfficialAt } from "./official-store";
import { endAssignments, openAssignments } from "./post-history";
import { earlyRetirement } from "./retirement-age";
import { endServiceSchema } from "./schemas";
import { isEndedStatus } from "./status";

/**
 * A pensiun before the batas usia pensiun of the post held the day before is refused once with the reason (age,
 * regular date); the form's "confirmEarly" checkbox then lets it through: early retirement at one's own request
 * (pensiun dini, atas permintaan sendiri) is lawful, a typo in the year is the common cause.
 */
async function assertRetirementAge(
  tx: Parameters<typeof openAssignments>[0],
  official: { id: string; employmentType: "PNS" | "PPPK" | "NON_ASN"; birthDate: Date | null },
  effectiveDate: Date,
) {
  const post = await tx.assignment.findFirst({
    where: {
      officialId: official.id,
      startDate: { lt: effectiveDate },
      ...openOnOrAfterWhere(addDays(effectiveDate, -1)),
    },
    select: { position: { select: { level: true, title: true } } },
    orderBy: { startDate: "desc" },
  });
  const early = earlyRetirement(official, post?.position ?? null, effectiveDate);
  if (!early) return;
  throw new DomainError(
    `${ERR}.retirementBeforeAge`,
    { age: early.age, date: early.regularDate.getTime() },
    "confirmEarly",
  );
}

/**
 * Ends an official's service from `effectiveDate` (TMT): the posts they hold then end the day before, with the
 * reason (the status itself unless the clerk gives one), and the status changes on that date: at once when it
 * has come, otherwise on the day (a scheduled change, cancellable until then). Retirement is audited apart.
 */
export const endService = defineMutation({
  action: "official.manage",
  schema: endServiceSchema,
  async run({ tx, user, input, authorize, audit }) {
    const before = await lockOfficialAt(tx, input.id, input.version, authorize);
    if (isEndedStatus(before.status)) throw new DomainError(`${ERR}.alreadyEnded`, {}, "status");
    await assertNoPendingChange(tx, before.id);

    const held = await openAssignments(tx, before.id, input.effectiveDate);
    if (input.status === "RETIRED" && !input.confirmEarly)
      await assertRetirementAge(tx, before, input.effectiveDate);
    const { ended, previous } = await endAssignments(
      tx,
      held,
      input.effectiveDate,
      input.reason ?? input.status,
      "effectiveDate",
    );
    const { change, after, scheduled } = await recordChange(tx, user, before, {
      kind: "SERVICE_END",
      effectiveDate: input.effectiveDate,
      status: input.status,
      endedAssignments: previous,
      reason: input.reason,
    });
    await audit({
      action: input.status === "RETIRED" ? "official.retire" : "official.deactivate",
      entityType: "Official",
      entityId: after.id,
      unitId: after.unitId,
      before: { ...before, currentAssignments: held },
      after: {
        ...after,
        effectiveDate: input.effectiveDate,
        ...(scheduled ? { scheduled, scheduledStatus: input.status } : {}),
        changeId: change.id,
        endedAssignments: ended,
      },
    });
    return { id: after.id };
  },
});

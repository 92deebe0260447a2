/** Cancelling a scheduled change (membatalkan perubahan terjadwal) before its day comes. */
import "server-only";
import { z } from "zod";
import { busiestDayFrom } from "@/lib/assignments/busiest-day";
import { openOnOrAfterWhere } from "@/lib/assignments/current";
import { DomainError, NotFoundError } from "@/lib/actions/errors";
import { defineMutation } from "@/lib/actions/mutation";
import { lockRow } from "@/lib/db/lock-row";
import { todayOfUnit } from "@/lib/dates/unit-today";
import type { Prisma } from "@/lib/generated/prisma/client";
import { isoDate, parseIsoDate } from "@/lib/validations/input";
import { CHANGE_ERR } from "./official-changes";
import { findOfficial } from "./official-store";
import type { PreviousEnd } from "./post-history";
import { cancelChangeSchema } from "./schemas";

type Tx = Prisma.TransactionClient;

const previousEnds = z.array(
  z.object({ id: z.string(), endDate: z.string().nullable(), endReason: z.string().nullable() }),
);

/**
 * Gives the posts a change ended their previous end back, each only if its post still has room for it from the
 * change's date on: someone may have been placed in it from then since.
 */
async function restoreEnds(tx: Tx, ends: PreviousEnd[], from: Date) {
  const restored = [];
  for (const end of ends) {
    const assignment = await tx.assignment.findUnique({
      where: { id: end.id },
      select: { id: true, positionId: true, startDate: true },
    });
    if (!assignment) continue;
    await lockRow(tx, "position", assignment.positionId);
    const position = await tx.position.findUniqueOrThrow({
      where: { id: assignment.positionId },
      select: {
        title: true,
        quota: true,
        assignments: {
          where: { id: { not: assignment.id }, ...openOnOrAfterWhere(from) },
          select: { startDate: true, endDate: true, official: { select: { name: true } } },
        },
      },
    });
    const endDate = end.endDate ? parseIsoDate(end.endDate) : null;
    const busiest = busiestDayFrom(
      [...position.assignments, { ...assignment, endDate, official: null }],
      from,
    );
    if (busiest.held.length > position.quota) {
      const others = busiest.held.flatMap((holder) => (holder.official ? [holder.official.name] : []));
      throw new DomainError(`${CHANGE_ERR}.postTaken`, {
        post: position.title,
        holders: others.join(", "),
        date: isoDate(busiest.day),
      });
    }
    restored.push(
      await tx.assignment.update({ where: { id: end.id }, data: { endDate, endReason: end.endReason } }),
    );
  }
  return restored;
}

/**
 * Cancels a change that has not taken effect: the post it was to start is removed and the posts it ended run on
 * as before. Refused once its day has come (it is in force then, even if no request has applied it yet) and when
 * a post it would give back has been filled from that day since. The row stays, marked cancelled, as history.
 */
export const cancelChange = defineMutation({
  action: "official.manage",
  schema: cancelChangeSchema,
  async run({ tx, user, input, authorize, audit }) {
    const found = await tx.officialChange.findUnique({
      where: { id: input.id },
      select: { officialId: true },
    });
    if (!found) throw new NotFoundError("OfficialChange");
    await lockRow(tx, "official", found.officialId);
    const official = await findOfficial(tx, found.officialId);
    authorize(official);
    const before = await tx.officialChange.findUniqueOrThrow({ where: { id: input.id } });
    if (before.toUnitId) authorize({ unitId: before.toUnitId });
    if (before.appliedAt || before.cancelledAt) throw new DomainError(`${CHANGE_ERR}.notPending`);
    if (before.effectiveDate <= (await todayOfUnit(tx, official.unitId))) {
      throw new DomainError(`${CHANGE_ERR}.alreadyInForce`, { date: isoDate(before.effectiveDate) });
    }

    const removed = before.assignmentId
      ? await tx.assignment.delete({ where: { id: before.assignmentId } })
      : null;
    const restored = await restoreEnds(tx, previousEnds.parse(before.endedAssignments), before.effectiveDate);
    const after = await tx.officialChange.update({
      where: { id: before.id },
      data: { cancelledAt: new Date(), cancelledById: user.id },
    });
    const entry = {
      action: "official.cancelChange",
      entityType: "Official",
      entityId: official.id,
      before: { change: before, assignment: removed },
      after: { change: after, restoredAssignments: restored },
    };
    await audit({ ...entry, unitId: official.unitId });
    if (before.toUnitId && before.toUnitId !== official.unitId)
      await audit({ ...entry, unitId: before.toUnitId });
    return { id: official.id };
  },
});

/**
 * Perubahan bertanggal: a move (mutasi), an end of service (pemberhentian) or a change of status set in the edit
 * form (cuti, tugas belajar, aktif kembali) takes effect on its date (TMT). One dated in the future is recorded now
 * and changes the official's unit, section or status only when its day comes (due-changes.ts); the posts it starts
 * or ends carry the same dates, so they need no second step.
 */
import "server-only";
import { DomainError } from "@/lib/actions/errors";
import type { CurrentUser } from "@/lib/auth/types";
import { todayOfUnit } from "@/lib/dates/unit-today";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { OfficialChangeKind, OfficialStatus } from "@/lib/generated/prisma/enums";
import { isoDate } from "@/lib/validations/input";
import { updateOfficialRow, type StoredOfficial } from "./official-store";
import type { PreviousEnd } from "./post-history";

type Tx = Prisma.TransactionClient;

/** Message keys of these refusals (lib/i18n/messages/<locale>/official-changes.json). */
export const CHANGE_ERR = "officialChanges.errors";

/** What a change does to the official row when it takes effect. */
export interface ChangeEffect {
  kind: OfficialChangeKind;
  status?: OfficialStatus | null;
  toUnitId?: string | null;
  toSectionId?: string | null;
}

export function changedFields(change: ChangeEffect): Prisma.OfficialUncheckedUpdateInput {
  if (change.kind === "MOVE")
    return { unitId: change.toUnitId ?? undefined, sectionId: change.toSectionId ?? null };
  return { status: change.status ?? undefined };
}

/**
 * One scheduled change at a time: a second would be decided on a record that the first is about to change. The
 * refusal goes on `field` when a form's field asked for the second one.
 */
export async function assertNoPendingChange(tx: Tx, officialId: string, field?: string): Promise<void> {
  const pending = await tx.officialChange.findFirst({
    where: { officialId, appliedAt: null, cancelledAt: null },
    select: { effectiveDate: true },
  });
  if (pending) {
    throw new DomainError(`${CHANGE_ERR}.changePending`, { date: isoDate(pending.effectiveDate) }, field);
  }
}

/**
 * Records a change of a locked official made by `user`. Due (its date not after today in the official's unit):
 * applied at once. Otherwise left pending; the official row stays as it is until the day.
 */
export async function recordChange(
  tx: Tx,
  user: Pick<CurrentUser, "id">,
  official: StoredOfficial,
  change: ChangeEffect & {
    effectiveDate: Date;
    assignmentId?: string | null;
    endedAssignments: PreviousEnd[];
    reason?: string | null;
  },
) {
  const due = change.effectiveDate <= (await todayOfUnit(tx, official.unitId));
  const row = await tx.officialChange.create({
    data: {
      officialId: official.id,
      unitId: official.unitId,
      kind: change.kind,
      effectiveDate: change.effectiveDate,
      status: change.status ?? null,
      toUnitId: change.toUnitId ?? null,
      toSectionId: change.toSectionId ?? null,
      assignmentId: change.assignmentId ?? null,
      endedAssignments: change.endedAssignments as unknown as Prisma.InputJsonValue,
      reason: change.reason ?? null,
      createdById: user.id,
      appliedAt: due ? new Date() : null,
    },
  });
  const after = due ? await updateOfficialRow(tx, official.id, changedFields(row)) : official;
  return { change: row, after, scheduled: !due };
}

/** Riwayat jabatan: the posts an official holds or will hold, ending them on a date, and undoing such an end. */
import "server-only";
import { openOnOrAfterWhere } from "@/lib/assignments/current";
import { DomainError } from "@/lib/actions/errors";
import { addDays } from "@/lib/dates/today";
import type { Prisma } from "@/lib/generated/prisma/client";
import { isoDate } from "@/lib/validations/input";
import { ERR } from "./official-store";

type Tx = Prisma.TransactionClient;

/** The official's posts not over before `from`: held on that day, or starting later. Oldest first. */
export function openAssignments(tx: Tx, officialId: string, from: Date) {
  return tx.assignment.findMany({
    where: { officialId, ...openOnOrAfterWhere(from) },
    include: { position: { select: { title: true } } },
    orderBy: { startDate: "asc" },
  });
}

/** What an assignment's end was before a change set it: what cancelling the change puts back. */
export interface PreviousEnd {
  id: string;
  /** YYYY-MM-DD, or null for an open-ended post. */
  endDate: string | null;
  endReason: string | null;
}

interface Endable {
  id: string;
  startDate: Date;
  endDate: Date | null;
  endReason: string | null;
  position: { title: string };
}

/**
 * Ends `assignments` on the day before `from` (an end date is the last day in the post) with `reason`, and
 * returns the rows as ended and their previous ends. Refuses, on `field`, a date on or before a post's start: the
 * history would run backwards.
 */
export async function endAssignments(
  tx: Tx,
  assignments: Endable[],
  from: Date,
  reason: string,
  field: string,
) {
  const endDate = addDays(from, -1);
  for (const assignment of assignments) {
    if (assignment.startDate > endDate) {
      throw new DomainError(
        `${ERR}.dateBeforePostStart`,
        { post: assignment.position.title, date: isoDate(assignment.startDate) },
        field,
      );
    }
  }
  const previous: PreviousEnd[] = assignments.map((assignment) => ({
    id: assignment.id,
    endDate: assignment.endDate ? isoDate(assignment.endDate) : null,
    endReason: assignment.endReason,
  }));
  if (assignments.length === 0) return { ended: [], previous };
  const ids = assignments.map((assignment) => assignment.id);
  await tx.assignment.updateMany({ where: { id: { in: ids } }, data: { endDate, endReason: reason } });
  const ended = await tx.assignment.findMany({ where: { id: { in: ids } }, orderBy: { startDate: "asc" } });
  return { ended, previous };
}

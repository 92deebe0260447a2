/** Riwayat jabatan: the posts an official holds now, and ending them when they move or leave service. */
import "server-only";
import { DomainError } from "@/lib/actions/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { ERR } from "./official-store";

type Tx = Prisma.TransactionClient;

/** The posts the official holds now (riwayat jabatan rows without an end date), oldest first. */
export function currentAssignments(tx: Tx, officialId: string) {
  return tx.assignment.findMany({
    where: { officialId, endDate: null },
    include: { position: { select: { title: true } } },
    orderBy: { startDate: "asc" },
  });
}

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Ends the current posts on the day before `from` (an end date is the last day in the post) with `reason`.
 * Refuses, on `field`, a date on or before a post's start: the history would run backwards.
 */
export async function endAssignments(
  tx: Tx,
  assignments: Awaited<ReturnType<typeof currentAssignments>>,
  from: Date,
  reason: string,
  field: string,
) {
  const endDate = new Date(from.getTime() - DAY_MS);
  for (const assignment of assignments) {
    if (assignment.startDate.getTime() > endDate.getTime()) {
      const since = assignment.startDate.toISOString().slice(0, 10);
      throw new DomainError(
        `${ERR}.dateBeforePostStart`,
        { post: assignment.position.title, date: since },
        field,
      );
    }
  }
  if (assignments.length === 0) return [];
  await tx.assignment.updateMany({
    where: { id: { in: assignments.map((a) => a.id) } },
    data: { endDate, endReason: reason },
  });
  return tx.assignment.findMany({
    where: { id: { in: assignments.map((a) => a.id) } },
    orderBy: { startDate: "asc" },
  });
}

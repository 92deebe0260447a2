/**
 * Taking up a post (mulai memangku jabatan) on a date: the one way an assignment starts, for a move (mutasi) now
 * and for the posts that change hands at an inauguration (pelantikan).
 */
import "server-only";
import { busiestDayFrom } from "@/lib/assignments/busiest-day";
import { isHeldOn, openOnOrAfterWhere } from "@/lib/assignments/current";
import { DomainError } from "@/lib/actions/errors";
import type { MutationContext } from "@/lib/actions/mutation";
import { lockRow } from "@/lib/db/lock-row";
import { isoDate } from "@/lib/validations/input";
import { CHANGE_ERR } from "./official-changes";
import { ERR } from "./official-store";
import { endAssignments } from "./post-history";

export interface StartAssignmentInput {
  officialId: string;
  positionId: string;
  /** TMT: the first day in the post; a day after today makes it a scheduled post. */
  startDate: Date;
  /** The unit the post must belong to, when the user chose one (a move's destination). */
  unitId?: string;
  decreeNumber?: string | null;
  decreeDate?: Date | null;
  inaugurationId?: string | null;
  /**
   * A successor takes over (an inauguration): when the post has no room on `startDate`, its longest-serving
   * holders on that day end the day before, with `endReason`, until it has. Without it a full post is refused.
   */
  replaceHolders?: { endReason: string };
}

type Context = Pick<MutationContext<unknown>, "tx" | "authorize">;

/**
 * Starts `officialId` in the post on `startDate`, under a lock on the post. The post must have room on that day
 * and on every later one: a holder who stays, or a successor already scheduled for a later date, fills it. The
 * post's unit is authorised here. Returns the new assignment, the post, and the holders it replaced.
 */
export async function startAssignment({ tx, authorize }: Context, input: StartAssignmentInput) {
  await lockRow(tx, "position", input.positionId);
  const position = await tx.position.findUnique({
    where: { id: input.positionId },
    select: {
      id: true,
      unitId: true,
      sectionId: true,
      title: true,
      quota: true,
      abolishedAt: true,
      assignments: {
        where: openOnOrAfterWhere(input.startDate),
        select: {
          id: true,
          startDate: true,
          endDate: true,
          endReason: true,
          official: { select: { name: true } },
        },
        orderBy: { startDate: "asc" },
      },
    },
  });
  if (!position) throw new DomainError(`${ERR}.positionNotInUnit`, {}, "positionId");
  authorize({ unitId: position.unitId });
  if (position.abolishedAt || (input.unitId !== undefined && position.unitId !== input.unitId)) {
    throw new DomainError(`${ERR}.positionNotInUnit`, {}, "positionId");
  }

  const { startDate } = input;
  const holders = position.assignments.map((holder) => ({ ...holder, position: { title: position.title } }));
  const leaving: typeof holders = [];
  let remaining = holders;
  if (input.replaceHolders) {
    for (const holder of holders.filter((h) => isHeldOn(h, startDate) && h.startDate < startDate)) {
      if (busiestDayFrom(remaining, startDate).held.length < position.quota) break;
      leaving.push(holder);
      remaining = remaining.filter((h) => h !== holder);
    }
  }
  const busiest = busiestDayFrom(remaining, startDate);
  if (busiest.held.length >= position.quota) {
    const names = busiest.held.map((holder) => holder.official.name).join(", ");
    throw busiest.day > startDate
      ? new DomainError(
          `${CHANGE_ERR}.positionFullFrom`,
          { post: position.title, holders: names, date: isoDate(busiest.day) },
          "positionId",
        )
      : new DomainError(`${ERR}.positionFull`, { post: position.title, holders: names }, "positionId");
  }

  const replaced = await endAssignments(
    tx,
    leaving,
    startDate,
    input.replaceHolders?.endReason ?? "",
    "startDate",
  );
  const assignment = await tx.assignment.create({
    data: {
      officialId: input.officialId,
      positionId: position.id,
      unitId: position.unitId,
      startDate,
      decreeNumber: input.decreeNumber ?? null,
      decreeDate: input.decreeDate ?? null,
      inaugurationId: input.inaugurationId ?? null,
    },
  });
  const post = {
    id: position.id,
    unitId: position.unitId,
    sectionId: position.sectionId,
    title: position.title,
  };
  return { assignment, position: post, replaced };
}

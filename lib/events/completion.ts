/** Penyelesaian per satuan kerja: of an outcome's follow-ups, which are done, per unit and per level. */
import type { FollowUpStatus, UnitLevel } from "@/lib/generated/prisma/enums";

/** Reported done with evidence, or verified: the unit has carried it out. Cancelled ones are not counted. */
export function isCompleted(status: FollowUpStatus): boolean {
  return status === "DONE" || status === "VERIFIED";
}

/** Done among the follow-ups still owed (a cancelled one is owed by nobody), so the summary and the levels agree. */
export function completionOf(followUps: readonly { status: FollowUpStatus }[]) {
  const owed = followUps.filter((followUp) => followUp.status !== "CANCELLED");
  return { done: owed.filter((followUp) => isCompleted(followUp.status)).length, total: owed.length };
}

export function completionByLevel(
  followUps: readonly { status: FollowUpStatus; unit: { level: UnitLevel } }[],
) {
  const levels = new Map<UnitLevel, (typeof followUps)[number][]>();
  for (const followUp of followUps) {
    const rows = levels.get(followUp.unit.level);
    if (rows) rows.push(followUp);
    else levels.set(followUp.unit.level, [followUp]);
  }
  return [...levels]
    .map(([level, rows]) => ({ level, ...completionOf(rows) }))
    .filter((level) => level.total > 0);
}

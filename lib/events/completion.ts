/** Penyelesaian per satuan kerja: of an outcome's follow-ups, which are done, per unit and per level. */
import type { FollowUpStatus, UnitLevel } from "@/lib/generated/prisma/enums";

/** Reported done with evidence, or verified: the unit has carried it out. Cancelled ones are not counted. */
export function isCompleted(status: FollowUpStatus): boolean {
  return status === "DONE" || status === "VERIFIED";
}

export function completionByLevel(
  followUps: readonly { status: FollowUpStatus; unit: { level: UnitLevel } }[],
) {
  const levels = new Map<UnitLevel, { done: number; total: number }>();
  for (const followUp of followUps) {
    if (followUp.status === "CANCELLED") continue;
    const entry = levels.get(followUp.unit.level) ?? { done: 0, total: 0 };
    entry.total += 1;
    if (isCompleted(followUp.status)) entry.done += 1;
    levels.set(followUp.unit.level, entry);
  }
  return [...levels].map(([level, counts]) => ({ level, ...counts }));
}

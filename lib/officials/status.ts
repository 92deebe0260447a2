import type { OfficialStatus } from "@/lib/generated/prisma/enums";

/** Statuses of an official still in service: at work, on leave (cuti) or on study leave (tugas belajar). */
export const SERVING_STATUSES = [
  "ACTIVE",
  "ON_LEAVE",
  "STUDY_LEAVE",
] as const satisfies readonly OfficialStatus[];

/** Statuses that end an official's service: set only by ending it (endServiceSchema), which also ends their posts. */
export const ENDED_STATUSES = [
  "TRANSFERRED_OUT",
  "RETIRED",
  "DECEASED",
  "INACTIVE",
] as const satisfies readonly OfficialStatus[];

export function isEndedStatus(status: OfficialStatus): boolean {
  return (ENDED_STATUSES as readonly OfficialStatus[]).includes(status);
}

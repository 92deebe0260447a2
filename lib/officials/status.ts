import type { OfficialStatus } from "@/lib/generated/prisma/enums";

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

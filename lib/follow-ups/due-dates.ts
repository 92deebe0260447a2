/** Due dates of follow-ups (tindak lanjut): the default from a finding's severity, and what counts as late. */
import { addDays } from "@/lib/dates/today";
import type { FindingSeverity, FollowUpStatus } from "@/lib/generated/prisma/enums";

/** Days to act on a finding by its severity: a serious finding cannot wait a month. */
export const DAYS_BY_SEVERITY: Record<FindingSeverity, number> = { HIGH: 14, MEDIUM: 30, LOW: 60 };

/** How far ahead "due soon" looks on the home page and in the notification list. */
export const DUE_SOON_DAYS = 7;

export function defaultDueDate(severity: FindingSeverity, from: Date): Date {
  return addDays(from, DAYS_BY_SEVERITY[severity]);
}

/** Statuses in which a follow-up still waits for someone to act, and can therefore be late. */
export const ACTIVE_STATUSES = [
  "OPEN",
  "IN_PROGRESS",
  "REOPENED",
  "ESCALATED",
] as const satisfies readonly FollowUpStatus[];

export function isActive(status: FollowUpStatus): boolean {
  return (ACTIVE_STATUSES as readonly FollowUpStatus[]).includes(status);
}

/** Late on `today` (the unit's own day): past its due date and not yet reported done. */
export function isOverdue(row: { status: FollowUpStatus; dueDate: Date }, today: Date): boolean {
  return isActive(row.status) && row.dueDate < today;
}

/** Whole days late on `today` (0 when not late). */
export function daysOverdue(row: { status: FollowUpStatus; dueDate: Date }, today: Date): number {
  return isOverdue(row, today) ? Math.round((today.getTime() - row.dueDate.getTime()) / 86_400_000) : 0;
}

/** What the signed-in user may do on a visit and its report now; the mutations check the same again. */
import { can } from "@/lib/auth/policy";
import type { CurrentUser } from "@/lib/auth/types";
import type { ReportSection } from "./areas";

interface VisitLike {
  hostUnitId: string;
  visitorUnitId: string;
  status: string;
  report: {
    status: string;
    rounds: { decision: string | null; comments: unknown }[];
  } | null;
}

/** The visited unit writes the report while it is a draft or returned; the visiting unit reviews it once submitted. */
export function reportAbilities(user: Pick<CurrentUser, "role" | "unit" | "scopeUnitIds">, visit: VisitLike) {
  const status = visit.report?.status ?? "DRAFT";
  return {
    file:
      user.unit.id === visit.hostUnitId &&
      visit.status !== "CANCELLED" &&
      can(user, "report.file", { unitId: visit.hostUnitId }) &&
      (status === "DRAFT" || status === "RETURNED"),
    review:
      user.unit.id === visit.visitorUnitId &&
      can(user, "report.review", { unitId: visit.hostUnitId }) &&
      status === "SUBMITTED",
  };
}

/**
 * The visiting unit changes or cancels its plan while the visit is still planned: once the report is submitted
 * the visit counts as conducted and its plan is what the report answers.
 */
export function visitAbilities(user: Pick<CurrentUser, "role" | "unit" | "scopeUnitIds">, visit: VisitLike) {
  const open =
    user.unit.id === visit.visitorUnitId &&
    visit.status === "PLANNED" &&
    can(user, "visit.manage", { unitId: visit.hostUnitId });
  return { edit: open, cancel: open };
}

/** The notes of the round that returned the report, while it is still returned (rounds are newest first). */
export function openComments(visit: VisitLike): Partial<Record<ReportSection, string>> {
  if (visit.report?.status !== "RETURNED") return {};
  const latest = visit.report.rounds[0];
  return latest?.decision === "RETURNED"
    ? ((latest.comments ?? {}) as Partial<Record<ReportSection, string>>)
    : {};
}

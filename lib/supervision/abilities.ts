/** What the signed-in user may do on a visit's report now; the mutations check the same again. */
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

/** The notes of the round that returned the report, while it is still returned (rounds are newest first). */
export function openComments(visit: VisitLike): Partial<Record<ReportSection, string>> {
  if (visit.report?.status !== "RETURNED") return {};
  const latest = visit.report.rounds[0];
  return latest?.decision === "RETURNED"
    ? ((latest.comments ?? {}) as Partial<Record<ReportSection, string>>)
    : {};
}

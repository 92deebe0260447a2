/**
 * What a report round keeps: the report as it was submitted, the staffing posture (posisi SDM) of the visited
 * unit as it stood that day included, frozen so later changes to the register do not rewrite it.
 */
import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { todayOfUnit } from "@/lib/dates/unit-today";
import { loadPostures } from "@/lib/units/posture-queries";
import type { StaffingPosture } from "@/lib/units/posture";

export interface RoundContent {
  summary: string | null;
  pointsRaised: string | null;
  areas: { area: string; text: string | null; items: { label: string; result: string }[] }[];
  findings: {
    kind: string;
    area: string;
    severity: string;
    description: string;
    recommendation: string | null;
  }[];
  posture: StaffingPosture | null;
}

/** The report and its visit's areas and findings as they are now, inside the submitting transaction. */
export async function captureReport(
  tx: Prisma.TransactionClient,
  report: { id: string; visitId: string; unitId: string },
): Promise<RoundContent> {
  const [stored, today] = await Promise.all([
    tx.supervisionReport.findUniqueOrThrow({
      where: { id: report.id },
      select: {
        summary: true,
        pointsRaised: true,
        findings: {
          orderBy: { sortOrder: "asc" },
          select: { kind: true, area: true, severity: true, description: true, recommendation: true },
        },
        visit: {
          select: {
            areas: {
              orderBy: { sortOrder: "asc" },
              select: {
                area: true,
                reportText: true,
                items: { orderBy: { sortOrder: "asc" }, select: { label: true, result: true } },
              },
            },
          },
        },
      },
    }),
    todayOfUnit(tx, report.unitId),
  ]);
  const [posture] = await loadPostures(tx, [report.unitId], today);
  return {
    summary: stored.summary,
    pointsRaised: stored.pointsRaised,
    areas: stored.visit.areas.map((area) => ({ area: area.area, text: area.reportText, items: area.items })),
    findings: stored.findings,
    posture: posture?.posture ?? null,
  };
}

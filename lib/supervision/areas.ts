/** Bidang supervisi: the areas a visit reviews, in the order a report lists them. Free of zod and Prisma. */
import type { ChecklistResult, FindingSeverity, SupervisionArea } from "@/lib/generated/prisma/enums";

export const SUPERVISION_AREAS = [
  "STAFFING",
  "FINANCE",
  "LOGISTICS_GENERAL",
  "TECHNICAL",
  "LEGAL",
  "PLANNING_DATA",
] as const satisfies readonly SupervisionArea[];

export const CHECKLIST_RESULTS = [
  "FINE",
  "FINDING",
  "NOT_CHECKED",
] as const satisfies readonly ChecklistResult[];

export const FINDING_SEVERITIES = ["HIGH", "MEDIUM", "LOW"] as const satisfies readonly FindingSeverity[];

/** The report's sections a reviewer can comment on: its summary, the posture, each area, points, findings. */
export const REPORT_SECTIONS = ["summary", "posture", ...SUPERVISION_AREAS, "points", "findings"] as const;
export type ReportSection = (typeof REPORT_SECTIONS)[number];

export function isArea(value: string): value is SupervisionArea {
  return (SUPERVISION_AREAS as readonly string[]).includes(value);
}

/** Checklist lines typed one per line: blank lines dropped, each trimmed. */
export function checklistLines(text: string | undefined): string[] {
  return (text ?? "")
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean);
}

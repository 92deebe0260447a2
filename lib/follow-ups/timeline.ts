/**
 * Riwayat tindak lanjut: every step of a follow-up (its audit entries: opened, assigned, each status change with
 * its reason) and every step of its escalation path (from which unit to which, why, and how it was answered) in one
 * list, oldest first, so the page reads as one story. Pure; the page formats each entry.
 */
import type { EscalationAnswer } from "@/lib/generated/prisma/enums";

export interface AuditStep {
  id: bigint | number | string;
  at: Date;
  actorName: string;
  action: string;
  after: unknown;
}

export interface EscalationStep {
  id: string;
  createdAt: Date;
  reason: string;
  answer: EscalationAnswer | null;
  resolution: string | null;
  originUnit: { shortName: string };
  holderUnit: { shortName: string };
}

export type TimelineEntry =
  | {
      kind: "step";
      key: string;
      at: Date;
      actorName: string;
      action: string;
      /** A step that changes no state, named by what it did (followUps.timelineSteps). */
      named: NamedStep | null;
      /** The state the step left the follow-up in, for a state change. */
      status: string | null;
      reason: string | null;
    }
  | {
      kind: "escalation";
      key: string;
      at: Date;
      from: string;
      to: string;
      reason: string;
      answer: EscalationAnswer | null;
      resolution: string | null;
    };

/** The actions that change no state (opened, assigned): named by what they did; every other one is a state change. */
type NamedStep = "create" | "assign";
const NAMED_STEPS = new Map<string, NamedStep>([
  ["followUp.create", "create"],
  ["followUp.assign", "assign"],
]);

export function followUpTimeline(steps: AuditStep[], escalations: EscalationStep[]): TimelineEntry[] {
  const entries: TimelineEntry[] = [
    ...steps.map((step): TimelineEntry => {
      const after = (step.after ?? {}) as { status?: unknown; reason?: unknown };
      const named = NAMED_STEPS.get(step.action) ?? null;
      return {
        kind: "step",
        key: `step-${String(step.id)}`,
        at: step.at,
        actorName: step.actorName,
        action: step.action,
        named,
        status: !named && typeof after.status === "string" ? after.status : null,
        reason: typeof after.reason === "string" && after.reason ? after.reason : null,
      };
    }),
    ...escalations.map((step): TimelineEntry => ({
      kind: "escalation",
      key: `escalation-${step.id}`,
      at: step.createdAt,
      from: step.originUnit.shortName,
      to: step.holderUnit.shortName,
      reason: step.reason,
      answer: step.answer,
      resolution: step.resolution,
    })),
  ];
  // Stable: at the same instant a step stays before the escalation it wrote in the same transaction.
  return entries.sort((a, b) => a.at.getTime() - b.at.getTime());
}

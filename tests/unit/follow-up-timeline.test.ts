import { describe, expect, it } from "vitest";
import { followUpTimeline, type AuditStep, type EscalationStep } from "@/lib/follow-ups/timeline";

const at = (iso: string) => new Date(iso);

const steps: AuditStep[] = [
  {
    id: 1n,
    at: at("2026-02-01T02:00:00Z"),
    actorName: "Sekprov",
    action: "followUp.create",
    after: { status: "OPEN" },
  },
  {
    id: 2n,
    at: at("2026-02-02T02:00:00Z"),
    actorName: "Sekkab",
    action: "followUp.assign",
    after: { status: "OPEN", reason: undefined },
  },
  {
    id: 3n,
    at: at("2026-02-06T03:00:00Z"),
    actorName: "Sekkab",
    action: "followUp.escalate",
    after: { status: "ESCALATED", reason: "Di luar kewenangan" },
  },
  {
    id: 4n,
    at: at("2026-02-10T03:00:00Z"),
    actorName: "Sekprov",
    action: "followUp.sendBack",
    after: { status: "IN_PROGRESS", reason: "Gunakan formasi tahun depan" },
  },
  {
    id: 5n,
    at: at("2026-02-20T03:00:00Z"),
    actorName: "Sekkab",
    action: "followUp.complete",
    after: { status: "DONE", reason: "" },
  },
];

const escalations: EscalationStep[] = [
  {
    id: "e1",
    // Written in the escalating step's transaction: the same instant as its audit entry.
    createdAt: at("2026-02-06T03:00:00Z"),
    reason: "Di luar kewenangan",
    answer: "SENT_BACK",
    resolution: "Gunakan formasi tahun depan",
    originUnit: { shortName: "KPU Sumbawa" },
    holderUnit: { shortName: "KPU NTB" },
  },
];

describe("follow-up timeline", () => {
  it("tells the status steps and the escalation path as one story, oldest first", () => {
    const timeline = followUpTimeline(steps, escalations);
    expect(timeline.map((entry) => entry.key)).toEqual([
      "step-1",
      "step-2",
      "step-3",
      "escalation-e1",
      "step-4",
      "step-5",
    ]);
    expect(timeline[3]).toMatchObject({
      kind: "escalation",
      from: "KPU Sumbawa",
      to: "KPU NTB",
      answer: "SENT_BACK",
      resolution: "Gunakan formasi tahun depan",
    });
  });

  it("names opening and assigning by what they did, state changes by the state they left, with their reason", () => {
    const [opened, assigned, escalated, , completed] = followUpTimeline(steps, []);
    expect(opened).toMatchObject({ action: "followUp.create", status: null });
    expect(assigned).toMatchObject({ action: "followUp.assign", status: null, reason: null });
    expect(escalated).toMatchObject({ status: "ESCALATED", reason: "Di luar kewenangan" });
    // An empty reason is no reason.
    expect(completed).toMatchObject({ status: "DONE", reason: null });
  });

  it("keeps the order the rows were read in when steps share an instant", () => {
    const same = at("2026-03-01T00:00:00Z");
    const timeline = followUpTimeline(
      [
        { id: 9n, at: same, actorName: "A", action: "followUp.start", after: { status: "IN_PROGRESS" } },
        { id: 10n, at: same, actorName: "A", action: "followUp.complete", after: { status: "DONE" } },
      ],
      [],
    );
    expect(timeline.map((entry) => entry.key)).toEqual(["step-9", "step-10"]);
  });
});

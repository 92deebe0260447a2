import { describe, expect, it } from "vitest";
import { isHeldOn } from "@/lib/assignments/current";
import { buildDemoData } from "@/lib/seed/dataset";
import { DEMO_AS_OF } from "@/lib/seed/dates";
import { buildSupervisionDemo } from "@/lib/seed/supervision";
import { demoUsers } from "@/lib/seed/users";
import type { StaffingPosture } from "@/lib/units/posture";

const data = buildDemoData();
const seed = buildSupervisionDemo(data);
const unitIdOf = (code: string) => data.units.find((unit) => unit.code === code)!.id;

describe("demo supervision (seed 001)", () => {
  it("is the same on every generation", () => {
    expect(buildSupervisionDemo(buildDemoData())).toEqual(seed);
  });

  it("has Sumbawa's accepted report with the posture of its day: complete, under quota, 11 of 12 support staff", () => {
    const [report] = seed.reports;
    expect(report).toMatchObject({ unitId: unitIdOf("5204"), status: "ACCEPTED" });
    const posture = report!.staffingSnapshot as unknown as StaffingPosture;
    expect(posture.structural.complete).toBe(true);
    expect(posture.asn.staff).toBeLessThan(posture.asn.quota);
    expect(posture.support).toMatchObject({ staff: 11, quota: 12 });
    expect(report!.pointsRaised!.split("\n")).toHaveLength(4);
    expect(seed.rounds).toEqual([expect.objectContaining({ number: 1, decision: "ACCEPTED" })]);
    expect(seed.findings.filter((finding) => finding.kind === "REQUEST")).toHaveLength(1);
  });

  it("opens follow-ups at different stages: one verified, one late, one escalated to the province", () => {
    const province = unitIdOf("52");
    const byStatus = (status: string) => seed.followUps.filter((row) => row.status === status);
    expect(byStatus("VERIFIED")).toHaveLength(1);
    expect(byStatus("ESCALATED")).toEqual([expect.objectContaining({ escalatedToUnitId: province })]);
    expect(seed.escalations).toEqual([expect.objectContaining({ holderUnitId: province })]);
    const late = seed.followUps.filter(
      (row) => ["OPEN", "IN_PROGRESS"].includes(row.status!) && (row.dueDate as Date) < DEMO_AS_OF,
    );
    expect(late.map((row) => row.unitId)).toContain(unitIdOf("5204"));
    // The unit's request for more support staff is the province's to act on.
    expect(seed.followUps.find((row) => row.source === "UNIT_REQUEST")?.unitId).toBe(province);
    for (const followUp of seed.followUps) {
      expect(seed.findings.map((finding) => finding.id)).toContain(followUp.findingId);
    }
  });

  it("puts each follow-up in the charge of the official its finding names, or else of its unit's head", () => {
    const holder = (code: string, post: string) => {
      const accepted = new Date("2023-01-30");
      return data.assignments.find(
        (row) => row.positionId === `demo-pos-${code}-${post}` && isHeldOn(row, accepted),
      )!.officialId;
    };
    const head = (code: string) => holder(code, "sekretaris");
    const kasubbag = holder("5204", "kasubbag-kul");
    expect(kasubbag).not.toBe(head("5204"));
    expect(seed.findings.find((row) => row.id === "demo-finding-sumbawa-spj")?.ownerOfficialId).toBe(
      kasubbag,
    );
    const owners = Object.fromEntries(seed.followUps.map((row) => [row.id, row.ownerOfficialId]));
    expect(owners).toEqual({
      "demo-fu-sumbawa-arsip": head("5204"),
      "demo-fu-sumbawa-spj": kasubbag,
      "demo-fu-sumbawa-asn": head("5204"),
      "demo-fu-sumbawa-pendukung": head("52"),
    });
    // The Sumbawa secretary's account is that official: their own work is on their home page.
    const account = demoUsers(data, "hash").find((user) => user.id === "demo-user-sekkab.sumbawa")!;
    expect(account.officialId).toBe(head("5204"));
  });

  it("plans a visit to another regency, after the demo's present", () => {
    const planned = seed.visits.filter((visit) => visit.status === "PLANNED");
    expect(planned).toHaveLength(1);
    expect(planned[0]!.hostUnitId).not.toBe(unitIdOf("5204"));
    expect((planned[0]!.startDate as Date) > DEMO_AS_OF).toBe(true);
  });

  it("refers only to demo users and officials that exist", () => {
    const users = new Set(demoUsers(data, "hash").map((user) => user.id));
    const officials = new Set(data.officials.map((official) => official.id));
    for (const note of seed.notifications) expect(users).toContain(note.userId);
    for (const member of seed.team) expect(officials).toContain(member.officialId);
    expect(users).toContain(seed.reports[0]!.authorId);
    const sumbawaSecretary = "demo-user-sekkab.sumbawa";
    expect(seed.notifications.some((note) => note.userId === sumbawaSecretary && !note.readAt)).toBe(true);
    expect(seed.notifications.some((note) => note.userId === "demo-user-sekprov" && !note.readAt)).toBe(true);
  });
});

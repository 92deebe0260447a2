import { describe, expect, it } from "vitest";
import { levelAtStep, rankMeetsMinimum, ruleFor } from "@/lib/appointments/level-rules";
import { buildDemoData } from "@/lib/seed/dataset";
import { buildAppointmentDemo } from "@/lib/seed/appointments";
import { demoUsers } from "@/lib/seed/users";

const data = buildDemoData();
const demo = buildAppointmentDemo(data, demoUsers(data, "hash"));
const officials = new Map(data.officials.map((official) => [official.id, official]));
const positions = new Map(data.positions.map((position) => [position.id, position]));

describe("the appointments demo data", () => {
  it("is the same on every generation", () => {
    expect(buildAppointmentDemo(data, demoUsers(data, "hash"))).toEqual(demo);
  });

  it("holds the seed-000 ceremony: 48 Kasubbag inaugurated on one day, on site and online, with a final berita acara", () => {
    const [ceremony] = demo.inaugurations;
    expect(ceremony).toMatchObject({ status: "HELD", mode: "HYBRID" });
    expect(demo.appointees).toHaveLength(48);
    const modes = new Set(demo.appointees.map((row) => row.attendance));
    expect(modes).toEqual(new Set(["PRESENT_ONSITE", "PRESENT_ONLINE"]));
    expect(demo.minutes[0]).toMatchObject({ status: "FINAL", revision: 1 });
    expect(demo.minutes[0]!.snapshot).toHaveLength(48);
    // Its table names who approved the appointments: the provincial secretary, by their official's name.
    const sekprov = demoUsers(data, "hash").find((user) => user.username === "sekprov")!;
    for (const row of demo.minutes[0]!.snapshot)
      expect(row.approval).toEqual({
        name: officials.get(sekprov.officialId!)!.name,
        acting: null,
        level: "PROVINCE",
        on: "2022-03-07",
      });
    expect(
      new Set(demo.proposals.filter((row) => row.status === "INAUGURATED").map((row) => row.unitId)).size,
    ).toBe(11);
  });

  it("has open proposals from three regencies at different steps, that the rules would accept", () => {
    const open = demo.proposals.filter((row) => row.status !== "INAUGURATED");
    expect(new Set(open.map((row) => row.unitId)).size).toBe(3);
    const waitingAtProvince = open.filter(
      (row) => row.status === "SUBMITTED" && levelAtStep(row) === "PROVINCE",
    );
    expect(waitingAtProvince.length).toBeGreaterThanOrEqual(3);
    expect(open.some((row) => row.status === "SUBMITTED" && levelAtStep(row) === "NATIONAL")).toBe(true);
    expect(open.some((row) => row.status === "RETURNED" && row.decisionNote)).toBe(true);
    expect(new Set(open.map((row) => row.officialId)).size).toBe(open.length);
    expect(new Set(open.map((row) => row.positionId)).size).toBe(open.length);
    for (const row of open) {
      const post = positions.get(row.positionId)!;
      expect(post.unitId).toBe(row.unitId);
      const official = officials.get(row.officialId)!;
      expect(official.unitId).toBe(row.unitId);
      expect(rankMeetsMinimum(official.rank, ruleFor(demo.levelRules, post.level).minimumRank)).toBe(true);
    }
  });
});

import { describe, expect, it } from "vitest";
import { isHeldOn } from "@/lib/assignments/current";
import { DEMO_AS_OF } from "@/lib/seed/dates";
import { buildDemoData } from "@/lib/seed/dataset";
import { buildEventDemo } from "@/lib/seed/events";
import { stakeholderNameKey } from "@/lib/stakeholders/name-key";

const data = buildDemoData();
const seed = buildEventDemo(data);
const event = (kind: string) => seed.events.find((row) => row.kind === kind)!;

describe("the demo kegiatan", () => {
  it("is the same on every build", () => {
    expect(buildEventDemo(buildDemoData())).toEqual(seed);
  });

  it("has the national rakor every NTB secretariat took part in, with two parallel sessions and one unit missing", () => {
    const rakor = event("COORDINATION_MEETING");
    expect(rakor).toMatchObject({ unitId: "demo-unit-RI", attendanceRequired: true, status: "HELD" });
    expect(seed.participants.filter((row) => row.eventId === rakor.id)).toHaveLength(12);
    expect(seed.sessions.filter((row) => row.eventId === rakor.id).map((row) => row.title)).toEqual([
      "Kelas Kepegawaian",
      "Kelas Pengawasan Internal",
    ]);
    const invited = seed.invitations.filter((row) => row.eventId === rakor.id);
    const online = invited.filter((row) => row.attendance === "PRESENT_ONLINE").length;
    expect(online).toBeGreaterThan(invited.length / 2);
    expect(invited.filter((row) => row.attendance === "ABSENT").map((row) => row.unitId)).toEqual(
      expect.arrayContaining(["demo-unit-5208"]),
    );
    expect(invited.every((row) => row.sessionId && row.officialId)).toBe(true);
  });

  it("has the Stakeholder Day with stakeholders of every kind and one outcome followed up by all ten regencies", () => {
    const day = event("STAKEHOLDER_DAY");
    const orgIds = new Set(
      seed.invitations.filter((row) => row.eventId === day.id).map((row) => row.organisationId),
    );
    const categories = new Set(
      seed.organisations.filter((org) => orgIds.has(org.id)).map((org) => org.category),
    );
    expect(categories).toEqual(
      new Set([
        "ELECTION_BODY",
        "REGIONAL_GOVERNMENT",
        "FORKOPIMDA",
        "LAW_ENFORCEMENT",
        "ELECTION_PARTICIPANT",
        "UNIVERSITY",
        "MEDIA",
        "COMMUNITY",
      ]),
    );
    const followUps = seed.followUps.filter((row) => row.eventId === day.id);
    expect(new Set(followUps.map((row) => row.unitId)).size).toBe(10);
    expect(new Set(followUps.map((row) => row.outcomeId)).size).toBe(1);
    expect(new Set(followUps.map((row) => row.status)).size).toBeGreaterThanOrEqual(4);
    // Each in the charge of its regency's head (Sekretaris) on the day the demo describes.
    for (const row of followUps) {
      const code = row.unitId.slice("demo-unit-".length);
      const held = data.assignments.find(
        (assignment) =>
          assignment.positionId === `demo-pos-${code}-sekretaris` && isHeldOn(assignment, DEMO_AS_OF),
      );
      expect(row.ownerOfficialId, code).toBe(held?.officialId);
      expect(row.ownerOfficialId, code).toBeTruthy();
    }
  });

  it("registers each organisation once per region, by its compared name", () => {
    const keys = seed.organisations.map((org) => `${org.regionUnitId}:${stakeholderNameKey(org.name)}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it("points only at officials and units that exist", () => {
    const officials = new Set(data.officials.map((row) => row.id));
    const units = new Set(data.units.map((row) => row.id));
    for (const row of seed.invitations) {
      if (row.officialId) expect(officials.has(row.officialId)).toBe(true);
      if (row.unitId) expect(units.has(row.unitId)).toBe(true);
    }
  });
});

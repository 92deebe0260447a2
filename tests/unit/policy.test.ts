import { describe, expect, it } from "vitest";
import type { Role, UnitLevel } from "@/lib/generated/prisma/enums";
import {
  ACTIONS,
  assertCan,
  can,
  canReadPublishedNews,
  ForbiddenError,
  type Action,
} from "@/lib/auth/policy";
import { navigationFor } from "@/lib/navigation";

const PROVINCE = "unit-ntb";
const SUMBAWA = "unit-sumbawa";
const MATARAM = "unit-mataram";

function userAt(role: Role, level: UnitLevel) {
  const home = level === "PROVINCE" ? PROVINCE : level === "REGENCY_CITY" ? SUMBAWA : "unit-ri";
  const scope =
    level === "NATIONAL"
      ? ["unit-ri", PROVINCE, SUMBAWA, MATARAM]
      : level === "PROVINCE"
        ? [PROVINCE, SUMBAWA, MATARAM]
        : [SUMBAWA];
  return {
    role,
    unit: { id: home, code: "x", name: "x", shortName: "x", level, timeZone: "Asia/Makassar" },
    scopeUnitIds: new Set(scope),
  };
}

/** The expected matrix, written out in full so a change to the policy is a deliberate change to this table. */
const EXPECTED: Record<string, Action[]> = {
  // Administrators run the system but decide no appointment: the chain names a unit's secretary (decision 012).
  // The chain itself holds for the whole nation, so only the Sekretariat Jenderal's administrators change it.
  "ADMINISTRATOR@NATIONAL": ACTIONS.filter((a) => a !== "appointment.approve"),
  "ADMINISTRATOR@PROVINCE": ACTIONS.filter(
    (a) => a !== "appointment.approve" && a !== "appointment.configure",
  ),
  "ADMINISTRATOR@REGENCY_CITY": ACTIONS.filter(
    (a) => a !== "appointment.approve" && a !== "appointment.configure",
  ),
  // The decision chain's settings are the national administrators' (appointment.configure).
  "SECRETARY@NATIONAL": ACTIONS.filter((a) => a !== "appointment.configure"),
  "SECRETARY@PROVINCE": ACTIONS.filter((a) => a !== "appointment.configure"),
  "SECRETARY@REGENCY_CITY": [
    ...ACTIONS.filter((a) => a.endsWith(".view")),
    "official.manage",
    "appointment.propose",
    "report.file",
    "followUp.manage",
    "event.manage",
    "news.manage",
    "news.publish",
    "user.manage",
    "calendar.subscribe",
    "account.password",
  ],
  "STAFF@PROVINCE": [
    ...ACTIONS.filter((a) => a.endsWith(".view") && a !== "audit.view"),
    "official.manage",
    "appointment.propose",
    "report.file",
    "followUp.manage",
    "event.manage",
    "news.manage",
    "unit.manage",
    "inauguration.manage",
    "visit.manage",
    "calendar.subscribe",
    "account.password",
  ],
  "STAFF@REGENCY_CITY": [
    ...ACTIONS.filter((a) => a.endsWith(".view") && a !== "audit.view"),
    "official.manage",
    "appointment.propose",
    "report.file",
    "followUp.manage",
    "event.manage",
    "news.manage",
    "calendar.subscribe",
    "account.password",
  ],
  // Every account keeps its own calendar feed address and changes its own password, read-only viewers too.
  "VIEWER@PROVINCE": [
    ...ACTIONS.filter((a) => a.endsWith(".view") && a !== "audit.view"),
    "calendar.subscribe",
    "account.password",
  ],
  "VIEWER@REGENCY_CITY": [
    ...ACTIONS.filter((a) => a.endsWith(".view") && a !== "audit.view"),
    "calendar.subscribe",
    "account.password",
  ],
};

describe("policy matrix", () => {
  for (const [key, allowed] of Object.entries(EXPECTED)) {
    const [role, level] = key.split("@") as [Role, UnitLevel];
    it(`${role} at ${level} may do exactly ${allowed.length} actions`, () => {
      const user = userAt(role, level);
      const granted = ACTIONS.filter((action) => can(user, action));
      expect(new Set(granted)).toEqual(new Set(allowed));
    });
  }

  it("only the provincial (or national) secretary approves appointments", () => {
    expect(can(userAt("SECRETARY", "PROVINCE"), "appointment.approve")).toBe(true);
    expect(can(userAt("SECRETARY", "NATIONAL"), "appointment.approve")).toBe(true);
    expect(can(userAt("SECRETARY", "REGENCY_CITY"), "appointment.approve")).toBe(false);
    expect(can(userAt("STAFF", "PROVINCE"), "appointment.approve")).toBe(false);
  });

  it("no administrator decides an appointment, at any level", () => {
    for (const level of ["NATIONAL", "PROVINCE", "REGENCY_CITY"] as UnitLevel[])
      expect(can(userAt("ADMINISTRATOR", level), "appointment.approve"), level).toBe(false);
  });

  it("only the national administrators change the decision chain; no secretary does", () => {
    expect(can(userAt("ADMINISTRATOR", "NATIONAL"), "appointment.configure")).toBe(true);
    expect(can(userAt("ADMINISTRATOR", "PROVINCE"), "appointment.configure")).toBe(false);
    expect(can(userAt("ADMINISTRATOR", "REGENCY_CITY"), "appointment.configure")).toBe(false);
    for (const level of ["NATIONAL", "PROVINCE", "REGENCY_CITY"] as UnitLevel[])
      expect(can(userAt("SECRETARY", level), "appointment.configure"), level).toBe(false);
  });
});

describe("scope", () => {
  it("a regency user reaches only their own unit", () => {
    const user = userAt("SECRETARY", "REGENCY_CITY");
    expect(can(user, "official.manage", { unitId: SUMBAWA })).toBe(true);
    expect(can(user, "official.manage", { unitId: MATARAM })).toBe(false);
    expect(can(user, "official.view", { unitId: PROVINCE })).toBe(false);
  });

  it("a province user reaches the province and its regencies", () => {
    const user = userAt("STAFF", "PROVINCE");
    for (const unitId of [PROVINCE, SUMBAWA, MATARAM])
      expect(can(user, "official.manage", { unitId })).toBe(true);
    expect(can(user, "official.view", { unitId: "unit-ri" })).toBe(false);
  });

  it("a permitted action on an out-of-scope record is still refused", () => {
    expect(() =>
      assertCan(userAt("ADMINISTRATOR", "REGENCY_CITY"), "unit.manage", { unitId: MATARAM }),
    ).toThrow(ForbiddenError);
  });
});

describe("news: the one upward read", () => {
  // Sumbawa's ancestors: the province and the national unit (loadAncestorUnitIds).
  const aboveSumbawa = new Set([PROVINCE, "unit-ri"]);
  const published = (unitId: string) => ({ unitId, status: "PUBLISHED" });

  it("a regency reads its province's and the national published news", () => {
    const user = userAt("VIEWER", "REGENCY_CITY");
    expect(canReadPublishedNews(user, aboveSumbawa, published(PROVINCE))).toBe(true);
    expect(canReadPublishedNews(user, aboveSumbawa, published("unit-ri"))).toBe(true);
    expect(canReadPublishedNews(user, aboveSumbawa, published(SUMBAWA))).toBe(true);
  });

  it("not a sibling regency's, not another province's, and never a draft or an item in review", () => {
    const user = userAt("STAFF", "REGENCY_CITY");
    expect(canReadPublishedNews(user, aboveSumbawa, published(MATARAM))).toBe(false);
    expect(canReadPublishedNews(user, aboveSumbawa, published("unit-other-province"))).toBe(false);
    expect(canReadPublishedNews(user, aboveSumbawa, { unitId: PROVINCE, status: "DRAFT" })).toBe(false);
    expect(canReadPublishedNews(user, aboveSumbawa, { unitId: PROVINCE, status: "SUBMITTED" })).toBe(false);
  });

  it("the upward read is news only: other records of the province stay out of reach", () => {
    const user = userAt("SECRETARY", "REGENCY_CITY");
    for (const action of ACTIONS) expect(can(user, action, { unitId: PROVINCE }), action).toBe(false);
  });
});

describe("navigation follows the policy", () => {
  const labels = (role: Role, level: UnitLevel) =>
    navigationFor(userAt(role, level)).map((item) => item.labelKey);

  it("shows Audit to administrators and secretaries only", () => {
    expect(labels("ADMINISTRATOR", "PROVINCE")).toContain("audit");
    expect(labels("SECRETARY", "REGENCY_CITY")).toContain("audit");
    expect(labels("STAFF", "PROVINCE")).not.toContain("audit");
    expect(labels("VIEWER", "PROVINCE")).not.toContain("audit");
  });

  it("shows every module to everyone else", () => {
    expect(labels("VIEWER", "PROVINCE")).toEqual([
      "home",
      "officials",
      "units",
      "inaugurations",
      "supervision",
      "followUps",
      "events",
      "calendar",
      "news",
    ]);
  });
});

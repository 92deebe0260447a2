import { describe, expect, it } from "vitest";
import {
  chainFromKey,
  chainKey,
  CHAIN_CHOICES,
  DEFAULT_LEVEL_RULES,
  isFinalStep,
  levelAtStep,
  rankMeetsMinimum,
  ruleFor,
} from "@/lib/appointments/level-rules";
import { oathFor } from "@/lib/appointments/oath";
import { officialData } from "@/lib/officials/official-data";
import type { OfficialInput } from "@/lib/officials/schemas";
import { proposalWorkflow, type StoredProposal } from "@/lib/appointments/proposal-workflow";
import type { CurrentUser } from "@/lib/auth/types";
import type { PositionLevel, ProposalStatus, Role, UnitLevel } from "@/lib/generated/prisma/enums";
import { ForbiddenError } from "@/lib/auth/policy";
import { availableTransitions, transitionRefusal } from "@/lib/workflow/available";

const UNITS = { NATIONAL: "u-ri", PROVINCE: "u-52", REGENCY_CITY: "u-5204" } as const;
const OTHER_REGENCY = "u-5271";

function user(role: Role, level: UnitLevel, unitId: string = UNITS[level]): CurrentUser {
  const scope: Record<UnitLevel, string[]> = {
    NATIONAL: [UNITS.NATIONAL, UNITS.PROVINCE, UNITS.REGENCY_CITY, OTHER_REGENCY],
    PROVINCE: [UNITS.PROVINCE, UNITS.REGENCY_CITY, OTHER_REGENCY],
    REGENCY_CITY: [unitId],
  };
  return {
    id: `${role}-${unitId}`,
    username: `${role}-${unitId}`,
    displayName: role,
    role,
    unit: { id: unitId, code: unitId, name: unitId, shortName: unitId, level, timeZone: "Asia/Makassar" },
    officialId: null,
    scopeUnitIds: new Set(scope[level]),
  };
}

function proposal(
  status: ProposalStatus,
  deciderLevels: UnitLevel[] = ["PROVINCE"],
  currentStep = 0,
): StoredProposal {
  return {
    id: "p1",
    unitId: UNITS.REGENCY_CITY,
    officialId: "o1",
    positionId: "pos1",
    status,
    justification: "Alasan",
    proposedById: "u1",
    submittedAt: null,
    deciderLevels,
    currentStep,
    decidedById: null,
    decidedAt: null,
    decidedAsActing: null,
    decisionNote: null,
    decreeId: null,
    inaugurationId: null,
    version: 1,
    createdAt: new Date(0),
    updatedAt: new Date(0),
  };
}

const regencySecretary = user("SECRETARY", "REGENCY_CITY");
const regencyStaff = user("STAFF", "REGENCY_CITY");
const otherRegency = user("SECRETARY", "REGENCY_CITY", OTHER_REGENCY);
const provincialSecretary = user("SECRETARY", "PROVINCE");
const provincialStaff = user("STAFF", "PROVINCE");
const nationalSecretary = user("SECRETARY", "NATIONAL");
const viewer = user("VIEWER", "PROVINCE");

const steps = (who: CurrentUser, record: StoredProposal) =>
  availableTransitions(proposalWorkflow, who, record);

describe("the proposal's state machine, per role and step", () => {
  it("the proposing unit submits or withdraws a draft, and nobody else touches it", () => {
    expect(steps(regencySecretary, proposal("DRAFT"))).toEqual(["submit", "withdraw"]);
    expect(steps(regencyStaff, proposal("DRAFT"))).toEqual(["submit", "withdraw"]);
    for (const other of [otherRegency, provincialSecretary, nationalSecretary, viewer])
      expect(steps(other, proposal("DRAFT"))).toEqual([]);
  });

  it("a returned proposal goes back to its proposer to resubmit or withdraw", () => {
    expect(steps(regencySecretary, proposal("RETURNED"))).toEqual(["resubmit", "withdraw"]);
    expect(steps(provincialSecretary, proposal("RETURNED"))).toEqual([]);
  });

  it("a Pengawas post's proposal is approved, returned or rejected by the provincial secretary only", () => {
    const submitted = proposal("SUBMITTED", ["PROVINCE"]);
    expect(steps(provincialSecretary, submitted)).toEqual(["approve", "return", "reject"]);
    for (const other of [regencySecretary, provincialStaff, nationalSecretary, viewer, otherRegency])
      expect(steps(other, submitted)).toEqual([]);
  });

  it("an Administrator post's proposal is recommended by the province, then decided at the national level", () => {
    const atProvince = proposal("SUBMITTED", ["PROVINCE", "NATIONAL"], 0);
    expect(steps(provincialSecretary, atProvince)).toEqual(["recommend", "return", "reject"]);
    expect(steps(nationalSecretary, atProvince)).toEqual([]);
    const atNational = proposal("SUBMITTED", ["PROVINCE", "NATIONAL"], 1);
    expect(steps(provincialSecretary, atNational)).toEqual([]);
    expect(steps(nationalSecretary, atNational)).toEqual(["approve", "return", "reject"]);
  });

  it("nothing moves a decided, withdrawn or inaugurated proposal", () => {
    for (const status of ["APPROVED", "REJECTED", "WITHDRAWN", "INAUGURATED"] as const)
      for (const who of [regencySecretary, provincialSecretary, nationalSecretary])
        expect(steps(who, proposal(status))).toEqual([]);
  });

  it("return and reject ask for a reason; the others do not require one", () => {
    expect(proposalWorkflow.transitions.return.reason).toBe("required");
    expect(proposalWorkflow.transitions.reject.reason).toBe("required");
    expect(proposalWorkflow.transitions.approve.reason).not.toBe("required");
  });
});

describe("every transition, for every role at every level and every post level's default chain", () => {
  const ROLES: Role[] = ["ADMINISTRATOR", "SECRETARY", "STAFF", "VIEWER"];
  const LEVELS: UnitLevel[] = ["NATIONAL", "PROVINCE", "REGENCY_CITY"];
  const everyone = [
    ...ROLES.flatMap((role) => LEVELS.map((level) => ({ key: `${role}@${level}`, who: user(role, level) }))),
    { key: "SECRETARY@OTHER_REGENCY", who: otherRegency },
  ];
  /** Who decides at a level: its secretary only; an administrator is not the secretary the chain names. */
  const decidersAt = (level: UnitLevel) => [`SECRETARY@${level}`];
  const PROPOSERS = ["SECRETARY@REGENCY_CITY", "STAFF@REGENCY_CITY", "ADMINISTRATOR@REGENCY_CITY"];

  /** Each default chain step by step: who may take it, and what they are offered. */
  const SUBMITTED: [PositionLevel, number, string[], string[]][] = [
    ["HIGH_LEADERSHIP", 0, decidersAt("NATIONAL"), ["approve", "return", "reject"]],
    ["ADMINISTRATOR", 0, decidersAt("PROVINCE"), ["recommend", "return", "reject"]],
    ["ADMINISTRATOR", 1, decidersAt("NATIONAL"), ["approve", "return", "reject"]],
    ["SUPERVISOR", 0, decidersAt("PROVINCE"), ["approve", "return", "reject"]],
    ["FUNCTIONAL", 0, decidersAt("PROVINCE"), ["approve", "return", "reject"]],
    ["EXECUTOR", 0, decidersAt("PROVINCE"), ["approve", "return", "reject"]],
    ["SUPPORT", 0, decidersAt("PROVINCE"), ["approve", "return", "reject"]],
  ];

  it.each(SUBMITTED)("a submitted %s proposal at step %i", (level, step, deciders, offered) => {
    const record = proposal("SUBMITTED", ruleFor([], level).deciderLevels, step);
    for (const { key, who } of everyone)
      expect([key, steps(who, record)]).toEqual([key, deciders.includes(key) ? offered : []]);
  });

  it.each(["HIGH_LEADERSHIP", "ADMINISTRATOR", "SUPERVISOR", "EXECUTOR"] as PositionLevel[])(
    "a %s proposal before submission or after return moves only by its own unit",
    (level) => {
      const chain = ruleFor([], level).deciderLevels;
      for (const [status, offered] of [
        ["DRAFT", ["submit", "withdraw"]],
        ["RETURNED", ["resubmit", "withdraw"]],
      ] as const) {
        for (const { key, who } of everyone)
          expect([key, steps(who, proposal(status, chain))]).toEqual([
            key,
            PROPOSERS.includes(key) ? offered : [],
          ]);
      }
    },
  );

  it("once a chain's last step is passed, or the proposal is closed, nobody may take any step", () => {
    const closed = [
      proposal("SUBMITTED", ["PROVINCE", "NATIONAL"], 2),
      ...(["APPROVED", "REJECTED", "WITHDRAWN", "INAUGURATED"] as const).map((status) =>
        proposal(status, ["PROVINCE", "NATIONAL"], 1),
      ),
    ];
    for (const record of closed)
      for (const { key, who } of everyone) expect([key, steps(who, record)]).toEqual([key, []]);
  });

  it("a province post's proposal is moved by the province's own people and decided by its secretary", () => {
    const provincePost = { ...proposal("DRAFT"), unitId: UNITS.PROVINCE };
    const movers = ["SECRETARY@PROVINCE", "STAFF@PROVINCE", "ADMINISTRATOR@PROVINCE"];
    for (const { key, who } of everyone)
      expect([key, steps(who, provincePost)]).toEqual([
        key,
        movers.includes(key) ? ["submit", "withdraw"] : [],
      ]);
    const submitted = { ...provincePost, status: "SUBMITTED" as const };
    for (const { key, who } of everyone)
      expect([key, steps(who, submitted)]).toEqual([
        key,
        decidersAt("PROVINCE").includes(key) ? ["approve", "return", "reject"] : [],
      ]);
  });

  it("every transition refuses what the page does not offer: wrong state, role or level", () => {
    const record = proposal("SUBMITTED", ["PROVINCE"]);
    expect(transitionRefusal(proposalWorkflow, "submit", regencySecretary, record)?.message).toContain(
      "workflow.errors.notFrom.SUBMITTED",
    );
    expect(transitionRefusal(proposalWorkflow, "approve", provincialStaff, record)).toBeInstanceOf(
      ForbiddenError,
    );
    expect(transitionRefusal(proposalWorkflow, "approve", nationalSecretary, record)?.message).toContain(
      "workflow.errors.notAllowed",
    );
    expect(transitionRefusal(proposalWorkflow, "recommend", provincialSecretary, record)?.message).toContain(
      "workflow.errors.notAllowed",
    );
    expect(transitionRefusal(proposalWorkflow, "approve", provincialSecretary, record)).toBeNull();
  });
});

describe("the decision chain and the rank rule", () => {
  it("defaults: Pengawas decided by the province, Administrator recommended by it and decided nationally", () => {
    expect(ruleFor([], "SUPERVISOR")).toMatchObject({ deciderLevels: ["PROVINCE"], minimumRank: "III_B" });
    expect(ruleFor([], "ADMINISTRATOR").deciderLevels).toEqual(["PROVINCE", "NATIONAL"]);
    expect(ruleFor([], "EXECUTOR").deciderLevels).toEqual(["PROVINCE"]);
    expect(DEFAULT_LEVEL_RULES).toHaveLength(6);
  });

  it("stored rules win over the defaults", () => {
    expect(
      ruleFor(
        [{ positionLevel: "SUPERVISOR", deciderLevels: ["NATIONAL"], minimumRank: null }],
        "SUPERVISOR",
      ),
    ).toEqual({ positionLevel: "SUPERVISOR", deciderLevels: ["NATIONAL"], minimumRank: null });
  });

  it("tells where a proposal waits and whether that step decides", () => {
    const chain = { deciderLevels: ["PROVINCE", "NATIONAL"] as UnitLevel[], currentStep: 0 };
    expect(levelAtStep(chain)).toBe("PROVINCE");
    expect(isFinalStep(chain)).toBe(false);
    expect(isFinalStep({ ...chain, currentStep: 1 })).toBe(true);
    expect(levelAtStep({ ...chain, currentStep: 2 })).toBeNull();
  });

  it("reads the chains offered by the settings form, and nothing else", () => {
    for (const choice of CHAIN_CHOICES) expect(chainFromKey(chainKey(choice))).toEqual([...choice]);
    expect(chainFromKey("REGENCY_CITY")).toBeNull();
    expect(chainFromKey("NATIONAL-PROVINCE")).toBeNull();
  });

  it("a rank meets a minimum at or above it; a PPPK grade or no rank never meets one", () => {
    expect(rankMeetsMinimum("III_B", "III_B")).toBe(true);
    expect(rankMeetsMinimum("IV_A", "III_B")).toBe(true);
    expect(rankMeetsMinimum("III_A", "III_B")).toBe(false);
    expect(rankMeetsMinimum("PPPK_XI", "III_B")).toBe(false);
    expect(rankMeetsMinimum(null, "III_B")).toBe(false);
    expect(rankMeetsMinimum(null, null)).toBe(true);
  });

  it("Protestants and Catholics promise (janji), the others swear (sumpah); no religion, no guess", () => {
    expect(oathFor("ISLAM")).toBe("SUMPAH");
    expect(oathFor("HINDU")).toBe("SUMPAH");
    expect(oathFor("BUDDHIST")).toBe("SUMPAH");
    expect(oathFor("CONFUCIAN")).toBe("SUMPAH");
    expect(oathFor("PROTESTANT")).toBe("JANJI");
    expect(oathFor("CATHOLIC")).toBe("JANJI");
    expect(oathFor(null)).toBeNull();
  });
});

describe("the official's religion (agama)", () => {
  const input = { name: "Baiq Nurul", employmentType: "PNS", status: "ACTIVE", unitId: "u" } as OfficialInput;
  it("is written when the form sends it, and left as stored when an import row has none", () => {
    expect(officialData({ ...input, religion: "HINDU" })).toMatchObject({ religion: "HINDU" });
    expect(officialData(input)).not.toHaveProperty("religion");
  });
});

import { describe, expect, it } from "vitest";
import { DomainError } from "@/lib/actions/errors";
import { ForbiddenError } from "@/lib/auth/policy";
import type { CurrentUser } from "@/lib/auth/types";
import * as enums from "@/lib/generated/prisma/enums";
import type { Role, UnitLevel } from "@/lib/generated/prisma/enums";
import { CATALOGUE_FILES } from "@/lib/i18n/messages";
import { availableTransitions, notFromStateKey, transitionRefusal } from "@/lib/workflow/available";
import { defineWorkflow, type TransitionRule, type WorkflowRecord } from "@/lib/workflow/definition";

type Status = "DRAFT" | "SUBMITTED" | "APPROVED" | "REJECTED" | "WITHDRAWN";
interface Proposal extends WorkflowRecord<Status> {
  proposedById: string;
}

const STATES: Status[] = ["DRAFT", "SUBMITTED", "APPROVED", "REJECTED", "WITHDRAWN"];

function workflow(transitions: Record<string, TransitionRule<Status, Proposal, object>>) {
  return defineWorkflow({
    entityType: "AppointmentProposal",
    auditPrefix: "appointment",
    table: "appointment_proposal",
    states: STATES,
    load: async () => null,
    update: async () => {
      throw new Error("not in unit tests");
    },
    transitions,
  });
}

/** The appointment proposal's workflow as issue 7 sketches it: the proposing unit submits, the province decides. */
const proposals = workflow({
  submit: { from: ["DRAFT"], to: "SUBMITTED", action: "appointment.propose" },
  withdraw: {
    from: ["DRAFT", "SUBMITTED"],
    to: "WITHDRAWN",
    action: "appointment.propose",
    allowed: (user, record) => user.unit.id === record.unitId,
  },
  approve: { from: ["SUBMITTED"], to: "APPROVED", action: "appointment.approve" },
  reject: { from: ["SUBMITTED"], to: "REJECTED", action: "appointment.approve", reason: "required" },
});

const PROVINCE = "prov";
const REGENCY = "kab";
function user(role: Role, level: UnitLevel): CurrentUser {
  const unitId = level === "PROVINCE" ? PROVINCE : REGENCY;
  return {
    id: `${role}-${level}`,
    username: role.toLowerCase(),
    displayName: role,
    role,
    unit: { id: unitId, code: unitId, name: unitId, shortName: unitId, level, timeZone: "Asia/Makassar" },
    officialId: null,
    scopeUnitIds: new Set(level === "PROVINCE" ? [PROVINCE, REGENCY] : [REGENCY]),
  };
}
function proposal(status: Status, unitId = REGENCY): Proposal {
  return { id: "p1", unitId, status, version: 3, proposedById: "someone" };
}

describe("defineWorkflow", () => {
  it("refuses a transition from or to a state the workflow does not declare", () => {
    expect(() =>
      workflow({ approve: { from: ["SUBMITED" as Status], to: "APPROVED", action: "appointment.approve" } }),
    ).toThrow(/unknown states: SUBMITED/);
    expect(() =>
      workflow({ approve: { from: ["SUBMITTED"], to: "DONE" as Status, action: "appointment.approve" } }),
    ).toThrow(/unknown states: DONE/);
    expect(() => workflow({ approve: { from: [], to: "APPROVED", action: "appointment.approve" } })).toThrow(
      /starts from no state/,
    );
  });
});

describe("availableTransitions", () => {
  it("offers the regency secretary submit and withdraw on their draft, and nothing to decide", () => {
    expect(availableTransitions(proposals, user("SECRETARY", "REGENCY_CITY"), proposal("DRAFT"))).toEqual([
      "submit",
      "withdraw",
    ]);
    expect(availableTransitions(proposals, user("SECRETARY", "REGENCY_CITY"), proposal("SUBMITTED"))).toEqual(
      ["withdraw"],
    );
  });

  it("offers the provincial secretary the decisions on a submitted proposal, not the proposer's withdrawal", () => {
    expect(availableTransitions(proposals, user("SECRETARY", "PROVINCE"), proposal("SUBMITTED"))).toEqual([
      "approve",
      "reject",
    ]);
  });

  it("offers nothing once a proposal is decided, to a viewer, or outside the user's scope", () => {
    expect(availableTransitions(proposals, user("SECRETARY", "PROVINCE"), proposal("APPROVED"))).toEqual([]);
    expect(availableTransitions(proposals, user("VIEWER", "PROVINCE"), proposal("SUBMITTED"))).toEqual([]);
    const elsewhere = proposal("DRAFT", "another-regency");
    expect(availableTransitions(proposals, user("SECRETARY", "REGENCY_CITY"), elsewhere)).toEqual([]);
  });
});

describe("transitionRefusal", () => {
  it("names the current state when the transition does not start from it", () => {
    const refusal = transitionRefusal(
      proposals,
      "approve",
      user("SECRETARY", "PROVINCE"),
      proposal("APPROVED"),
    );
    expect(refusal).toBeInstanceOf(DomainError);
    expect((refusal as DomainError).reason).toBe("workflow.errors.notFrom.APPROVED");
  });

  it("is a policy refusal when the role lacks the transition's action", () => {
    const refusal = transitionRefusal(proposals, "approve", user("STAFF", "PROVINCE"), proposal("SUBMITTED"));
    expect(refusal).toBeInstanceOf(ForbiddenError);
  });

  it("is the workflow's own refusal when its rule on the record says no", () => {
    const refusal = transitionRefusal(proposals, "withdraw", user("STAFF", "PROVINCE"), proposal("DRAFT"));
    expect((refusal as DomainError).reason).toBe("workflow.errors.notAllowed");
  });

  it("throws on a transition the workflow does not have (a programming error, not a refusal)", () => {
    expect(() =>
      transitionRefusal(
        proposals,
        "verify" as "approve",
        user("SECRETARY", "PROVINCE"),
        proposal("SUBMITTED"),
      ),
    ).toThrow(/no transition "verify"/);
  });
});

describe("workflow messages", () => {
  // Every status enum of a record that moves through a workflow (prisma/schema.prisma).
  const STATUS_ENUMS = [
    enums.ProposalStatus,
    enums.InaugurationStatus,
    enums.VisitStatus,
    enums.ReportStatus,
    enums.FollowUpStatus,
    enums.EscalationStatus,
    enums.EventStatus,
    enums.NewsStatus,
  ];
  const states = [...new Set(STATUS_ENUMS.flatMap((values) => Object.values(values)))];

  it.each(["id", "en"] as const)("every state has a label and a refusal worded for it in %s", (locale) => {
    const { workflow: messages } = CATALOGUE_FILES[locale].workflow as {
      workflow: { states: Record<string, string>; errors: { notFrom: Record<string, string> } };
    };
    for (const state of states) {
      expect(messages.states[state], state).toBeTruthy();
      expect(notFromStateKey(state)).toBe(`workflow.errors.notFrom.${state}`);
      expect(messages.errors.notFrom[state], state).toBeTruthy();
    }
  });
});

import { describe, expect, it } from "vitest";
import { DomainError } from "@/lib/actions/errors";
import { prisma } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ProposalStatus, UnitLevel } from "@/lib/generated/prisma/enums";
import { ProposalStatus as PROPOSAL_STATUSES } from "@/lib/generated/prisma/enums";
import {
  defineWorkflow,
  type EffectContext,
  type GuardContext,
  type TransitionRule,
} from "@/lib/workflow/definition";
import { transitionMutation } from "@/lib/workflow/transition-mutation";
import { createOfficial, createPosition, createUnit, createUser, currentUser } from "./db-utils";

type Proposal = Prisma.AppointmentProposalGetPayload<object>;
type Rule = TransitionRule<ProposalStatus, Proposal, Prisma.AppointmentProposalUncheckedUpdateInput>;

/** Who decides depends on the post's level, read from the database: Administrator posts at the national level. */
async function decidedAtThisLevel({ tx, user, record }: GuardContext<Proposal>) {
  const post = await tx.position.findUniqueOrThrow({
    where: { id: record.positionId },
    select: { level: true },
  });
  const decider: UnitLevel = post.level === "ADMINISTRATOR" ? "NATIONAL" : "PROVINCE";
  if (user.unit.level !== decider) throw new DomainError("decidedElsewhere", { level: decider });
}

/** The official's other open proposals lapse once one is approved: an effect that authorises and audits its writes. */
async function withdrawOtherProposals({ tx, after, authorize, audit }: EffectContext<Proposal>) {
  const others = await tx.appointmentProposal.findMany({
    where: { officialId: after.officialId, id: { not: after.id }, status: { in: ["DRAFT", "SUBMITTED"] } },
  });
  for (const other of others) {
    authorize(other);
    const withdrawn = await tx.appointmentProposal.update({
      where: { id: other.id },
      data: { status: "WITHDRAWN", version: { increment: 1 } },
    });
    await audit({
      action: "appointment.lapse",
      entityType: "AppointmentProposal",
      entityId: other.id,
      unitId: other.unitId,
      before: other,
      after: withdrawn,
    });
  }
}

const decided = (): Pick<Rule, "guard" | "set"> => ({
  guard: decidedAtThisLevel,
  set: ({ user, reason, now }) => ({ decidedById: user.id, decidedAt: now, decisionNote: reason ?? null }),
});

function proposalWorkflow(approveEffect: Rule["effect"]) {
  return defineWorkflow({
    entityType: "AppointmentProposal",
    auditPrefix: "appointment",
    table: "appointment_proposal",
    states: Object.values(PROPOSAL_STATUSES),
    load: (tx, id) => tx.appointmentProposal.findUnique({ where: { id } }),
    update: (tx, id, data: Prisma.AppointmentProposalUncheckedUpdateInput) =>
      tx.appointmentProposal.update({ where: { id }, data }),
    transitions: {
      submit: {
        from: ["DRAFT"],
        to: "SUBMITTED",
        action: "appointment.propose",
        allowed: (user, record) => user.unit.id === record.unitId,
        set: ({ now }) => ({ submittedAt: now }),
      },
      withdraw: {
        from: ["DRAFT", "SUBMITTED"],
        to: "WITHDRAWN",
        action: "appointment.propose",
        allowed: (user, record) => user.unit.id === record.unitId,
      },
      approve: {
        from: ["SUBMITTED"],
        to: "APPROVED",
        action: "appointment.approve",
        reason: "optional",
        ...decided(),
        effect: approveEffect,
      },
      reject: {
        from: ["SUBMITTED"],
        to: "REJECTED",
        action: "appointment.approve",
        reason: "required",
        ...decided(),
      },
    },
  });
}

const proposals = proposalWorkflow(withdrawOtherProposals);
const submit = transitionMutation(proposals, "submit");
const withdraw = transitionMutation(proposals, "withdraw");
const approve = transitionMutation(proposals, "approve");
const reject = transitionMutation(proposals, "reject");
const approveThenFail = transitionMutation(
  proposalWorkflow(async () => {
    throw new Error("effect failed");
  }),
  "approve",
);

/** KPU RI → a province → two regencies, a secretary at each level (two at the province), province staff, a post in A. */
async function setup() {
  const national = await createUnit({ level: "NATIONAL" });
  const province = await createUnit({ parent: national });
  const regencyA = await createUnit({ parent: province });
  const regencyB = await createUnit({ parent: province });
  const user = async (role: "SECRETARY" | "STAFF", unitId: string) =>
    currentUser((await createUser({ role, unitId })).id);
  return {
    regencyA,
    nationalSecretary: await user("SECRETARY", national.id),
    provincialSecretary: await user("SECRETARY", province.id),
    provincialStaff: await user("STAFF", province.id),
    // A second decider at the province (the secretary's Plh. acts with the same role): only secretaries decide.
    secondProvincialSecretary: await user("SECRETARY", province.id),
    secretaryA: await user("SECRETARY", regencyA.id),
    staffA: await user("STAFF", regencyA.id),
    secretaryB: await user("SECRETARY", regencyB.id),
    official: await createOfficial(regencyA.id),
    post: await createPosition(regencyA.id),
  };
}

type Setup = Awaited<ReturnType<typeof setup>>;

async function proposal(
  { regencyA, official, post, secretaryA }: Setup,
  data: Partial<Prisma.AppointmentProposalUncheckedCreateInput> = {},
) {
  return prisma.appointmentProposal.create({
    data: {
      unitId: regencyA.id,
      officialId: official.id,
      positionId: post.id,
      proposedById: secretaryA.id,
      ...data,
    },
  });
}

async function stored(id: string) {
  return prisma.appointmentProposal.findUniqueOrThrow({ where: { id } });
}

async function auditOf(id: string) {
  return prisma.auditLog.findMany({
    where: { entityType: "AppointmentProposal", entityId: id },
    orderBy: { id: "asc" },
  });
}

describe("transition()", () => {
  it("moves a proposal along, bumps its version and audits from/to state with the reason", async () => {
    const world = await setup();
    const { id } = await proposal(world);

    expect(await submit.execute(world.secretaryA, { id, version: "1" })).toMatchObject({
      ok: true,
      data: { status: "SUBMITTED", version: 2 },
    });
    const approval = await approve.execute(world.provincialSecretary, {
      id,
      version: "2",
      reason: "  Memenuhi syarat kepangkatan.  ",
    });
    expect(approval).toMatchObject({ ok: true, data: { status: "APPROVED", version: 3 } });
    expect(await stored(id)).toMatchObject({
      status: "APPROVED",
      version: 3,
      decidedById: world.provincialSecretary.id,
      decisionNote: "Memenuhi syarat kepangkatan.",
    });
    expect((await stored(id)).submittedAt).toBeInstanceOf(Date);

    const [submitted, approved] = await auditOf(id);
    expect(submitted).toMatchObject({
      action: "appointment.submit",
      actorId: world.secretaryA.id,
      unitId: world.regencyA.id,
    });
    expect(submitted?.before).toMatchObject({ status: "DRAFT", version: 1 });
    expect(submitted?.after).toMatchObject({ status: "SUBMITTED", version: 2 });
    expect(approved).toMatchObject({ action: "appointment.approve", actorId: world.provincialSecretary.id });
    expect(approved?.before).toMatchObject({ status: "SUBMITTED" });
    expect(approved?.after).toMatchObject({ status: "APPROVED", reason: "Memenuhi syarat kepangkatan." });
  });

  it("refuses a transition that does not start from the current state, naming that state", async () => {
    const world = await setup();
    const { id } = await proposal(world);
    expect(await approve.execute(world.provincialSecretary, { id, version: "1" })).toEqual({
      ok: false,
      code: "domain",
      reason: "workflow.errors.notFrom.DRAFT",
      params: {},
    });
    expect(await stored(id)).toMatchObject({ status: "DRAFT", version: 1 });
    expect(await auditOf(id)).toHaveLength(0);
  });

  it("runs guards that read data: the province cannot decide an Administrator post, the national level can", async () => {
    const world = await setup();
    const administratorPost = await createPosition(world.regencyA.id, { level: "ADMINISTRATOR" });
    const { id } = await proposal(world, { positionId: administratorPost.id, status: "SUBMITTED" });

    expect(await approve.execute(world.provincialSecretary, { id, version: "1" })).toEqual({
      ok: false,
      code: "domain",
      reason: "decidedElsewhere",
      params: { level: "NATIONAL" },
    });
    expect(await stored(id)).toMatchObject({ status: "SUBMITTED", version: 1 });
    expect(await approve.execute(world.nationalSecretary, { id, version: "1" })).toMatchObject({
      ok: true,
      data: { status: "APPROVED", decidedById: world.nationalSecretary.id },
    });
  });

  it("refuses a rejection without a reason, on the reason field", async () => {
    const world = await setup();
    const { id } = await proposal(world, { status: "SUBMITTED" });
    expect(await reject.execute(world.provincialSecretary, { id, version: "1", reason: "   " })).toEqual({
      ok: false,
      code: "domain",
      reason: "workflow.errors.reasonRequired",
      params: {},
      field: "reason",
    });
    expect(await auditOf(id)).toHaveLength(0);
    expect(
      await reject.execute(world.provincialSecretary, {
        id,
        version: "1",
        reason: "Pangkat belum memenuhi.",
      }),
    ).toMatchObject({ ok: true, data: { status: "REJECTED", decisionNote: "Pangkat belum memenuhi." } });
    expect((await auditOf(id))[0]?.after).toMatchObject({
      status: "REJECTED",
      reason: "Pangkat belum memenuhi.",
    });
  });

  it("keeps the workflow's own rule on the record: only the proposing unit withdraws its proposal", async () => {
    const world = await setup();
    const { id } = await proposal(world);
    expect(await withdraw.execute(world.provincialStaff, { id, version: "1" })).toMatchObject({
      ok: false,
      code: "domain",
      reason: "workflow.errors.notAllowed",
    });
    expect(await withdraw.execute(world.secretaryA, { id, version: "1" })).toMatchObject({
      ok: true,
      data: { status: "WITHDRAWN" },
    });
  });

  it("refuses a role without the transition's action before anything is read", async () => {
    const world = await setup();
    const { id } = await proposal(world, { status: "SUBMITTED" });
    expect(await approve.execute(world.staffA, { id, version: "1" })).toEqual({
      ok: false,
      code: "forbidden",
    });
    expect(await stored(id)).toMatchObject({ status: "SUBMITTED", version: 1 });
  });

  it("refuses a version the user did not see, naming what changed since", async () => {
    const world = await setup();
    const { id } = await proposal(world);
    expect((await submit.execute(world.secretaryA, { id, version: "1" })).ok).toBe(true);
    // A second tab still shows the draft at version 1; withdrawing from SUBMITTED is allowed, but not unseen.
    const result = await withdraw.execute(world.secretaryA, { id, version: "1" });
    expect(result).toMatchObject({ ok: false, code: "conflict" });
    expect(result.ok ? [] : "changedFields" in result ? result.changedFields : []).toContain("status");
    expect(await stored(id)).toMatchObject({ status: "SUBMITTED", version: 2 });
    expect(await auditOf(id)).toHaveLength(1);
  });

  it("lets exactly one of two simultaneous decisions win; the other is told the proposal is already decided", async () => {
    const world = await setup();
    for (let round = 0; round < 3; round += 1) {
      const { id } = await proposal(world, { status: "SUBMITTED" });
      const results = await Promise.all([
        approve.execute(world.provincialSecretary, { id, version: "1" }),
        reject.execute(world.secondProvincialSecretary, {
          id,
          version: "1",
          reason: "Berkas tidak lengkap.",
        }),
      ]);
      const winners = results.filter((result) => result.ok);
      expect(winners).toHaveLength(1);
      const outcome = (await stored(id)).status;
      expect(results.find((result) => !result.ok)).toEqual({
        ok: false,
        code: "domain",
        reason: `workflow.errors.notFrom.${outcome}`,
        params: {},
      });
      expect(await stored(id)).toMatchObject({ version: 2 });
      expect(await auditOf(id)).toHaveLength(1);
    }
  });

  it("answers a record outside the user's scope exactly like one that does not exist", async () => {
    const world = await setup();
    const { id } = await proposal(world);
    expect(await withdraw.execute(world.secretaryB, { id, version: "1" })).toEqual({
      ok: false,
      code: "notFound",
    });
    expect(await withdraw.execute(world.secretaryB, { id: "tidakada", version: "1" })).toEqual({
      ok: false,
      code: "notFound",
    });
    expect(await stored(id)).toMatchObject({ status: "DRAFT", version: 1 });
    expect(await auditOf(id)).toHaveLength(0);
  });

  it("runs the effect in the same transaction, after the change: its writes are authorised and audited", async () => {
    const world = await setup();
    const { id } = await proposal(world, { status: "SUBMITTED" });
    const otherPost = await createPosition(world.regencyA.id);
    const other = await proposal(world, { positionId: otherPost.id });

    expect((await approve.execute(world.provincialSecretary, { id, version: "1" })).ok).toBe(true);
    expect(await stored(other.id)).toMatchObject({ status: "WITHDRAWN", version: 2 });
    expect((await auditOf(other.id)).map((entry) => entry.action)).toEqual(["appointment.lapse"]);
  });

  it("leaves nothing changed when the effect fails", async () => {
    const world = await setup();
    const { id } = await proposal(world, { status: "SUBMITTED" });
    await expect(approveThenFail.execute(world.provincialSecretary, { id, version: "1" })).rejects.toThrow(
      "effect failed",
    );
    expect(await stored(id)).toMatchObject({ status: "SUBMITTED", version: 1, decidedById: null });
    expect(await auditOf(id)).toHaveLength(0);
  });
});

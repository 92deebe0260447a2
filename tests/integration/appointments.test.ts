import { createTranslator } from "use-intl/core";
import { describe, expect, it } from "vitest";
import { designateActing } from "@/lib/appointments/acting-mutations";
import { decideEach } from "@/lib/appointments/bulk-decide";
import { messagesFor } from "@/lib/i18n/messages";
import type { Translate } from "@/lib/i18n/translate";
import { prisma } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import {
  approveProposal,
  recommendProposal,
  rejectProposal,
  returnProposal,
  resubmitProposal,
  saveProposalDraft,
  submitProposal,
  withdrawProposal,
} from "@/lib/appointments/proposal-mutations";
import { saveLevelRulesMutation } from "@/lib/appointments/level-rule-form";
import {
  countWaiting,
  decisionQueue,
  getProposal,
  listOpenProposalsOfUnit,
  proposalsOfOfficial,
  queueUnits,
} from "@/lib/appointments/queries";
import { inaugurationsOfOfficial, nextInauguration } from "@/lib/inaugurations/queries";
import {
  assignToPosition,
  createOfficial,
  createPosition,
  createUnit,
  createUser,
  currentUser,
} from "./db-utils";

/** KPU RI → a province → two regencies; a secretary at each, a Kasubbag post and a III/c official in regency A. */
async function setup() {
  const national = await createUnit({ level: "NATIONAL" });
  const province = await createUnit({ parent: national });
  const regencyA = await createUnit({ parent: province });
  const regencyB = await createUnit({ parent: province });
  const user = async (role: "SECRETARY" | "STAFF", unitId: string) =>
    currentUser((await createUser({ role, unitId })).id);
  return {
    province,
    regencyA,
    regencyB,
    nationalSecretary: await user("SECRETARY", national.id),
    provincialSecretary: await user("SECRETARY", province.id),
    secretaryA: await user("SECRETARY", regencyA.id),
    secretaryB: await user("SECRETARY", regencyB.id),
    official: await createOfficial(regencyA.id, { rank: "III_C" }),
    post: await createPosition(regencyA.id),
  };
}
type World = Awaited<ReturnType<typeof setup>>;

const JUSTIFICATION = "Jabatan kosong sejak pejabat lama mutasi; yang bersangkutan memenuhi syarat.";

async function draft(world: World, data: { officialId?: string; positionId?: string } = {}) {
  const result = await saveProposalDraft.execute(world.secretaryA, {
    officialId: data.officialId ?? world.official.id,
    positionId: data.positionId ?? world.post.id,
    justification: JUSTIFICATION,
  });
  if (!result.ok) throw new Error(JSON.stringify(result));
  return result.data.id;
}

async function submitted(world: World, data: { officialId?: string; positionId?: string } = {}) {
  const id = await draft(world, data);
  const result = await submitProposal.execute(world.secretaryA, { id, version: "1" });
  if (!result.ok) throw new Error(JSON.stringify(result));
  return id;
}

const stored = (id: string) => prisma.appointmentProposal.findUniqueOrThrow({ where: { id } });

describe("proposals and the decision chain", () => {
  it("a regency proposes, the province approves a Pengawas post with its decree; the trail keeps every step", async () => {
    const world = await setup();
    const id = await submitted(world);
    expect(await stored(id)).toMatchObject({
      status: "SUBMITTED",
      deciderLevels: ["PROVINCE"],
      currentStep: 0,
    });
    expect((await decisionQueue(world.provincialSecretary)).rows.map((row) => row.id)).toContain(id);
    expect(await decisionQueue(world.nationalSecretary)).toEqual({ rows: [], total: 0 });

    const approval = await approveProposal.execute(world.provincialSecretary, {
      id,
      version: "2",
      decreeNumber: "15/KPT/KPU-Prov-015/2026",
      decreeDate: "2026-03-07",
      archiveReference: "SRIKANDI-KPU-52-2026-000815",
    });
    expect(approval).toMatchObject({ ok: true });
    const after = await prisma.appointmentProposal.findUniqueOrThrow({
      where: { id },
      include: { decree: true },
    });
    expect(after).toMatchObject({ status: "APPROVED", decidedById: world.provincialSecretary.id });
    expect(after.decree).toMatchObject({
      number: "15/KPT/KPU-Prov-015/2026",
      date: new Date("2026-03-07"),
      issuingUnitId: world.province.id,
      archiveReference: "SRIKANDI-KPU-52-2026-000815",
    });

    const page = await getProposal(world.secretaryA, id);
    expect(page?.trail.map((step) => step.step)).toEqual(["create", "submit", "approve", "decree"]);
  });

  it("an Administrator post is recommended by the province and decided at the national level", async () => {
    const world = await setup();
    const post = await createPosition(world.regencyA.id, { level: "ADMINISTRATOR" });
    const senior = await createOfficial(world.regencyA.id, { rank: "IV_A" });
    const id = await submitted(world, { officialId: senior.id, positionId: post.id });
    // The province may not approve it outright, nor may the national level act before the province.
    expect(await approveProposal.execute(world.provincialSecretary, { id, version: "2" })).toMatchObject({
      ok: false,
      reason: "workflow.errors.notAllowed",
    });
    expect(await approveProposal.execute(world.nationalSecretary, { id, version: "2" })).toMatchObject({
      ok: false,
      reason: "workflow.errors.notAllowed",
    });
    expect(await recommendProposal.execute(world.provincialSecretary, { id, version: "2" })).toMatchObject({
      ok: true,
    });
    expect(await stored(id)).toMatchObject({ status: "SUBMITTED", currentStep: 1 });
    expect(await decisionQueue(world.provincialSecretary)).toEqual({ rows: [], total: 0 });
    expect((await decisionQueue(world.nationalSecretary)).rows.map((row) => row.id)).toEqual([id]);
    // The queue's unit filter offers the units with something waiting, and keeps a chosen one with nothing left.
    const regencyA = { id: world.regencyA.id, shortName: world.regencyA.shortName };
    expect(await queueUnits(world.nationalSecretary)).toEqual([{ ...regencyA, waiting: 1 }]);
    expect(await queueUnits(world.provincialSecretary)).toEqual([]);
    expect(await queueUnits(world.provincialSecretary, world.regencyA.id)).toEqual([
      { ...regencyA, waiting: 0 },
    ]);
    expect(await queueUnits(world.secretaryB, world.regencyA.id)).toEqual([]);
    expect(await approveProposal.execute(world.nationalSecretary, { id, version: "3" })).toMatchObject({
      ok: true,
    });
    expect(await stored(id)).toMatchObject({ status: "APPROVED", decidedById: world.nationalSecretary.id });
  });

  it("the chain is data: an administrator's change applies to proposals submitted afterwards", async () => {
    const world = await setup();
    await prisma.appointmentLevelRule.upsert({
      where: { positionLevel: "EXECUTOR" },
      create: { positionLevel: "EXECUTOR", deciderLevels: ["NATIONAL"] },
      update: { deciderLevels: ["NATIONAL"] },
    });
    try {
      const post = await createPosition(world.regencyA.id, { level: "EXECUTOR", kind: "EXECUTOR" });
      const id = await submitted(world, { positionId: post.id });
      expect(await stored(id)).toMatchObject({ deciderLevels: ["NATIONAL"] });
      expect(await approveProposal.execute(world.provincialSecretary, { id, version: "2" })).toMatchObject({
        ok: false,
      });
    } finally {
      await prisma.appointmentLevelRule.delete({ where: { positionLevel: "EXECUTOR" } });
    }
  });

  it("an administrator changes the chain and the minimum golongan of a level; a secretary cannot", async () => {
    const world = await setup();
    const storedRules = await prisma.appointmentLevelRule.findMany();
    // The national administrator (admin.ri in the demo): the chain is one for every province.
    const admin = await currentUser(
      (await createUser({ role: "ADMINISTRATOR", unitId: world.province.parentId! })).id,
    );
    const settings = (chain: string, minimum: string) => ({
      ...Object.fromEntries(
        ["HIGH_LEADERSHIP", "ADMINISTRATOR", "FUNCTIONAL", "EXECUTOR", "SUPPORT"].flatMap((level) => [
          [
            `chain_${level}`,
            level === "HIGH_LEADERSHIP"
              ? "NATIONAL"
              : level === "ADMINISTRATOR"
                ? "PROVINCE-NATIONAL"
                : "PROVINCE",
          ],
          [`minimumRank_${level}`, ""],
        ]),
      ),
      chain_SUPERVISOR: chain,
      minimumRank_SUPERVISOR: minimum,
    });
    try {
      expect(
        await saveLevelRulesMutation.execute(world.provincialSecretary, settings("NATIONAL", "III_D")),
      ).toEqual({
        ok: false,
        code: "forbidden",
      });
      expect(await saveLevelRulesMutation.execute(admin, settings("REGENCY_CITY", "III_D"))).toMatchObject({
        ok: false,
        code: "validation",
      });
      expect(
        await saveLevelRulesMutation.execute(admin, settings("PROVINCE-NATIONAL", "III_D")),
      ).toMatchObject({
        ok: true,
      });
      // The III/c official no longer fits a Pengawas post; a III/d one does, and goes up the new chain.
      const result = await saveProposalDraft.execute(world.secretaryA, {
        officialId: world.official.id,
        positionId: world.post.id,
        justification: JUSTIFICATION,
      });
      expect(result).toMatchObject({ ok: false, reason: "appointments.errors.rankTooLow" });
      const senior = await createOfficial(world.regencyA.id, { rank: "III_D" });
      const id = await submitted(world, { officialId: senior.id });
      expect(await stored(id)).toMatchObject({ deciderLevels: ["PROVINCE", "NATIONAL"], currentStep: 0 });
      expect(await approveProposal.execute(world.provincialSecretary, { id, version: "2" })).toMatchObject({
        ok: false,
        reason: "workflow.errors.notAllowed",
      });
      expect(
        await prisma.auditLog.count({ where: { action: "appointment.configure", actorId: admin.id } }),
      ).toBe(1);
    } finally {
      await prisma.appointmentLevelRule.deleteMany();
      await prisma.appointmentLevelRule.createMany({ data: storedRules });
    }
  });

  it("a provincial administrator neither rewrites the nationwide chain nor decides; the secretaries do", async () => {
    const world = await setup();
    const storedRules = await prisma.appointmentLevelRule.findMany({ orderBy: { positionLevel: "asc" } });
    const provincialAdmin = await currentUser(
      (await createUser({ role: "ADMINISTRATOR", unitId: world.province.id })).id,
    );
    const regencyAdmin = await currentUser(
      (await createUser({ role: "ADMINISTRATOR", unitId: world.regencyA.id })).id,
    );
    // Taking the national step out of the Administrator posts' chain, for every province.
    const provinceOnly = Object.fromEntries(
      ["HIGH_LEADERSHIP", "ADMINISTRATOR", "SUPERVISOR", "FUNCTIONAL", "EXECUTOR", "SUPPORT"].flatMap(
        (level) => [
          [`chain_${level}`, level === "HIGH_LEADERSHIP" ? "NATIONAL" : "PROVINCE"],
          [`minimumRank_${level}`, ""],
        ],
      ),
    );
    expect(await saveLevelRulesMutation.execute(provincialAdmin, provinceOnly)).toEqual({
      ok: false,
      code: "forbidden",
    });
    expect(await prisma.appointmentLevelRule.findMany({ orderBy: { positionLevel: "asc" } })).toEqual(
      storedRules,
    );

    const id = await submitted(world);
    for (const admin of [provincialAdmin, regencyAdmin]) {
      for (const mutation of [approveProposal, recommendProposal, returnProposal, rejectProposal])
        expect(
          await mutation.execute(admin, { id, version: "2", reason: "Bukan wewenang administrator." }),
        ).toEqual({ ok: false, code: "forbidden" });
      expect(
        await designateActing.execute(admin, {
          userId: world.provincialSecretary.id,
          kind: "PLH",
          startDate: "2026-01-01",
          endDate: "2026-01-31",
        }),
      ).toEqual({ ok: false, code: "forbidden" });
    }
    expect(await stored(id)).toMatchObject({ status: "SUBMITTED", version: 2, decidedById: null });
    expect(await approveProposal.execute(world.provincialSecretary, { id, version: "2" })).toMatchObject({
      ok: true,
    });
  });

  it("return needs a reason and goes back to the proposer, who corrects and resubmits; reject ends it", async () => {
    const world = await setup();
    const id = await submitted(world);
    expect(await returnProposal.execute(world.provincialSecretary, { id, version: "2" })).toMatchObject({
      ok: false,
      field: "reason",
    });
    expect(
      await returnProposal.execute(world.provincialSecretary, {
        id,
        version: "2",
        reason: "Lampirkan SK pangkat.",
      }),
    ).toMatchObject({ ok: true });
    expect(await stored(id)).toMatchObject({ status: "RETURNED", decisionNote: "Lampirkan SK pangkat." });
    const edit = await saveProposalDraft.execute(world.secretaryA, {
      id,
      version: "3",
      officialId: world.official.id,
      positionId: world.post.id,
      justification: `${JUSTIFICATION} SK pangkat terlampir.`,
    });
    expect(edit).toMatchObject({ ok: true });
    expect(await resubmitProposal.execute(world.secretaryA, { id, version: "4" })).toMatchObject({
      ok: true,
    });
    expect(
      await rejectProposal.execute(world.provincialSecretary, {
        id,
        version: "5",
        reason: "Formasi ditunda.",
      }),
    ).toMatchObject({ ok: true });
    expect(await stored(id)).toMatchObject({ status: "REJECTED" });
    const trail = (await getProposal(world.provincialSecretary, id))!.trail;
    expect(trail.find((step) => step.step === "return")?.reason).toBe("Lampirkan SK pangkat.");
  });

  it("a submitted proposal is locked for the proposer; a draft can be withdrawn", async () => {
    const world = await setup();
    const id = await submitted(world);
    expect(
      await saveProposalDraft.execute(world.secretaryA, {
        id,
        version: "2",
        officialId: world.official.id,
        positionId: world.post.id,
        justification: JUSTIFICATION,
      }),
    ).toMatchObject({ ok: false, reason: "appointments.errors.locked" });
    expect(await withdrawProposal.execute(world.secretaryA, { id, version: "2" })).toMatchObject({
      ok: false,
    });
    const other = await draft(world, {
      officialId: (await createOfficial(world.regencyA.id, { rank: "III_B" })).id,
      positionId: (await createPosition(world.regencyA.id)).id,
    });
    expect(await withdrawProposal.execute(world.secretaryA, { id: other, version: "1" })).toMatchObject({
      ok: true,
    });
  });
});

describe("scope", () => {
  it("a regency can neither see nor decide another's proposal, nor propose for another's post", async () => {
    const world = await setup();
    const id = await submitted(world);
    expect(await getProposal(world.secretaryB, id)).toBeNull();
    expect(await withdrawProposal.execute(world.secretaryB, { id, version: "2" })).toEqual({
      ok: false,
      code: "notFound",
    });
    expect(await approveProposal.execute(world.secretaryB, { id, version: "2" })).toEqual({
      ok: false,
      code: "forbidden",
    });
    const foreign = await saveProposalDraft.execute(world.secretaryB, {
      officialId: world.official.id,
      positionId: world.post.id,
      justification: JUSTIFICATION,
    });
    expect(foreign).toEqual({ ok: false, code: "notFound" });
  });
});

describe("conflicts", () => {
  const refusal = async (world: World, data: { officialId?: string; positionId?: string }) => {
    const result = await saveProposalDraft.execute(world.secretaryA, {
      officialId: data.officialId ?? world.official.id,
      positionId: data.positionId ?? world.post.id,
      justification: JUSTIFICATION,
    });
    return result.ok ? "accepted" : (result as { reason?: string }).reason;
  };

  it("refuses one official in two open proposals, and two open proposals for one post", async () => {
    const world = await setup();
    await draft(world);
    expect(await refusal(world, { positionId: (await createPosition(world.regencyA.id)).id })).toBe(
      "appointments.errors.officialInOtherProposal",
    );
    const someoneElse = await createOfficial(world.regencyA.id, { rank: "III_D" });
    expect(await refusal(world, { officialId: someoneElse.id })).toBe(
      "appointments.errors.postInOtherProposal",
    );
  });

  it("refuses a post already promised by an approved proposal", async () => {
    const world = await setup();
    const id = await submitted(world);
    await approveProposal.execute(world.provincialSecretary, { id, version: "2" });
    const someoneElse = await createOfficial(world.regencyA.id, { rank: "III_D" });
    expect(await refusal(world, { officialId: someoneElse.id })).toBe("appointments.errors.postPromised");
  });

  it("refuses a retired or inactive official, and one whose rank is below the level's minimum", async () => {
    const world = await setup();
    const retired = await createOfficial(world.regencyA.id, { rank: "III_D", status: "RETIRED" });
    expect(await refusal(world, { officialId: retired.id })).toBe("appointments.errors.officialNotActive");
    const inactive = await createOfficial(world.regencyA.id, { rank: "III_D", status: "INACTIVE" });
    expect(await refusal(world, { officialId: inactive.id })).toBe("appointments.errors.officialNotActive");
    const junior = await createOfficial(world.regencyA.id, { rank: "III_A" });
    expect(await refusal(world, { officialId: junior.id })).toBe("appointments.errors.rankTooLow");
    const pppk = await createOfficial(world.regencyA.id, { employmentType: "PPPK", rank: "PPPK_IX" });
    expect(await refusal(world, { officialId: pppk.id })).toBe("appointments.errors.rankTooLow");
  });

  it("refuses proposing an official for the post they already hold", async () => {
    const world = await setup();
    await assignToPosition(world.official.id, world.post);
    expect(await refusal(world, {})).toBe("appointments.errors.alreadyHoldsPost");
  });

  it("refuses a decree number the unit has already used", async () => {
    const world = await setup();
    const first = await submitted(world);
    const decree = { decreeNumber: "7/KPT/2026", decreeDate: "2026-03-07" };
    expect(
      await approveProposal.execute(world.provincialSecretary, { id: first, version: "2", ...decree }),
    ).toMatchObject({ ok: true });
    const second = await submitted(world, {
      officialId: (await createOfficial(world.regencyA.id, { rank: "III_B" })).id,
      positionId: (await createPosition(world.regencyA.id)).id,
    });
    expect(
      await approveProposal.execute(world.provincialSecretary, { id: second, version: "2", ...decree }),
    ).toMatchObject({ ok: false, reason: "appointments.errors.decreeNumberTaken", field: "decreeNumber" });
    expect(await stored(second)).toMatchObject({ status: "SUBMITTED" });
  });
});

/**
 * Starts every decider while the proposal's row is held locked by another transaction, and lets them go only once
 * all of them are waiting on a lock: by then, without the workflow's own row lock, each would already have read the
 * same state and version, and each would write its decision (a test that fails without the lock, every time).
 */
async function whileHeld<T>(id: string, deciders: (() => Promise<T>)[]): Promise<T[]> {
  // The embedded fallback serves a single connection (docs/decisions/005): nothing overlaps there, so they just run.
  if (process.env.DATABASE_POOL_MAX === "1") return Promise.all(deciders.map((decide) => decide()));
  let running: Promise<T[]> | undefined;
  await prisma.$transaction(
    async (tx) => {
      await tx.$queryRaw`SELECT id FROM appointment_proposal WHERE id = ${id} FOR UPDATE`;
      running = Promise.all(deciders.map((decide) => decide()));
      const deadline = Date.now() + 10_000;
      for (;;) {
        // The list of sessions is otherwise read once per transaction: each look must be a fresh one.
        await tx.$executeRaw`SELECT pg_stat_clear_snapshot()`;
        const [row] = await tx.$queryRaw<{ waiting: number }[]>`
          SELECT count(*)::int AS waiting FROM pg_stat_activity
          WHERE datname = current_database() AND wait_event_type = 'Lock'`;
        if (row!.waiting >= deciders.length) break;
        if (Date.now() > deadline) throw new Error("the deciders never came to wait on the proposal's row");
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    },
    { timeout: 15_000 },
  );
  return running!;
}

describe("at the same moment", () => {
  it("two people deciding one proposal: exactly one wins, the other is told who decided", async () => {
    const world = await setup();
    const id = await submitted(world);
    const plh = await currentUser((await createUser({ role: "SECRETARY", unitId: world.province.id })).id);
    const results = await whileHeld(id, [
      () => approveProposal.execute(world.provincialSecretary, { id, version: "2" }),
      () => rejectProposal.execute(plh, { id, version: "2", reason: "Tidak memenuhi syarat." }),
    ]);
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    const loser = results.find((result) => !result.ok) as Extract<(typeof results)[number], { ok: false }>;
    const winner = results[0]!.ok ? world.provincialSecretary : plh;
    expect(loser).toMatchObject({
      code: "domain",
      reason: "appointments.errors.overtaken",
      params: { name: winner.displayName },
    });
    const decisions = await prisma.auditLog.count({
      where: { entityId: id, action: { in: ["appointment.approve", "appointment.reject"] } },
    });
    expect(decisions).toBe(1);
  });

  it("two proposals for one post drafted at once: the post's lock lets exactly one through", async () => {
    const world = await setup();
    const others = await Promise.all(
      [1, 2, 3].map(() => createOfficial(world.regencyA.id, { rank: "III_C" })),
    );
    const results = await Promise.all(
      others.map((official) =>
        saveProposalDraft.execute(world.secretaryA, {
          officialId: official.id,
          positionId: world.post.id,
          justification: JUSTIFICATION,
        }),
      ),
    );
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    const open = await prisma.appointmentProposal.count({ where: { positionId: world.post.id } });
    expect(open).toBe(1);
  });
});

describe("the queue: several at once", () => {
  it("decides each on its own: one refused does not hold back the others, and the summary names it", async () => {
    const world = await setup();
    const t = createTranslator({ locale: "id", messages: messagesFor("id") }) as unknown as Translate;
    const first = await submitted(world);
    const second = await submitted(world, {
      officialId: (await createOfficial(world.regencyA.id, { rank: "III_B" })).id,
      positionId: (await createPosition(world.regencyA.id)).id,
    });
    // Someone else decided the second meanwhile.
    await rejectProposal.execute(world.provincialSecretary, {
      id: second,
      version: "2",
      reason: "Formasi ditunda.",
    });
    const context = { user: world.provincialSecretary, t, revalidatePath: () => {} };
    const result = await decideEach(
      context,
      [
        { id: first, version: "2" },
        { id: second, version: "2" },
      ],
      "forward",
      "",
    );
    expect(result.ok).toBe(false);
    expect(result.message).toContain("1 dari 2 usulan diputuskan.");
    const secondName = (
      await prisma.official.findFirstOrThrow({ where: { proposals: { some: { id: second } } } })
    ).name;
    expect(result.message).toContain(secondName);
    expect(await stored(first)).toMatchObject({ status: "APPROVED" });
    expect(await stored(second)).toMatchObject({ status: "REJECTED" });
  });
});

describe("the queue", () => {
  it("decides several at once: one refused for a conflict holds back none of the others, and the summary says why", async () => {
    const world = await setup();
    const t = createTranslator({ locale: "id", messages: messagesFor("id") }) as unknown as Translate;
    const first = await submitted(world);
    const retiring = await createOfficial(world.regencyA.id, { rank: "III_B" });
    const second = await submitted(world, {
      officialId: retiring.id,
      positionId: (await createPosition(world.regencyA.id)).id,
    });
    const third = await submitted(world, {
      officialId: (await createOfficial(world.regencyA.id, { rank: "III_D" })).id,
      positionId: (await createPosition(world.regencyA.id)).id,
    });
    // The second official retired while the proposal waited.
    await prisma.official.update({ where: { id: retiring.id }, data: { status: "RETIRED" } });
    const result = await decideEach(
      { user: world.provincialSecretary, t, revalidatePath: () => {} },
      [first, second, third].map((id) => ({ id, version: "2" })),
      "forward",
      "",
    );
    expect(result.ok).toBe(false);
    expect(result.message).toContain("2 dari 3 usulan diputuskan.");
    expect(result.message).toContain(`${retiring.name}: Pegawai ini sudah tidak aktif`);
    expect((await stored(first)).status).toBe("APPROVED");
    expect((await stored(second)).status).toBe("SUBMITTED");
    expect((await stored(third)).status).toBe("APPROVED");
  });

  it("lists what waits for the user, oldest first, filtered by unit and post level, the holder beside the official", async () => {
    const world = await setup();
    const holder = await createOfficial(world.regencyA.id, { rank: "III_D" });
    await assignToPosition(holder.id, world.post);
    const a = await submitted(world);
    const executorPost = await createPosition(world.regencyA.id, { level: "EXECUTOR", kind: "EXECUTOR" });
    const aExecutor = await submitted(world, {
      officialId: (await createOfficial(world.regencyA.id, { rank: "II_C" })).id,
      positionId: executorPost.id,
    });
    const bDraft = await saveProposalDraft.execute(world.secretaryB, {
      officialId: (await createOfficial(world.regencyB.id, { rank: "III_C" })).id,
      positionId: (await createPosition(world.regencyB.id)).id,
      justification: JUSTIFICATION,
    });
    if (!bDraft.ok) throw new Error(JSON.stringify(bDraft));
    const b = bDraft.data.id;
    expect(await submitProposal.execute(world.secretaryB, { id: b, version: "1" })).toMatchObject({
      ok: true,
    });
    const submittedOn = {
      [b]: "2025-01-01T00:00:00Z",
      [a]: "2025-01-02T00:00:00Z",
      [aExecutor]: "2025-01-03T00:00:00Z",
    };
    for (const [id, at] of Object.entries(submittedOn))
      await prisma.appointmentProposal.update({ where: { id }, data: { submittedAt: new Date(at) } });

    const queue = await decisionQueue(world.provincialSecretary);
    expect(queue.rows.map((row) => row.id)).toEqual([b, a, aExecutor]);
    expect(queue.total).toBe(3);
    const first = queue.rows.find((row) => row.id === a)!;
    expect(first.position.assignments.map((row) => row.official.id)).toEqual([holder.id]);
    expect(first.official.id).toBe(world.official.id);
    expect(
      (await decisionQueue(world.provincialSecretary, { unitId: world.regencyA.id })).rows.map(
        (row) => row.id,
      ),
    ).toEqual([a, aExecutor]);
    expect(
      (await decisionQueue(world.provincialSecretary, { level: "EXECUTOR" })).rows.map((row) => row.id),
    ).toEqual([aExecutor]);
    // A unit outside the user's scope filters to nothing rather than widening it.
    expect(await decisionQueue(world.secretaryA, { unitId: world.regencyB.id })).toEqual({
      rows: [],
      total: 0,
    });
    // A page at a time, oldest first, each page with the count of all; a page past the end is empty but counted.
    const paged = async (page: number) => {
      const { rows, total } = await decisionQueue(world.provincialSecretary, {}, { page, pageSize: 2 });
      return { ids: rows.map((row) => row.id), total };
    };
    expect(await paged(1)).toEqual({ ids: [b, a], total: 3 });
    expect(await paged(2)).toEqual({ ids: [aExecutor], total: 3 });
    expect(await paged(3)).toEqual({ ids: [], total: 3 });
    expect(await countWaiting(world.provincialSecretary)).toBe(3);
    expect(await countWaiting(world.nationalSecretary)).toBe(0);
  });
});

describe("home pages and the official's record", () => {
  it("a regency's home lists its own open proposals; the province's shows the next ceremony; the record lists both", async () => {
    const world = await setup();
    const open = await submitted(world);
    const withdrawn = await draft(world, {
      officialId: (await createOfficial(world.regencyA.id, { rank: "III_B" })).id,
      positionId: (await createPosition(world.regencyA.id)).id,
    });
    expect(await withdrawProposal.execute(world.secretaryA, { id: withdrawn, version: "1" })).toMatchObject({
      ok: true,
    });
    expect((await listOpenProposalsOfUnit(world.secretaryA)).map((row) => row.id)).toEqual([open]);
    expect(await listOpenProposalsOfUnit(world.secretaryB)).toEqual([]);

    expect(
      await approveProposal.execute(world.provincialSecretary, { id: open, version: "2" }),
    ).toMatchObject({
      ok: true,
    });
    const planned = (title: string, scheduledAt: string) =>
      prisma.inauguration.create({
        data: { unitId: world.province.id, title, scheduledAt: new Date(scheduledAt), mode: "HYBRID" },
      });
    const later = await planned("Pelantikan kedua", "2099-06-02T01:00:00Z");
    const next = await planned("Pelantikan pertama", "2099-06-01T01:00:00Z");
    expect(await nextInauguration(world.provincialSecretary)).toMatchObject({ id: next.id });
    await prisma.inaugurationAppointee.create({ data: { inaugurationId: later.id, proposalId: open } });
    await prisma.appointmentProposal.update({ where: { id: open }, data: { inaugurationId: later.id } });

    expect(
      (await proposalsOfOfficial(world.provincialSecretary, world.official.id)).map((row) => row.id),
    ).toEqual([open]);
    expect(
      (await inaugurationsOfOfficial(world.secretaryA, world.official.id)).map((row) => row.inauguration.id),
    ).toEqual([]);
    expect(
      (await inaugurationsOfOfficial(world.provincialSecretary, world.official.id)).map(
        (row) => row.inauguration.id,
      ),
    ).toEqual([later.id]);
    expect(await proposalsOfOfficial(world.secretaryB, world.official.id)).toEqual([]);
  });
});

describe("Plh. Sekretaris", () => {
  it("a designated staff member decides in the secretary's place for the period, and the trail says so", async () => {
    const world = await setup();
    const staff = await createUser({ role: "STAFF", unitId: world.province.id });
    const before = await currentUser(staff.id);
    expect(before.role).toBe("STAFF");
    const today = new Date().toISOString().slice(0, 10);
    expect(
      await designateActing.execute(world.provincialSecretary, {
        userId: staff.id,
        kind: "PLH",
        startDate: "2020-01-01",
        endDate: "2099-12-31",
      }),
    ).toMatchObject({ ok: true });
    // Someone of another unit cannot be designated.
    expect(
      await designateActing.execute(world.provincialSecretary, {
        userId: world.secretaryA.id,
        kind: "PLH",
        startDate: today,
        endDate: today,
      }),
    ).toMatchObject({ ok: false, reason: "appointments.errors.actingOutsideUnit" });

    const plh = await currentUser(staff.id);
    expect(plh).toMatchObject({ role: "SECRETARY", acting: { kind: "PLH" } });
    const id = await submitted(world);
    expect(await approveProposal.execute(plh, { id, version: "2" })).toMatchObject({ ok: true });
    expect(await stored(id)).toMatchObject({ decidedById: staff.id, decidedAsActing: "PLH" });
    const trail = (await getProposal(world.provincialSecretary, id))!.trail;
    expect(trail.find((step) => step.step === "approve")).toMatchObject({ acting: "PLH" });
  });

  it("only staff or a viewer can be designated: an administrator or another secretary is refused", async () => {
    const world = await setup();
    for (const role of ["ADMINISTRATOR", "SECRETARY"] as const) {
      const other = await createUser({ role, unitId: world.province.id });
      expect(
        await designateActing.execute(world.provincialSecretary, {
          userId: other.id,
          kind: "PLT",
          startDate: "2020-01-01",
          endDate: "2099-12-31",
        }),
      ).toMatchObject({ ok: false, reason: "appointments.errors.actingNotStaff" });
      expect(await prisma.actingDesignation.count({ where: { userId: other.id } })).toBe(0);
    }
  });
});

export type { Prisma };

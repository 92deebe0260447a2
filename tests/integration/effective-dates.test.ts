/**
 * Effective dates (TMT): a move or an end of service dated later is scheduled, not done; posts are held by the
 * dates on their assignments; a scheduled change can be cancelled and takes effect on its day by itself.
 */
import { describe, expect, it } from "vitest";
import { defineMutation } from "@/lib/actions/mutation";
import { prisma } from "@/lib/db/client";
import { addDays, todayInZone } from "@/lib/dates/today";
import { applyDueChanges } from "@/lib/officials/due-changes";
import { appointToPost } from "@/lib/officials/move";
import { cancelChange, endService, moveOfficial } from "@/lib/officials/mutations";
import { loadPostures } from "@/lib/units/posture-queries";
import { abolishPosition, updatePosition } from "@/lib/units/mutations";
import { listPostsWithHolders } from "@/lib/units/queries";
import { isoDate } from "@/lib/validations/input";
import { recordId } from "@/lib/validations/input";
import { z } from "zod";
import {
  assignToPosition,
  createOfficial,
  createPosition,
  createProvinceWithRegencies,
  createUser,
  currentUser,
} from "./db-utils";

const ZONE = "Asia/Makassar";
const today = () => todayInZone(ZONE);
const tomorrow = () => addDays(today(), 1);
/** A month ahead: the TMT of a retirement decided today. */
const nextMonth = () => addDays(today(), 30);

async function setup() {
  const units = await createProvinceWithRegencies();
  const provincial = await currentUser((await createUser({ role: "STAFF", unitId: units.province.id })).id);
  const secretaryB = await currentUser(
    (await createUser({ role: "SECRETARY", unitId: units.regencyB.id })).id,
  );
  return { ...units, provincial, secretaryB };
}

/** Who holds each of the unit's posts on `day`, by post id. */
async function holdersOn(unitId: string, day: Date) {
  const posts = await listPostsWithHolders(unitId, day);
  return new Map(posts.map((post) => [post.id, post.assignments.map((a) => a.official.id)]));
}

function moveInput(
  official: { id: string; version: number },
  to: { unitId: string; positionId?: string },
  startDate: Date,
) {
  return {
    id: official.id,
    version: String(official.version),
    unitId: to.unitId,
    positionId: to.positionId,
    startDate: isoDate(startDate),
    decreeNumber: to.positionId ? "800/123/KPU-Prov-015/2026" : undefined,
    decreeDate: to.positionId ? isoDate(today()) : undefined,
  };
}

function pendingChangesOf(officialId: string) {
  return prisma.officialChange.findMany({ where: { officialId, appliedAt: null, cancelledAt: null } });
}

describe("a move dated tomorrow", () => {
  it("leaves today's posts and unit as they are, and shows as scheduled", async () => {
    const { regencyA, regencyB, provincial } = await setup();
    const official = await createOfficial(regencyA.id);
    const oldPost = await createPosition(regencyA.id);
    await assignToPosition(official.id, oldPost);
    const newPost = await createPosition(regencyB.id);

    const result = await moveOfficial.execute(
      provincial,
      moveInput(official, { unitId: regencyB.id, positionId: newPost.id }, tomorrow()),
    );
    expect(result.ok).toBe(true);

    // Today nothing has moved: same unit, same version, the old post held, the new one vacant.
    expect(await prisma.official.findUniqueOrThrow({ where: { id: official.id } })).toMatchObject({
      unitId: regencyA.id,
      status: "ACTIVE",
      version: 1,
    });
    expect((await holdersOn(regencyA.id, today())).get(oldPost.id)).toEqual([official.id]);
    expect((await holdersOn(regencyB.id, today())).get(newPost.id)).toEqual([]);
    // Tomorrow the posts have changed hands by their own dates.
    expect((await holdersOn(regencyA.id, tomorrow())).get(oldPost.id)).toEqual([]);
    expect((await holdersOn(regencyB.id, tomorrow())).get(newPost.id)).toEqual([official.id]);

    const [pending] = await pendingChangesOf(official.id);
    expect(pending).toMatchObject({ kind: "MOVE", toUnitId: regencyB.id, effectiveDate: tomorrow() });
    const entries = await prisma.auditLog.findMany({
      where: { entityId: official.id },
      orderBy: { id: "asc" },
    });
    expect(entries.map((entry) => entry.unitId)).toEqual([regencyA.id, regencyB.id]);
    expect(entries[0]?.after).toMatchObject({ unitId: regencyA.id, scheduled: true, changeId: pending?.id });
  });

  it("takes effect on its day, in the unit's zone, by the first request that day", async () => {
    const { regencyA, regencyB, provincial } = await setup();
    const official = await createOfficial(regencyA.id);
    await moveOfficial.execute(provincial, moveInput(official, { unitId: regencyB.id }, tomorrow()));

    // 23:30 WITA today: still today in the unit, though already tomorrow further east.
    const lateTonight = new Date(tomorrow().getTime() - 30 * 60 * 1000 - 8 * 60 * 60 * 1000);
    await applyDueChanges(prisma, lateTonight);
    expect((await prisma.official.findUniqueOrThrow({ where: { id: official.id } })).unitId).toBe(
      regencyA.id,
    );

    // 00:30 WITA tomorrow, which is still today in UTC.
    const pastMidnight = new Date(tomorrow().getTime() + 30 * 60 * 1000 - 8 * 60 * 60 * 1000);
    expect(isoDate(pastMidnight)).toBe(isoDate(today()));
    await applyDueChanges(prisma, pastMidnight);
    expect(await prisma.official.findUniqueOrThrow({ where: { id: official.id } })).toMatchObject({
      unitId: regencyB.id,
      version: 2,
    });
    expect(await pendingChangesOf(official.id)).toEqual([]);
    const applied = await prisma.auditLog.findMany({
      where: { entityId: official.id, action: "official.applyChange" },
      orderBy: { id: "asc" },
    });
    expect(applied.map((entry) => entry.unitId)).toEqual([regencyA.id, regencyB.id]);
    expect(applied[0]).toMatchObject({ actorId: provincial.id, before: { unitId: regencyA.id } });

    // Applying again changes nothing.
    await applyDueChanges(prisma, pastMidnight);
    expect((await prisma.official.findUniqueOrThrow({ where: { id: official.id } })).version).toBe(2);
  });
});

describe("a retirement dated next month", () => {
  it("keeps the official active and in post until then, scheduled, and retires them on the day", async () => {
    const { regencyA, provincial } = await setup();
    const official = await createOfficial(regencyA.id);
    const post = await createPosition(regencyA.id);
    const held = await assignToPosition(official.id, post);

    const result = await endService.execute(provincial, {
      id: official.id,
      version: "1",
      status: "RETIRED",
      effectiveDate: isoDate(nextMonth()),
    });
    expect(result.ok).toBe(true);
    expect(await prisma.official.findUniqueOrThrow({ where: { id: official.id } })).toMatchObject({
      status: "ACTIVE",
      version: 1,
    });
    expect(await prisma.assignment.findUniqueOrThrow({ where: { id: held.id } })).toMatchObject({
      endDate: addDays(nextMonth(), -1),
      endReason: "RETIRED",
    });
    expect((await holdersOn(regencyA.id, today())).get(post.id)).toEqual([official.id]);
    expect((await holdersOn(regencyA.id, nextMonth())).get(post.id)).toEqual([]);
    const [pending] = await pendingChangesOf(official.id);
    expect(pending).toMatchObject({ kind: "SERVICE_END", status: "RETIRED", effectiveDate: nextMonth() });
    const [entry] = await prisma.auditLog.findMany({ where: { entityId: official.id } });
    expect(entry).toMatchObject({ action: "official.retire" });
    expect(entry?.after).toMatchObject({ status: "ACTIVE", scheduled: true, scheduledStatus: "RETIRED" });

    // The posture counts them until the day.
    const [before] = await loadPostures(prisma, [regencyA.id], today());
    const [after] = await loadPostures(prisma, [regencyA.id], nextMonth());
    expect(before?.posture.structural.filled).toBe(1);
    expect(after?.posture.structural.filled).toBe(0);

    await applyDueChanges(prisma, new Date(nextMonth().getTime() + 60 * 60 * 1000));
    expect(await prisma.official.findUniqueOrThrow({ where: { id: official.id } })).toMatchObject({
      status: "RETIRED",
      version: 2,
    });
  });

  it("refuses a second change while one is scheduled", async () => {
    const { regencyA, regencyB, provincial } = await setup();
    const official = await createOfficial(regencyA.id);
    await endService.execute(provincial, {
      id: official.id,
      version: 1,
      status: "RETIRED",
      effectiveDate: isoDate(nextMonth()),
    });
    expect(
      await moveOfficial.execute(provincial, moveInput(official, { unitId: regencyB.id }, tomorrow())),
    ).toMatchObject({ ok: false, reason: "officialChanges.errors.changePending" });
    expect(
      await endService.execute(provincial, {
        id: official.id,
        version: 1,
        status: "INACTIVE",
        effectiveDate: isoDate(tomorrow()),
      }),
    ).toMatchObject({ ok: false, reason: "officialChanges.errors.changePending" });
  });
});

describe("cancelling a scheduled change", () => {
  it("gives a scheduled retirement's posts back and leaves the official as they were", async () => {
    const { regencyA, provincial } = await setup();
    const official = await createOfficial(regencyA.id);
    const held = await assignToPosition(official.id, await createPosition(regencyA.id));
    await endService.execute(provincial, {
      id: official.id,
      version: 1,
      status: "RETIRED",
      effectiveDate: isoDate(nextMonth()),
    });
    const [pending] = await pendingChangesOf(official.id);

    expect(await cancelChange.execute(provincial, { id: pending!.id })).toEqual({
      ok: true,
      data: { id: official.id },
    });
    expect(await prisma.assignment.findUniqueOrThrow({ where: { id: held.id } })).toMatchObject({
      endDate: null,
      endReason: null,
    });
    expect(await prisma.officialChange.findUniqueOrThrow({ where: { id: pending!.id } })).toMatchObject({
      cancelledById: provincial.id,
      appliedAt: null,
    });
    expect(await prisma.official.findUniqueOrThrow({ where: { id: official.id } })).toMatchObject({
      status: "ACTIVE",
      version: 1,
    });
    const cancelled = await prisma.auditLog.findFirst({
      where: { entityId: official.id, action: "official.cancelChange" },
    });
    expect(cancelled?.after).toMatchObject({
      change: { id: pending!.id },
      restoredAssignments: [{ id: held.id }],
    });

    // Nothing left to apply on the day, nor to cancel twice.
    await applyDueChanges(prisma, new Date(nextMonth().getTime() + 60 * 60 * 1000));
    expect((await prisma.official.findUniqueOrThrow({ where: { id: official.id } })).status).toBe("ACTIVE");
    expect(await cancelChange.execute(provincial, { id: pending!.id })).toMatchObject({
      ok: false,
      reason: "officialChanges.errors.notPending",
    });
  });

  it("removes a scheduled move's new post and keeps the old one going", async () => {
    const { regencyA, regencyB, provincial } = await setup();
    const official = await createOfficial(regencyA.id);
    const oldPost = await createPosition(regencyA.id);
    const held = await assignToPosition(official.id, oldPost);
    const newPost = await createPosition(regencyB.id);
    await moveOfficial.execute(
      provincial,
      moveInput(official, { unitId: regencyB.id, positionId: newPost.id }, tomorrow()),
    );
    const [pending] = await pendingChangesOf(official.id);

    expect((await cancelChange.execute(provincial, { id: pending!.id })).ok).toBe(true);
    expect(await prisma.assignment.findMany({ where: { positionId: newPost.id } })).toEqual([]);
    expect(await prisma.assignment.findUniqueOrThrow({ where: { id: held.id } })).toMatchObject({
      endDate: null,
    });
    expect((await holdersOn(regencyA.id, tomorrow())).get(oldPost.id)).toEqual([official.id]);
    // The destination's audit trail shows the cancellation too.
    const entries = await prisma.auditLog.findMany({
      where: { entityId: official.id, action: "official.cancelChange" },
    });
    expect(entries.map((entry) => entry.unitId).sort()).toEqual([regencyA.id, regencyB.id].sort());
  });

  it("is refused outside the user's scope, and once the change is in force", async () => {
    const { regencyA, provincial, secretaryB } = await setup();
    const official = await createOfficial(regencyA.id);
    await endService.execute(provincial, {
      id: official.id,
      version: 1,
      status: "RETIRED",
      effectiveDate: isoDate(nextMonth()),
    });
    const [pending] = await pendingChangesOf(official.id);
    expect(await cancelChange.execute(secretaryB, { id: pending!.id })).toEqual({
      ok: false,
      code: "notFound",
    });
    expect(await cancelChange.execute(provincial, { id: "no-such-change" })).toEqual({
      ok: false,
      code: "notFound",
    });

    // Its day has come, though no request has applied it yet: it is in force, not cancellable.
    await prisma.officialChange.update({ where: { id: pending!.id }, data: { effectiveDate: today() } });
    expect(await cancelChange.execute(provincial, { id: pending!.id })).toMatchObject({
      ok: false,
      reason: "officialChanges.errors.alreadyInForce",
    });
  });
});

describe("a post's quota with dated changes", () => {
  it("lets a successor in from the day the holder leaves, never before, and only one", async () => {
    const { regencyA, provincial } = await setup();
    const post = await createPosition(regencyA.id, { quota: 1 });
    const holder = await createOfficial(regencyA.id);
    await assignToPosition(holder.id, post);
    const [first, second, early] = await Promise.all([1, 2, 3].map(() => createOfficial(regencyA.id)));

    // Taking the post tomorrow while its holder stays: full.
    expect(
      await moveOfficial.execute(
        provincial,
        moveInput(early!, { unitId: regencyA.id, positionId: post.id }, tomorrow()),
      ),
    ).toMatchObject({ ok: false, reason: "officialRecord.errors.positionFull" });

    await endService.execute(provincial, {
      id: holder.id,
      version: 1,
      status: "RETIRED",
      effectiveDate: isoDate(nextMonth()),
    });
    // From the retirement's TMT the post is free: one successor may be scheduled into it.
    const successor = await moveOfficial.execute(
      provincial,
      moveInput(first!, { unitId: regencyA.id, positionId: post.id }, nextMonth()),
    );
    expect(successor.ok).toBe(true);
    // A second, from a later day, would overlap the first successor.
    expect(
      await moveOfficial.execute(
        provincial,
        moveInput(second!, { unitId: regencyA.id, positionId: post.id }, addDays(nextMonth(), 14)),
      ),
    ).toMatchObject({ ok: false, reason: "officialRecord.errors.positionFull" });
    // Tomorrow the holder still has it; next month the successor.
    expect((await holdersOn(regencyA.id, tomorrow())).get(post.id)).toEqual([holder.id]);
    expect((await holdersOn(regencyA.id, nextMonth())).get(post.id)).toEqual([first!.id]);

    // The holder's retirement can no longer be cancelled: the successor has the post from that day.
    const [retirement] = await pendingChangesOf(holder.id);
    expect(await cancelChange.execute(provincial, { id: retirement!.id })).toMatchObject({
      ok: false,
      reason: "officialChanges.errors.postTaken",
    });
  });

  it("refuses taking a vacant post now when someone is already scheduled into it later", async () => {
    const { regencyA, provincial } = await setup();
    const post = await createPosition(regencyA.id, { quota: 1 });
    const [scheduled, now] = await Promise.all([createOfficial(regencyA.id), createOfficial(regencyA.id)]);
    await moveOfficial.execute(
      provincial,
      moveInput(scheduled, { unitId: regencyA.id, positionId: post.id }, nextMonth()),
    );
    const result = await moveOfficial.execute(
      provincial,
      moveInput(now, { unitId: regencyA.id, positionId: post.id }, today()),
    );
    expect(result).toMatchObject({
      ok: false,
      reason: "officialChanges.errors.positionFullFrom",
      params: { date: isoDate(nextMonth()) },
    });
  });
});

describe("a post with someone scheduled into it", () => {
  it("is not abolished, nor its quota cut below the holders it will have", async () => {
    const { regencyA, provincial } = await setup();
    const post = await createPosition(regencyA.id, { kind: "EXECUTOR", level: "EXECUTOR", quota: 2 });
    // One holder leaves at the end of the month; two others are scheduled in later, one after the other.
    const leaving = await createOfficial(regencyA.id);
    await assignToPosition(leaving.id, post, { endDate: addDays(nextMonth(), -1) });
    const [a, b] = await Promise.all([createOfficial(regencyA.id), createOfficial(regencyA.id)]);
    await assignToPosition(a.id, post, { startDate: tomorrow() });
    await assignToPosition(b.id, post, { startDate: nextMonth() });
    const update = {
      id: post.id,
      version: 1,
      title: post.title,
      kind: "EXECUTOR",
      level: "EXECUTOR",
      quota: 1,
    };

    // Today one holds it, but from tomorrow two do at once.
    expect(await updatePosition.execute(provincial, update)).toMatchObject({
      reason: "units.errors.quotaBelowHolders",
      params: { holders: 2 },
    });
    const empty = await createPosition(regencyA.id);
    await assignToPosition((await createOfficial(regencyA.id)).id, empty, { startDate: nextMonth() });
    expect(await abolishPosition.execute(provincial, { id: empty.id, version: 1 })).toMatchObject({
      reason: "units.errors.positionHeld",
    });
  });
});

describe("appointToPost, for inaugurations", () => {
  const appoint = defineMutation({
    action: "official.manage",
    schema: z.object({ officialId: recordId, positionId: recordId, startDate: z.date() }),
    async run(context) {
      const result = await appointToPost(context, {
        ...context.input,
        decreeNumber: "800/45/KPU-Prov-015/2026",
        decreeDate: context.input.startDate,
        endReason: "Digantikan",
      });
      await context.audit({
        action: "official.move",
        entityType: "Official",
        entityId: result.before.id,
        unitId: result.before.unitId,
        after: result.after,
      });
      return result;
    },
  });

  it("ends the holder's assignment the day before and the appointee's own post, on the ceremony's date", async () => {
    const { regencyA, regencyB, provincial } = await setup();
    const post = await createPosition(regencyB.id, { quota: 1 });
    const holder = await createOfficial(regencyB.id);
    const held = await assignToPosition(holder.id, post);
    const appointee = await createOfficial(regencyA.id);
    const ownPost = await assignToPosition(appointee.id, await createPosition(regencyA.id));

    const result = await appoint.execute(provincial, {
      officialId: appointee.id,
      positionId: post.id,
      startDate: today(),
    });
    expect(result.ok).toBe(true);
    const yesterday = addDays(today(), -1);
    expect(await prisma.assignment.findUniqueOrThrow({ where: { id: held.id } })).toMatchObject({
      endDate: yesterday,
      endReason: "Digantikan",
    });
    expect(await prisma.assignment.findUniqueOrThrow({ where: { id: ownPost.id } })).toMatchObject({
      endDate: yesterday,
    });
    expect((await holdersOn(regencyB.id, today())).get(post.id)).toEqual([appointee.id]);
    expect((await prisma.official.findUniqueOrThrow({ where: { id: appointee.id } })).unitId).toBe(
      regencyB.id,
    );
  });
});

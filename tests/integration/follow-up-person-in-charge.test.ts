/**
 * Every follow-up has a person in charge (penanggung jawab) from the moment it exists: the responsible unit's head
 * (the holder of its unit-level structural post, its Sekretaris, on the unit's own today), whether it comes from an
 * accepted report or an event's outcome, and the new unit's head when the level above takes it over. A vacant head
 * post leaves it empty, for the unit to name one. The person, where they have an account, is told.
 */
import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { addOutcome, outcomeToFollowUps } from "@/lib/events/outcome-mutations";
import { saveEvent } from "@/lib/events/event-mutations";
import { followUpTransitions } from "@/lib/follow-ups/follow-up-mutations";
import { acceptReport, addFinding, saveReportDraft, submitReport } from "@/lib/supervision/report-mutations";
import { planVisit } from "@/lib/supervision/visit-mutations";
import { unitHead, unitHeads } from "@/lib/units/unit-heads";
import {
  assignToPosition,
  createOfficial,
  createPosition,
  createSection,
  createUnit,
  createUser,
} from "./db-utils";
import { setting } from "./supervision-world";

function ok<T>(result: { ok: boolean; data?: T } & Record<string, unknown>): T {
  expect(result).toMatchObject({ ok: true });
  return result.data as T;
}

/** The unit's head post (structural, outside every section) held by a new official from `startDate`. */
async function appointHead(unitId: string, startDate = new Date("2024-01-02"), endDate: Date | null = null) {
  const post = await createPosition(unitId, { title: "Sekretaris", level: "ADMINISTRATOR" });
  const head = await createOfficial(unitId);
  await assignToPosition(head.id, post, { startDate, endDate });
  return { post, head };
}

/** A one-day FINANCE visit the province plans to `hostUnitId`, with the regency's report drafted; its id. */
async function draftedReport(
  users: Awaited<ReturnType<typeof setting>>["users"],
  hostUnitId: string,
  leadId: string,
) {
  const { id: visitId } = ok(
    await planVisit.execute(users.sekprov, {
      hostUnitId,
      title: "Supervisi",
      startDate: "2026-01-19",
      endDate: "2026-01-19",
      teamIds: [leadId],
      areas: ["FINANCE"],
    }),
  );
  ok(await saveReportDraft.execute(users.sekkab, { visitId, summary: "Ringkasan" }));
  return visitId;
}

async function notesTo(userId: string, followUpId: string) {
  return prisma.notification.findMany({ where: { userId, followUpId }, select: { kind: true } });
}

describe("the unit's head", () => {
  it("is the holder of the unit-level structural post on the unit's own day, and nobody while it is vacant", async () => {
    const unit = await createUnit();
    // A Kasubbag's post is structural but in a section: not the head.
    const section = await createSection(unit.id);
    const kasubbag = await createPosition(unit.id, { sectionId: section.id });
    await assignToPosition((await createOfficial(unit.id)).id, kasubbag);
    expect(await unitHead(prisma, unit.id)).toBeNull();

    // The head post, held until yesterday by one, then by another from 11 May 2026 (WITA).
    const post = await createPosition(unit.id, { title: "Sekretaris", level: "ADMINISTRATOR" });
    const before = await createOfficial(unit.id);
    const next = await createOfficial(unit.id);
    await assignToPosition(before.id, post, { endDate: new Date("2026-05-10") });
    await assignToPosition(next.id, post, { startDate: new Date("2026-05-11") });
    // 10 May 23:30 WITA: still the predecessor's last day; 11 May 00:30 WITA: the successor's first.
    expect(await unitHead(prisma, unit.id, new Date("2026-05-10T15:30:00Z"))).toBe(before.id);
    expect(await unitHead(prisma, unit.id, new Date("2026-05-10T16:30:00Z"))).toBe(next.id);

    // Read together with a unit in WIB, where 16:30 UTC is still 10 May: each by its own calendar.
    const west = await createUnit({ timeZone: "Asia/Jakarta" });
    const westPost = await createPosition(west.id, { title: "Sekretaris", level: "ADMINISTRATOR" });
    const westHead = await createOfficial(west.id);
    await assignToPosition(westHead.id, westPost, { startDate: new Date("2026-05-11") });
    const heads = await unitHeads(prisma, [unit.id, west.id], new Date("2026-05-10T16:30:00Z"));
    expect(heads.get(unit.id)).toBe(next.id);
    expect(heads.has(west.id)).toBe(false);
    expect((await unitHeads(prisma, [west.id], new Date("2026-05-10T17:30:00Z"))).get(west.id)).toBe(
      westHead.id,
    );

    // A head on leave, or a post abolished, leaves the unit without one.
    await prisma.official.update({ where: { id: next.id }, data: { status: "ON_LEAVE" } });
    expect(await unitHead(prisma, unit.id, new Date("2026-06-01T02:00:00Z"))).toBeNull();
    await prisma.official.update({ where: { id: next.id }, data: { status: "ACTIVE" } });
    await prisma.position.update({ where: { id: post.id }, data: { abolishedAt: new Date() } });
    expect(await unitHead(prisma, unit.id, new Date("2026-06-01T02:00:00Z"))).toBeNull();
  });
});

describe("the person in charge of a new follow-up", () => {
  it("is the visited unit's head for a finding and the province's head for a request, each told", async () => {
    const { users, regencyA, province, lead } = await setting();
    const { head: regencyHead } = await appointHead(regencyA.id);
    const { head: provinceHead } = await appointHead(province.id);
    const regencyHeadAccount = await createUser({
      role: "SECRETARY",
      unitId: regencyA.id,
      officialId: regencyHead.id,
    });
    const provinceHeadAccount = await createUser({
      role: "STAFF",
      unitId: province.id,
      officialId: provinceHead.id,
    });
    const visitId = await draftedReport(users, regencyA.id, lead.id);
    let report = await prisma.supervisionReport.findUniqueOrThrow({ where: { visitId } });
    for (const kind of ["FINDING", "REQUEST"])
      ok(
        await addFinding.execute(users.sekkab, {
          reportId: report.id,
          kind,
          area: "FINANCE",
          severity: "HIGH",
          description: `${kind} uji`,
        }),
      );
    ok(await submitReport.execute(users.sekkab, { id: report.id, version: report.version }));
    report = await prisma.supervisionReport.findUniqueOrThrow({ where: { visitId } });
    ok(await acceptReport.execute(users.sekprov, { id: report.id, version: report.version }));

    const [finding, request] = await prisma.followUp.findMany({
      where: { finding: { reportId: report.id } },
      orderBy: { finding: { sortOrder: "asc" } },
    });
    expect([finding!.ownerOfficialId, request!.ownerOfficialId]).toEqual([regencyHead.id, provinceHead.id]);
    const created = await prisma.auditLog.findFirstOrThrow({
      where: { entityType: "FollowUp", entityId: finding!.id, action: "followUp.create" },
    });
    expect(created.after).toMatchObject({ ownerOfficialId: regencyHead.id });
    // Each head is told once of their own, written with the acceptance; not of the other unit's.
    expect(await notesTo(regencyHeadAccount.id, finding!.id)).toEqual([{ kind: "FOLLOW_UP_ASSIGNED" }]);
    expect(await notesTo(provinceHeadAccount.id, request!.id)).toEqual([{ kind: "FOLLOW_UP_ASSIGNED" }]);
    expect(await notesTo(regencyHeadAccount.id, request!.id)).toEqual([]);
  });

  it("is the official a finding names, while still serving at the unit; a request names nobody", async () => {
    const { users, regencyA, regencyB, lead } = await setting();
    const { head } = await appointHead(regencyA.id);
    const named = await createOfficial(regencyA.id);
    const leaving = await createOfficial(regencyA.id);
    const namedAccount = await createUser({ role: "STAFF", unitId: regencyA.id, officialId: named.id });
    const visitId = await draftedReport(users, regencyA.id, lead.id);
    let report = await prisma.supervisionReport.findUniqueOrThrow({ where: { visitId } });
    const finding = (ownerOfficialId: string, kind = "FINDING") =>
      addFinding.execute(users.sekkab, {
        reportId: report.id,
        kind,
        area: "FINANCE",
        severity: "MEDIUM",
        description: `Temuan ${kind}`,
        ownerOfficialId,
      });
    // Refused, writing nothing: a request's person in charge, an official of another unit.
    expect(await finding(named.id, "REQUEST")).toMatchObject({
      ok: false,
      reason: "supervision.errors.requestOwner",
      field: "ownerOfficialId",
    });
    expect(await finding((await createOfficial(regencyB.id)).id)).toMatchObject({
      ok: false,
      reason: "followUps.errors.ownerNotInUnit",
      field: "ownerOfficialId",
    });
    expect(await prisma.finding.count({ where: { reportId: report.id } })).toBe(0);
    ok(await finding(named.id));
    ok(await finding(leaving.id));
    // The second named official leaves the unit before the report is accepted: their finding falls to the head.
    await prisma.official.update({ where: { id: leaving.id }, data: { status: "TRANSFERRED_OUT" } });
    ok(await submitReport.execute(users.sekkab, { id: report.id, version: report.version }));
    report = await prisma.supervisionReport.findUniqueOrThrow({ where: { visitId } });
    ok(await acceptReport.execute(users.sekprov, { id: report.id, version: report.version }));
    const followUps = await prisma.followUp.findMany({
      where: { finding: { reportId: report.id } },
      orderBy: { finding: { sortOrder: "asc" } },
    });
    expect(followUps.map((row) => row.ownerOfficialId)).toEqual([named.id, head.id]);
    expect(await notesTo(namedAccount.id, followUps[0]!.id)).toEqual([{ kind: "FOLLOW_UP_ASSIGNED" }]);
  });

  it("is each participating unit's head for an event outcome carried out level by level, nobody where it is vacant", async () => {
    const { users, regencyA, regencyB } = await setting();
    const { head } = await appointHead(regencyA.id);
    // Regency B's head post exists but its holder left last year: vacant.
    await appointHead(regencyB.id, new Date("2020-01-02"), new Date("2025-12-31"));
    const { id } = ok<{ id: string }>(
      await saveEvent.execute(users.sekprov, {
        title: "Rakor Kesiapan Dukungan Sekretariat",
        kind: "COORDINATION_MEETING",
        mode: "ONSITE",
        date: "2026-03-14",
        time: "09:00",
        location: "Aula KPU Provinsi",
        allBelow: "on",
      }),
    );
    ok(
      await addOutcome.execute(users.sekprov, {
        id,
        kind: "DECISION",
        description: "Evaluasi SPIP",
        cascade: "on",
      }),
    );
    const outcome = await prisma.eventOutcome.findFirstOrThrow({ where: { eventId: id } });
    ok(await outcomeToFollowUps.execute(users.sekprov, { id, outcomeId: outcome.id, dueDate: "2026-04-30" }));
    const owners = new Map(
      (await prisma.followUp.findMany({ where: { outcomeId: outcome.id } })).map((row) => [
        row.unitId,
        row.ownerOfficialId,
      ]),
    );
    expect(Object.fromEntries(owners)).toEqual({ [regencyA.id]: head.id, [regencyB.id]: null });
  });
});

describe("taking over an escalated follow-up", () => {
  it("makes the new unit's head the person in charge and tells them; a vacant head post leaves nobody", async () => {
    const { users, regencyA, province } = await setting();
    const { head: regencyHead } = await appointHead(regencyA.id);
    const { head: provinceHead } = await appointHead(province.id);
    const provinceHeadAccount = await createUser({
      role: "STAFF",
      unitId: province.id,
      officialId: provinceHead.id,
    });
    const escalated = async () => {
      const row = await prisma.followUp.create({
        data: {
          unitId: regencyA.id,
          source: "FINDING",
          title: "Pemenuhan formasi ASN",
          dueDate: new Date("2026-03-01"),
          ownerOfficialId: regencyHead.id,
        },
      });
      ok(
        await followUpTransitions.escalate.execute(users.sekkab, {
          id: row.id,
          version: 1,
          reason: "Di luar kewenangan",
        }),
      );
      return prisma.followUp.findUniqueOrThrow({ where: { id: row.id } });
    };

    const first = await escalated();
    ok(await followUpTransitions.takeOver.execute(users.sekprov, { id: first.id, version: first.version }));
    const taken = await prisma.followUp.findUniqueOrThrow({ where: { id: first.id } });
    expect(taken).toMatchObject({
      unitId: province.id,
      ownerOfficialId: provinceHead.id,
      status: "IN_PROGRESS",
    });
    const step = await prisma.auditLog.findFirstOrThrow({
      where: { entityType: "FollowUp", entityId: first.id, action: "followUp.takeOver" },
    });
    expect(step.before).toMatchObject({ ownerOfficialId: regencyHead.id });
    expect(step.after).toMatchObject({ ownerOfficialId: provinceHead.id });
    expect(await notesTo(provinceHeadAccount.id, first.id)).toEqual(
      expect.arrayContaining([{ kind: "FOLLOW_UP_ASSIGNED" }]),
    );

    // The province's head post falls vacant: taken over, it answers to nobody yet (not the regency's secretary).
    await prisma.assignment.updateMany({
      where: { officialId: provinceHead.id },
      data: { endDate: new Date("2025-12-31") },
    });
    const second = await escalated();
    const notes = await prisma.notification.count({ where: { followUpId: second.id } });
    ok(await followUpTransitions.takeOver.execute(users.sekprov, { id: second.id, version: second.version }));
    expect(await prisma.followUp.findUniqueOrThrow({ where: { id: second.id } })).toMatchObject({
      unitId: province.id,
      ownerOfficialId: null,
    });
    expect(await prisma.notification.count({ where: { followUpId: second.id } })).toBe(notes);
  });
});

import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { followUpTransitions, assignFollowUp } from "@/lib/follow-ups/follow-up-mutations";
import { surfacedAtWhere, unitsBelow } from "@/lib/follow-ups/overdue-where";
import { markNotificationsRead } from "@/lib/notifications/notification-mutations";
import {
  acceptReport,
  addFinding,
  returnReport,
  saveReportDraft,
  submitReport,
} from "@/lib/supervision/report-mutations";
import { planVisit } from "@/lib/supervision/visit-mutations";
import { createOfficial } from "./db-utils";
import { setting } from "./supervision-world";

function ok<T>(result: { ok: boolean; data?: T } & Record<string, unknown>): T {
  expect(result).toMatchObject({ ok: true });
  return result.data as T;
}

async function reportVersion(visitId: string) {
  return prisma.supervisionReport.findUniqueOrThrow({ where: { visitId } });
}

async function followUp(id: string) {
  return prisma.followUp.findUniqueOrThrow({ where: { id } });
}

/** A visit planned, its report filed with a finding and a request, and accepted. */
async function acceptedReport() {
  const world = await setting();
  const { users, regencyA, lead } = world;
  const { id: visitId } = ok(
    await planVisit.execute(users.sekprov, {
      hostUnitId: regencyA.id,
      title: "Supervisi dan evaluasi",
      startDate: "2026-01-19",
      endDate: "2026-01-19",
      teamIds: [lead.id],
      areas: ["STAFFING", "FINANCE"],
      checklist_STAFFING: "Struktur organisasi\nKuota ASN",
      checklist_FINANCE: "Realisasi anggaran",
    }),
  );
  ok(
    await saveReportDraft.execute(users.sekkab, { visitId, summary: "Ringkasan", area_STAFFING: "Lengkap" }),
  );
  const report = await reportVersion(visitId);
  ok(
    await addFinding.execute(users.sekkab, {
      reportId: report.id,
      kind: "FINDING",
      area: "FINANCE",
      severity: "HIGH",
      description: "SPJ belum lengkap",
      recommendation: "Lengkapi SPJ",
    }),
  );
  ok(
    await addFinding.execute(users.sekkab, {
      reportId: report.id,
      kind: "REQUEST",
      area: "STAFFING",
      severity: "MEDIUM",
      description: "Tenaga pendukung kurang",
    }),
  );
  ok(await submitReport.execute(users.sekkab, { id: report.id, version: report.version }));
  const submitted = await reportVersion(visitId);
  ok(await acceptReport.execute(users.sekprov, { id: submitted.id, version: submitted.version }));
  const followUps = await prisma.followUp.findMany({
    where: { finding: { reportId: report.id } },
    orderBy: { createdAt: "asc" },
  });
  return { ...world, visitId, reportId: report.id, followUps };
}

describe("supervision report review cycle", () => {
  it("submits, returns with comments per section, resubmits and accepts, keeping every round", async () => {
    const { users, regencyA, lead, section } = await setting();
    const { id: visitId } = ok(
      await planVisit.execute(users.sekprov, {
        hostUnitId: regencyA.id,
        title: "Supervisi",
        startDate: "2026-01-19",
        endDate: "2026-01-20",
        teamIds: [lead.id],
        areas: ["STAFFING"],
        checklist_STAFFING: "Struktur",
      }),
    );
    expect(
      await prisma.notification.count({ where: { userId: users.sekkab.id, kind: "VISIT_PLANNED" } }),
    ).toBe(1);
    // Only the visited unit files; the other regency cannot even see it.
    expect(await saveReportDraft.execute(users.other, { visitId, summary: "x" })).toMatchObject({
      ok: false,
      code: "notFound",
    });
    ok(await saveReportDraft.execute(users.sekkab, { visitId, summary: "Laporan awal" }));
    let report = await reportVersion(visitId);
    ok(await submitReport.execute(users.sekkab, { id: report.id, version: report.version }));
    report = await reportVersion(visitId);
    const frozen = report.staffingSnapshot as { asn: { staff: number; quota: number } };
    expect(frozen.asn.quota).toBe(3);

    // The register changes after submission: the frozen posture does not.
    await createOfficial(regencyA.id, { sectionId: section.id });
    await prisma.section.update({ where: { id: section.id }, data: { staffQuota: 9 } });

    // The regency cannot review its own report.
    expect(
      await acceptReport.execute(users.sekkab, { id: report.id, version: report.version }),
    ).toMatchObject({
      ok: false,
    });
    expect(
      await returnReport.execute(users.sekprov, { id: report.id, version: report.version }),
    ).toMatchObject({ ok: false, code: "validation" });
    ok(
      await returnReport.execute(users.sekprov, {
        id: report.id,
        version: report.version,
        comment_summary: "Lengkapi ringkasan",
        comment_STAFFING: "Sebutkan jumlah tenaga pendukung",
      }),
    );
    expect(
      await prisma.notification.count({ where: { userId: users.sekkab.id, kind: "REPORT_RETURNED" } }),
    ).toBe(1);
    report = await reportVersion(visitId);
    expect(report.status).toBe("RETURNED");
    expect((report.staffingSnapshot as typeof frozen).asn).toEqual(frozen.asn);

    ok(
      await saveReportDraft.execute(users.sekkab, {
        visitId,
        version: report.version,
        summary: "Laporan diperbaiki",
      }),
    );
    report = await reportVersion(visitId);
    ok(await submitReport.execute(users.sekkab, { id: report.id, version: report.version }));
    report = await reportVersion(visitId);
    ok(await acceptReport.execute(users.sekprov, { id: report.id, version: report.version }));

    const rounds = await prisma.reportRound.findMany({
      where: { reportId: report.id },
      orderBy: { number: "asc" },
    });
    expect(rounds.map((round) => round.decision)).toEqual(["RETURNED", "ACCEPTED"]);
    expect(rounds[0]!.comments).toEqual({
      summary: "Lengkapi ringkasan",
      STAFFING: "Sebutkan jumlah tenaga pendukung",
    });
    expect((rounds[0]!.content as { summary: string }).summary).toBe("Laporan awal");
    expect((rounds[1]!.content as { summary: string }).summary).toBe("Laporan diperbaiki");
    // The second round froze the posture of its own day.
    expect((rounds[1]!.content as { posture: typeof frozen }).posture.asn.quota).toBe(9);
    // Accepted: no more edits.
    expect(
      await saveReportDraft.execute(users.sekkab, { visitId, version: report.version + 1 }),
    ).toMatchObject({
      ok: false,
    });
  });

  it("turns findings into the unit's follow-ups and requests into the province's, with due dates by severity", async () => {
    const { followUps, regencyA, province, users } = await acceptedReport();
    expect(followUps.map((row) => [row.source, row.unitId])).toEqual([
      ["FINDING", regencyA.id],
      ["UNIT_REQUEST", province.id],
    ]);
    const [finding] = followUps;
    const days = (finding!.dueDate.getTime() - finding!.createdAt.getTime()) / 86_400_000;
    expect(Math.round(days)).toBeGreaterThanOrEqual(13);
    expect(Math.round(days)).toBeLessThanOrEqual(14);
    // The other regency sees neither the report nor its follow-ups.
    const seen = await prisma.followUp.count({
      where: { id: { in: followUps.map((row) => row.id) }, unitId: { in: [...users.other.scopeUnitIds] } },
    });
    expect(seen).toBe(0);
  });
});

describe("follow-ups", () => {
  it("is worked on, reported done with evidence and verified only by the level above", async () => {
    const { followUps, users, owner } = await acceptedReport();
    const id = followUps[0]!.id;
    let row = await followUp(id);
    ok(
      await assignFollowUp.execute(users.sekkab, {
        id,
        version: row.version,
        ownerOfficialId: owner.id,
        dueDate: "2026-03-01",
      }),
    );
    expect(
      await prisma.notification.count({
        where: { userId: users.ownerAccount.id, kind: "FOLLOW_UP_ASSIGNED", followUpId: id },
      }),
    ).toBe(2); // as a user of the unit when it was opened, and as the person in charge
    row = await followUp(id);
    expect(
      await followUpTransitions.verify.execute(users.sekprov, { id, version: row.version }),
    ).toMatchObject({ ok: false });
    ok(await followUpTransitions.start.execute(users.sekkab, { id, version: row.version }));
    row = await followUp(id);
    expect(
      await followUpTransitions.complete.execute(users.sekkab, { id, version: row.version }),
    ).toMatchObject({ ok: false });
    ok(
      await followUpTransitions.complete.execute(users.sekkab, {
        id,
        version: row.version,
        reason: "SPJ dilengkapi",
      }),
    );
    row = await followUp(id);
    expect(row).toMatchObject({ status: "DONE", evidenceNote: "SPJ dilengkapi" });
    // The unit cannot verify its own work.
    expect(
      await followUpTransitions.verify.execute(users.sekkab, { id, version: row.version }),
    ).toMatchObject({ ok: false });
    ok(
      await followUpTransitions.reopen.execute(users.sekprov, {
        id,
        version: row.version,
        reason: "Lampirkan kuitansi",
      }),
    );
    row = await followUp(id);
    expect(row.status).toBe("REOPENED");
    ok(
      await followUpTransitions.complete.execute(users.sekkab, {
        id,
        version: row.version,
        reason: "Kuitansi dilampirkan",
      }),
    );
    row = await followUp(id);
    ok(await followUpTransitions.verify.execute(users.sekprov, { id, version: row.version }));
    row = await followUp(id);
    expect(row).toMatchObject({ status: "VERIFIED", verifiedById: users.sekprov.id });
    expect(
      await prisma.notification.count({
        where: {
          userId: users.sekkab.id,
          followUpId: id,
          kind: { in: ["FOLLOW_UP_RETURNED", "FOLLOW_UP_VERIFIED"] },
        },
      }),
    ).toBe(2);
    const steps = await prisma.auditLog.findMany({
      where: { entityType: "FollowUp", entityId: id },
      orderBy: { id: "asc" },
    });
    expect(steps.map((step) => step.action)).toEqual([
      "followUp.create",
      "followUp.assign",
      "followUp.start",
      "followUp.complete",
      "followUp.reopen",
      "followUp.complete",
      "followUp.verify",
    ]);
  });

  it("climbs the chain: escalated to the province, further to the nation, sent back with guidance, then taken over", async () => {
    const { followUps, users, province, nation, regencyA } = await acceptedReport();
    const id = followUps[0]!.id;
    let row = await followUp(id);
    expect(
      await followUpTransitions.escalate.execute(users.sekkab, { id, version: row.version }),
    ).toMatchObject({ ok: false });
    expect(
      await followUpTransitions.escalate.execute(users.sekprov, { id, version: row.version, reason: "x" }),
    ).toMatchObject({ ok: false });
    ok(
      await followUpTransitions.escalate.execute(users.sekkab, {
        id,
        version: row.version,
        reason: "Di luar kewenangan",
      }),
    );
    row = await followUp(id);
    expect(row).toMatchObject({ status: "ESCALATED", escalatedToUnitId: province.id });
    expect(
      await prisma.notification.count({
        where: { userId: users.sekprov.id, followUpId: id, kind: "FOLLOW_UP_ESCALATED" },
      }),
    ).toBe(1);
    expect(
      await prisma.followUp.count({
        where: { id, ...surfacedAtWhere(province.id, await unitsBelow(prisma, province.id)) },
      }),
    ).toBe(1);

    // The nation cannot answer what has not reached it.
    expect(
      await followUpTransitions.takeOver.execute(users.pusat, { id, version: row.version }),
    ).toMatchObject({ ok: false });
    ok(
      await followUpTransitions.escalateFurther.execute(users.sekprov, {
        id,
        version: row.version,
        reason: "Perlu keputusan pusat",
      }),
    );
    row = await followUp(id);
    expect(row.escalatedToUnitId).toBe(nation.id);
    ok(
      await followUpTransitions.sendBack.execute(users.pusat, {
        id,
        version: row.version,
        reason: "Gunakan formasi tahun depan",
      }),
    );
    row = await followUp(id);
    expect(row).toMatchObject({ status: "IN_PROGRESS", escalatedToUnitId: null, unitId: regencyA.id });
    ok(
      await followUpTransitions.escalate.execute(users.sekkab, {
        id,
        version: row.version,
        reason: "Tetap tidak bisa",
      }),
    );
    row = await followUp(id);
    ok(await followUpTransitions.takeOver.execute(users.sekprov, { id, version: row.version }));
    row = await followUp(id);
    expect(row).toMatchObject({ status: "IN_PROGRESS", unitId: province.id, escalatedToUnitId: null });

    const path = await prisma.escalation.findMany({
      where: { followUpId: id },
      orderBy: { createdAt: "asc" },
    });
    expect(path.map((step) => [step.holderUnitId, step.answer])).toEqual([
      [province.id, "ESCALATED"],
      [nation.id, "SENT_BACK"],
      [province.id, "TAKEN_OVER"],
    ]);
    // At the top of the chain there is nowhere to escalate.
    await prisma.followUp.update({ where: { id }, data: { unitId: nation.id } });
    row = await followUp(id);
    expect(
      await followUpTransitions.escalate.execute(users.pusat, { id, version: row.version, reason: "x" }),
    ).toMatchObject({
      ok: false,
      code: "domain",
      reason: "followUps.errors.topOfChain",
    });
  });

  it("shows an overdue follow-up one level up by itself, by the unit's calendar", async () => {
    const { followUps, province, nation } = await acceptedReport();
    const id = followUps[0]!.id;
    const surfaced = async (unitId: string, now: Date) =>
      prisma.followUp.count({
        where: { id, ...surfacedAtWhere(unitId, await unitsBelow(prisma, unitId), now) },
      });
    await prisma.followUp.update({ where: { id }, data: { dueDate: new Date("2026-05-10") } });
    // 10 May 23:30 WITA is still the due day: not late. 11 May 00:30 WITA (10 May 16:30 UTC) is.
    expect(await surfaced(province.id, new Date("2026-05-10T15:30:00Z"))).toBe(0);
    expect(await surfaced(province.id, new Date("2026-05-10T16:30:00Z"))).toBe(1);
    expect(await surfaced(nation.id, new Date("2026-05-10T16:30:00Z"))).toBe(0);
    await prisma.followUp.update({ where: { id }, data: { status: "DONE" } });
    expect(await surfaced(province.id, new Date("2026-05-10T16:30:00Z"))).toBe(0);
  });

  it("writes notifications with the change and not without it", async () => {
    const { followUps, users } = await acceptedReport();
    const id = followUps[0]!.id;
    const row = await followUp(id);
    const before = await prisma.notification.count({ where: { followUpId: id } });
    // A refused escalation (stale version) leaves no notification behind.
    expect(
      await followUpTransitions.escalate.execute(users.sekkab, { id, version: row.version + 5, reason: "x" }),
    ).toMatchObject({ ok: false, code: "conflict" });
    expect(await prisma.notification.count({ where: { followUpId: id } })).toBe(before);
    ok(await followUpTransitions.escalate.execute(users.sekkab, { id, version: row.version, reason: "x" }));
    expect(await prisma.notification.count({ where: { followUpId: id } })).toBeGreaterThan(before);
    ok(await markNotificationsRead.execute(users.sekprov, {}));
    expect(await prisma.notification.count({ where: { userId: users.sekprov.id, readAt: null } })).toBe(0);
  });
});

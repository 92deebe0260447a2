/**
 * A planned visit's plan is changed and the visit cancelled by the visiting unit only, while it is still planned:
 * dates, team, purpose, areas and checklists, without erasing what the visited unit already wrote in its draft; a
 * form loaded before another change is refused naming it; a cancellation keeps its reason, takes the visit off the
 * visited unit's home page and closes its report; two people at once end in one change and one clear refusal.
 */
import { describe, expect, it } from "vitest";
import { createTranslator } from "use-intl/core";
import { runForm } from "@/lib/actions/form-action";
import type { CurrentUser } from "@/lib/auth/types";
import { prisma } from "@/lib/db/client";
import { messagesFor } from "@/lib/i18n/messages";
import type { Translate } from "@/lib/i18n/translate";
import { reportAbilities, visitAbilities } from "@/lib/supervision/abilities";
import { cancelVisitForm, visitForm } from "@/lib/supervision/form-actions";
import { getVisit, upcomingVisitsToUnit, visitCancellation } from "@/lib/supervision/queries";
import { addFinding, saveReportDraft, submitReport } from "@/lib/supervision/report-mutations";
import { cancelVisit, planVisit, updateVisit } from "@/lib/supervision/visit-mutations";
import { createOfficial, createUnit, createUser, currentUser } from "./db-utils";
import { setting } from "./supervision-world";

const t = createTranslator({ locale: "id", messages: messagesFor("id") }) as unknown as Translate;

function ok<T>(result: { ok: boolean; data?: T } & Record<string, unknown>): T {
  expect(result).toMatchObject({ ok: true });
  return result.data as T;
}

/** A visit the province plans to regency A, in the future, reviewing staffing and finance. */
async function planned() {
  const world = await setting();
  const member = await createOfficial(world.province.id);
  const { id } = ok(
    await planVisit.execute(world.users.sekprov, {
      hostUnitId: world.regencyA.id,
      title: "Supervisi dan Evaluasi",
      startDate: "2027-03-01",
      endDate: "2027-03-01",
      purpose: "Evaluasi tugas sekretariat",
      teamIds: [world.lead.id],
      areas: ["STAFFING", "FINANCE"],
      checklist_STAFFING: "Struktur organisasi\nKuota ASN\nTenaga pendukung",
      checklist_FINANCE: "Realisasi anggaran",
    }),
  );
  return { ...world, member, visitId: id };
}

async function stored(visitId: string) {
  return prisma.supervisionVisit.findUniqueOrThrow({
    where: { id: visitId },
    include: {
      team: { orderBy: { sortOrder: "asc" } },
      areas: { orderBy: { sortOrder: "asc" }, include: { items: { orderBy: { sortOrder: "asc" } } } },
    },
  });
}

const plan = (visitId: string, version: number, changes: Record<string, unknown> = {}) => ({
  id: visitId,
  version,
  title: "Supervisi dan Evaluasi",
  startDate: "2027-03-08",
  endDate: "2027-03-09",
  purpose: "Evaluasi tugas sekretariat",
  areas: ["STAFFING", "FINANCE"],
  checklist_STAFFING: "Struktur organisasi\nKuota ASN\nTenaga pendukung",
  checklist_FINANCE: "Realisasi anggaran",
  ...changes,
});

function contextFor(user: CurrentUser) {
  return { user, t, revalidatePath: () => undefined };
}

describe("changing a planned visit", () => {
  it("changes dates, team, purpose, areas and checklists, keeping the items it keeps and auditing both plans", async () => {
    const { users, visitId, lead, member } = await planned();
    const before = await stored(visitId);
    const kept = before.areas[0]!.items.find((item) => item.label === "Kuota ASN")!;
    ok(
      await updateVisit.execute(
        users.sekprov,
        plan(visitId, 1, {
          purpose: "Evaluasi dan pembinaan",
          teamIds: [member.id, lead.id],
          areas: ["PLANNING_DATA", "STAFFING"],
          checklist_STAFFING: "Kuota ASN\nDisiplin pegawai",
          checklist_PLANNING_DATA: "Pemutakhiran data",
        }),
      ),
    );
    const after = await stored(visitId);
    expect(after).toMatchObject({
      version: 2,
      status: "PLANNED",
      purpose: "Evaluasi dan pembinaan",
      startDate: new Date("2027-03-08"),
      endDate: new Date("2027-03-09"),
      leadOfficialId: member.id,
    });
    expect(after.team.map((row) => row.officialId)).toEqual([member.id, lead.id]);
    expect(after.areas.map((area) => [area.area, area.items.map((item) => item.label)])).toEqual([
      ["PLANNING_DATA", ["Pemutakhiran data"]],
      ["STAFFING", ["Kuota ASN", "Disiplin pegawai"]],
    ]);
    // The area and item kept are the same rows (a draft's text and results stay with them).
    expect(after.areas[1]!.id).toBe(before.areas[0]!.id);
    expect(after.areas[1]!.items[0]!.id).toBe(kept.id);
    const entry = await prisma.auditLog.findFirstOrThrow({
      where: { entityType: "SupervisionVisit", entityId: visitId, action: "visit.update" },
    });
    expect(entry.before).toMatchObject({
      version: 1,
      teamIds: [lead.id],
      areas: { FINANCE: ["Realisasi anggaran"] },
    });
    expect(entry.after).toMatchObject({
      version: 2,
      teamIds: [member.id, lead.id],
      areas: { STAFFING: ["Kuota ASN", "Disiplin pegawai"], PLANNING_DATA: ["Pemutakhiran data"] },
    });
  });

  it("refuses a form loaded before another change, naming what changed, and keeps the first change", async () => {
    const { users, visitId } = await planned();
    ok(await updateVisit.execute(users.sekprov, plan(visitId, 1)));
    const stale = await updateVisit.execute(
      users.sekprov,
      plan(visitId, 1, { startDate: "2027-04-01", endDate: "2027-04-01" }),
    );
    expect(stale).toMatchObject({ ok: false, code: "conflict" });
    expect((stale as { changedFields: string[] }).changedFields).toEqual(
      expect.arrayContaining(["endDate", "startDate"]),
    );
    expect(await stored(visitId)).toMatchObject({ version: 2, startDate: new Date("2027-03-08") });
    // Through the form, the refusal names the fields as the form labels them.
    const data = new FormData();
    for (const [name, value] of Object.entries(plan(visitId, 1))) {
      for (const one of [value].flat()) data.append(name, String(one));
    }
    const answer = await runForm(visitForm, data, contextFor(users.sekprov));
    expect(answer.ok).toBe(false);
    expect(answer.message).toContain(t("supervision.fields.startDate"));
  });

  it("never erases what the visited unit wrote in its draft: an area with text or an item checked stays", async () => {
    const { users, visitId } = await planned();
    const staffing = (await stored(visitId)).areas[0]!;
    const checked = staffing.items[0]!;
    ok(
      await saveReportDraft.execute(users.sekkab, {
        visitId,
        area_FINANCE: "Realisasi sesuai rencana",
        [`result_${checked.id}`]: "FINDING",
      }),
    );
    expect(await updateVisit.execute(users.sekprov, plan(visitId, 1, { areas: ["STAFFING"] }))).toMatchObject(
      { ok: false, code: "domain", reason: "supervision.errors.areaInReport", field: "areas" },
    );
    expect(
      await updateVisit.execute(users.sekprov, plan(visitId, 1, { checklist_STAFFING: "Kuota ASN" })),
    ).toMatchObject({
      ok: false,
      code: "domain",
      reason: "supervision.errors.itemInReport",
      params: { label: checked.label },
      field: "checklist_STAFFING",
    });
    expect((await stored(visitId)).version).toBe(1);
    // Unchecked items may go; the checked one and its result stay.
    ok(
      await updateVisit.execute(
        users.sekprov,
        plan(visitId, 1, { checklist_STAFFING: "Struktur organisasi\nJumlah formasi" }),
      ),
    );
    const items = (await stored(visitId)).areas[0]!.items;
    expect(items.map((item) => [item.label, item.result])).toEqual([
      ["Struktur organisasi", "FINDING"],
      ["Jumlah formasi", "NOT_CHECKED"],
    ]);
  });

  it("is the visiting unit's alone, with a team of its own serving officials", async () => {
    const { users, visitId, regencyA, nation } = await planned();
    const before = await stored(visitId);
    // A regency plans no visits; the nation above, which may, did not plan this one.
    expect(await updateVisit.execute(users.sekkab, plan(visitId, 1))).toEqual({
      ok: false,
      code: "forbidden",
    });
    expect(await updateVisit.execute(users.pusat, plan(visitId, 1))).toMatchObject({
      ok: false,
      code: "domain",
      reason: "workflow.errors.notAllowed",
    });
    // Another province may plan visits, but not see this one.
    const elsewhere = await createUnit({ parent: nation });
    const stranger = await currentUser((await createUser({ role: "SECRETARY", unitId: elsewhere.id })).id);
    expect(await updateVisit.execute(stranger, plan(visitId, 1))).toEqual({ ok: false, code: "notFound" });
    expect(await cancelVisit.execute(stranger, { id: visitId, version: 1, reason: "Tidak jadi" })).toEqual({
      ok: false,
      code: "notFound",
    });
    const outsider = await createOfficial(regencyA.id);
    expect(
      await updateVisit.execute(users.sekprov, plan(visitId, 1, { teamIds: [outsider.id] })),
    ).toMatchObject({ ok: false, reason: "supervision.errors.teamNotInUnit", field: "teamIds" });
    expect(await stored(visitId)).toEqual(before);
    const visit = (await getVisit(users.sekprov, visitId))!;
    expect(visitAbilities(users.sekprov, visit)).toEqual({ edit: true, cancel: true });
    expect(visitAbilities(users.sekkab, visit)).toEqual({ edit: false, cancel: false });
    expect(visitAbilities(users.pusat, visit)).toEqual({ edit: false, cancel: false });
  });

  it("stops once the report is submitted: the visit is conducted and its plan what the report answers", async () => {
    const { users, visitId } = await planned();
    ok(await saveReportDraft.execute(users.sekkab, { visitId, summary: "Ringkasan" }));
    const report = await prisma.supervisionReport.findUniqueOrThrow({ where: { visitId } });
    ok(await submitReport.execute(users.sekkab, { id: report.id, version: report.version }));
    const visit = await stored(visitId);
    expect(visit.status).toBe("CONDUCTED");
    expect(await updateVisit.execute(users.sekprov, plan(visitId, visit.version))).toMatchObject({
      reason: "workflow.errors.notFrom.CONDUCTED",
    });
    expect(
      await cancelVisit.execute(users.sekprov, { id: visitId, version: visit.version, reason: "Batal" }),
    ).toMatchObject({ reason: "workflow.errors.notFrom.CONDUCTED" });
  });
});

describe("cancelling a planned visit", () => {
  it("asks a reason, keeps it, takes the visit off the unit's home page and closes its report", async () => {
    const { users, visitId } = await planned();
    ok(await saveReportDraft.execute(users.sekkab, { visitId, summary: "Konsep" }));
    const report = await prisma.supervisionReport.findUniqueOrThrow({ where: { visitId } });
    expect((await upcomingVisitsToUnit(users.sekkab)).map((row) => row.id)).toEqual([visitId]);
    const notes = await prisma.notification.count();

    expect(await cancelVisit.execute(users.sekprov, { id: visitId, version: 1 })).toMatchObject({
      ok: false,
      reason: "workflow.errors.reasonRequired",
      field: "reason",
    });
    expect(
      await cancelVisit.execute(users.sekkab, { id: visitId, version: 1, reason: "Tidak jadi" }),
    ).toEqual({ ok: false, code: "forbidden" });
    expect(
      await cancelVisit.execute(users.pusat, { id: visitId, version: 1, reason: "Tidak jadi" }),
    ).toMatchObject({ ok: false, reason: "workflow.errors.notAllowed" });
    const answer = await runForm(
      cancelVisitForm,
      (() => {
        const data = new FormData();
        data.append("id", visitId);
        data.append("version", "1");
        data.append("reason", "Bertepatan dengan rapat pleno");
        return data;
      })(),
      contextFor(users.sekprov),
    );
    expect(answer).toMatchObject({ ok: true, message: t("supervision.saved.visitCancelled") });
    expect(await stored(visitId)).toMatchObject({ status: "CANCELLED", version: 2 });
    expect(await visitCancellation(visitId)).toMatchObject({
      reason: "Bertepatan dengan rapat pleno",
      by: expect.any(String),
    });
    // No notification kind tells of a cancellation: none is written.
    expect(await prisma.notification.count()).toBe(notes);

    expect(await upcomingVisitsToUnit(users.sekkab)).toEqual([]);
    const visit = (await getVisit(users.sekkab, visitId))!;
    expect(visit.status).toBe("CANCELLED");
    expect(reportAbilities(users.sekkab, visit).file).toBe(false);
    expect(visitAbilities(users.sekprov, (await getVisit(users.sekprov, visitId))!)).toEqual({
      edit: false,
      cancel: false,
    });
    // The draft begun before stays, but nothing more is written to it, and it cannot be submitted.
    const closed = { ok: false, code: "domain", reason: "workflow.errors.notFrom.CANCELLED" };
    expect(
      await saveReportDraft.execute(users.sekkab, { visitId, version: report.version, summary: "x" }),
    ).toMatchObject(closed);
    expect(
      await addFinding.execute(users.sekkab, {
        reportId: report.id,
        kind: "FINDING",
        area: "STAFFING",
        severity: "LOW",
        description: "x",
      }),
    ).toMatchObject(closed);
    expect(
      await submitReport.execute(users.sekkab, { id: report.id, version: report.version }),
    ).toMatchObject(closed);
    expect(await updateVisit.execute(users.sekprov, plan(visitId, 2))).toMatchObject(closed);
  });

  it("ends two presses at once in one cancellation, and an edit racing a cancellation in one change", async () => {
    const { users, visitId } = await planned();
    const both = await Promise.all([
      cancelVisit.execute(users.sekprov, { id: visitId, version: 1, reason: "Pertama" }),
      cancelVisit.execute(users.sekprov, { id: visitId, version: 1, reason: "Kedua" }),
    ]);
    expect(both.filter((result) => result.ok)).toHaveLength(1);
    expect(both.find((result) => !result.ok)).toMatchObject({ reason: "workflow.errors.notFrom.CANCELLED" });
    expect(await prisma.auditLog.count({ where: { entityId: visitId, action: "visit.cancel" } })).toBe(1);

    const other = await planned();
    const raced = await Promise.all([
      updateVisit.execute(other.users.sekprov, plan(other.visitId, 1)),
      cancelVisit.execute(other.users.sekprov, { id: other.visitId, version: 1, reason: "Batal" }),
    ]);
    expect(raced.filter((result) => result.ok)).toHaveLength(1);
    const refused = raced.find((result) => !result.ok)!;
    // Whichever came second is told why: the visit was cancelled, or its plan changed meanwhile.
    expect(
      ("reason" in refused && refused.reason === "workflow.errors.notFrom.CANCELLED") ||
        ("changedFields" in refused && refused.changedFields.includes("startDate")),
    ).toBe(true);
    expect((await stored(other.visitId)).version).toBe(2);
  });
});

/**
 * The supervision screens' server side on the real database: the forms through the form kit's seam (`runForm`),
 * what each page reads in scope, and which step each side is offered as the report goes round.
 */
import { describe, expect, it } from "vitest";
import { createTranslator } from "use-intl/core";
import { runForm } from "@/lib/actions/form-action";
import { checkAttachmentFile } from "@/lib/attachments/checked-file";
import { uploadAttachment } from "@/lib/attachments/attachment-mutations";
import { listAttachments } from "@/lib/attachments/queries";
import type { SubmitContext } from "@/lib/actions/submit";
import type { CurrentUser } from "@/lib/auth/types";
import { addDays, todayFor } from "@/lib/dates/today";
import { prisma } from "@/lib/db/client";
import { messagesFor } from "@/lib/i18n/messages";
import type { Translate } from "@/lib/i18n/translate";
import { openComments, reportAbilities } from "@/lib/supervision/abilities";
import * as forms from "@/lib/supervision/form-actions";
import {
  getVisit,
  listVisits,
  upcomingVisitsToUnit,
  VISIT_PAGE_SIZE,
  visitFormOptions,
} from "@/lib/supervision/queries";
import { roundSections } from "@/lib/supervision/round-sections";
import { sha256Hex } from "@/lib/uploads/form-file";
import { isoDate } from "@/lib/validations/input";
import { setting } from "./supervision-world";

const t = createTranslator({ locale: "id", messages: messagesFor("id") }) as unknown as Translate;

function contextFor(user: CurrentUser) {
  const revalidated: string[] = [];
  const context: SubmitContext = { user, t, revalidatePath: (path) => revalidated.push(path) };
  return { context, revalidated };
}

function formData(values: [string, string | number][]): FormData {
  const data = new FormData();
  for (const [name, value] of values) data.append(name, String(value));
  return data;
}

async function visitFor(user: CurrentUser, id: string) {
  const visit = await getVisit(user, id);
  expect(visit).not.toBeNull();
  return visit!;
}

describe("supervision screens", () => {
  it("plans a visit from the form, files the report, and offers each side only its own step", async () => {
    const { users, regencyA, lead, province } = await setting();
    const start = addDays(todayFor(users.sekprov), 10);
    const { context, revalidated } = contextFor(users.sekprov);
    const planned = await runForm(
      forms.visitForm,
      formData([
        ["hostUnitId", regencyA.id],
        ["title", "Supervisi dan Evaluasi"],
        ["startDate", isoDate(start)],
        ["endDate", isoDate(start)],
        ["teamIds", lead.id],
        ["areas", "STAFFING"],
        ["areas", "FINANCE"],
        ["checklist_STAFFING", "Struktur organisasi\n\nJumlah tenaga pendukung"],
        ["checklist_FINANCE", "Realisasi anggaran"],
      ]),
      context,
    );
    expect(planned).toMatchObject({ ok: true, message: t("supervision.saved.planned") });
    const visitId = planned.open!.split("/").pop()!;
    expect(revalidated).toContain("/supervisi");

    // The plan form offers the regencies below, never the province itself.
    const options = await visitFormOptions(users.sekprov);
    expect(options.units.map((unit) => unit.id)).toContain(regencyA.id);
    expect(options.units.map((unit) => unit.id)).not.toContain(province.id);

    // The visited unit sees it coming; the other regency sees nothing of it.
    expect((await upcomingVisitsToUnit(users.sekkab)).map((row) => row.id)).toEqual([visitId]);
    expect((await listVisits(users.sekkab, "upcoming")).rows.map((row) => row.id)).toEqual([visitId]);
    expect((await listVisits(users.sekkab, "past")).total).toBe(0);
    expect(await getVisit(users.other, visitId)).toBeNull();
    expect((await listVisits(users.other, "upcoming")).total).toBe(0);

    let visit = await visitFor(users.sekkab, visitId);
    expect(visit.areas.map((area) => area.items.length)).toEqual([2, 1]);
    expect(reportAbilities(users.sekkab, visit)).toEqual({ file: true, review: false });
    expect(reportAbilities(users.sekprov, visit)).toEqual({ file: false, review: false });

    const [structure] = visit.areas[0]!.items;
    const draft = await runForm(
      forms.reportDraftForm,
      formData([
        ["visitId", visitId],
        ["summary", "Struktur lengkap"],
        ["area_STAFFING", "Tenaga pendukung 11 dari kuota 12"],
        [`result_${structure!.id}`, "FINE"],
      ]),
      contextFor(users.sekkab).context,
    );
    expect(draft).toMatchObject({ ok: true, open: `/supervisi/${visitId}` });
    visit = await visitFor(users.sekkab, visitId);
    expect(visit.areas[0]!.reportText).toBe("Tenaga pendukung 11 dari kuota 12");
    expect(visit.areas[0]!.items[0]!.result).toBe("FINE");

    const report = visit.report!;
    const added = await runForm(
      forms.findingForm,
      formData([
        ["reportId", report.id],
        ["kind", "FINDING"],
        ["area", "FINANCE"],
        ["severity", "HIGH"],
        ["description", "SPJ belum lengkap"],
      ]),
      contextFor(users.sekkab).context,
    );
    expect(added).toMatchObject({ ok: true });
    // The province cannot write into the unit's report.
    expect(
      await runForm(
        forms.findingForm,
        formData([
          ["reportId", report.id],
          ["kind", "FINDING"],
          ["area", "FINANCE"],
          ["severity", "LOW"],
          ["description", "x"],
        ]),
        contextFor(users.sekprov).context,
      ),
    ).toMatchObject({ ok: false });

    visit = await visitFor(users.sekkab, visitId);
    const submitted = await runForm(
      forms.submitReportForm,
      formData([
        ["id", report.id],
        ["version", visit.report!.version],
      ]),
      contextFor(users.sekkab).context,
    );
    expect(submitted).toMatchObject({ ok: true, message: t("supervision.saved.submitted") });
    visit = await visitFor(users.sekprov, visitId);
    expect(reportAbilities(users.sekkab, visit)).toEqual({ file: false, review: false });
    expect(reportAbilities(users.sekprov, visit)).toEqual({ file: false, review: true });
    expect(visit.report!.staffingSnapshot).not.toBeNull();

    const returned = await runForm(
      forms.returnReportForm,
      formData([
        ["id", report.id],
        ["version", visit.report!.version],
        ["comment_STAFFING", "Sebutkan usulan penambahan tenaga pendukung"],
      ]),
      contextFor(users.sekprov).context,
    );
    expect(returned).toMatchObject({ ok: true, message: t("supervision.saved.returned") });
    visit = await visitFor(users.sekkab, visitId);
    expect(reportAbilities(users.sekkab, visit)).toEqual({ file: true, review: false });
    expect(openComments(visit)).toEqual({ STAFFING: "Sebutkan usulan penambahan tenaga pendukung" });
    expect(visit.report!.rounds.map((round) => round.decision)).toEqual(["RETURNED"]);

    // Removing the finding, then accepting the resubmitted report: no comments left open.
    const removed = await runForm(
      forms.removeFindingForm,
      formData([["id", visit.report!.findings[0]!.id]]),
      contextFor(users.sekkab).context,
    );
    expect(removed).toMatchObject({ ok: true });
    await runForm(
      forms.submitReportForm,
      formData([
        ["id", report.id],
        ["version", (await visitFor(users.sekkab, visitId)).report!.version],
      ]),
      contextFor(users.sekkab).context,
    );
    visit = await visitFor(users.sekprov, visitId);
    expect(
      await runForm(
        forms.acceptReportForm,
        formData([
          ["id", report.id],
          ["version", visit.report!.version],
        ]),
        contextFor(users.sekprov).context,
      ),
    ).toMatchObject({ ok: true });
    visit = await visitFor(users.sekkab, visitId);
    expect(visit.report!.status).toBe("ACCEPTED");
    expect(openComments(visit)).toEqual({});
    expect(visit.report!.rounds.map((round) => round.decision)).toEqual(["ACCEPTED", "RETURNED"]);
    // Each round reads as it was sent: the returned one still has the finding removed before the second.
    const [second, first] = visit.report!.rounds.map((round) => roundSections(round.content));
    expect(first!.findings.map((finding) => finding.description)).toEqual(["SPJ belum lengkap"]);
    expect(second!.findings).toEqual([]);
    expect(first!.texts).toContainEqual({ section: "STAFFING", text: "Tenaga pendukung 11 dari kuota 12" });
    expect(reportAbilities(users.sekkab, visit)).toEqual({ file: false, review: false });
    expect(await prisma.followUp.count({ where: { finding: { reportId: report.id } } })).toBe(0);
  });

  it("lists a page of visits in order, each with its units and report, and counts them all", async () => {
    const { users, regencyA, regencyB, province } = await setting();
    const today = todayFor(users.sekprov);
    // Three more upcoming visits than a page holds, two of them on the same day, and two past ones.
    const visit = (hostUnitId: string, title: string, startDate: Date) => ({
      hostUnitId,
      visitorUnitId: province.id,
      createdById: users.sekprov.id,
      title,
      startDate,
      endDate: addDays(startDate, 1),
    });
    await prisma.supervisionVisit.createMany({
      data: [
        ...Array.from({ length: VISIT_PAGE_SIZE + 3 }, (_, index) =>
          visit(
            index % 2 ? regencyA.id : regencyB.id,
            `Supervisi ${index}`,
            addDays(today, 40 - Math.min(index, 31)),
          ),
        ),
        visit(regencyA.id, "Supervisi lalu", addDays(today, -20)),
        visit(regencyB.id, "Supervisi lebih lalu", addDays(today, -30)),
      ],
    });
    const all = await prisma.supervisionVisit.findMany({
      where: { hostUnitId: { in: [regencyA.id, regencyB.id] }, endDate: { gte: today } },
      orderBy: [{ startDate: "asc" }, { id: "asc" }],
      select: { id: true },
    });
    const first = await listVisits(users.sekprov, "upcoming");
    const second = await listVisits(users.sekprov, "upcoming", 2);
    expect(first.total).toBe(VISIT_PAGE_SIZE + 3);
    expect([...first.rows, ...second.rows].map((row) => row.id)).toEqual(all.map((row) => row.id));
    expect(second.rows).toHaveLength(3);
    expect(first.rows[0]).toMatchObject({ visitorUnit: { shortName: province.shortName }, report: null });
    expect(new Set(first.rows.map((row) => row.hostUnit.shortName))).toEqual(
      new Set([regencyA.shortName, regencyB.shortName]),
    );
    // The past, latest first; a regency sees only the visits to it.
    const past = await listVisits(users.sekprov, "past");
    expect(past.rows.map((row) => row.title)).toEqual(["Supervisi lalu", "Supervisi lebih lalu"]);
    const regency = await listVisits(users.sekkab, "upcoming");
    expect(regency.total).toBe(Math.floor((VISIT_PAGE_SIZE + 3) / 2));
    expect(regency.rows.every((row) => row.hostUnit.shortName === regencyA.shortName)).toBe(true);
    expect(await listVisits(users.sekprov, "upcoming", 3)).toEqual({ rows: [], total: VISIT_PAGE_SIZE + 3 });
  });
});

const PHOTO = Uint8Array.from([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52,
]);

describe("files on reports and follow-ups", () => {
  it("takes the visit's photos on the report and evidence on the follow-up, within the owning unit's scope", async () => {
    const { users, regencyA, lead } = await setting();
    const { context } = contextFor(users.sekprov);
    const planned = await runForm(
      forms.visitForm,
      formData([
        ["hostUnitId", regencyA.id],
        ["title", "Supervisi"],
        ["startDate", "2026-01-19"],
        ["endDate", "2026-01-19"],
        ["teamIds", lead.id],
        ["areas", "STAFFING"],
      ]),
      context,
    );
    const visitId = planned.open!.split("/").pop()!;
    await runForm(
      forms.reportDraftForm,
      formData([
        ["visitId", visitId],
        ["summary", "Ringkasan"],
      ]),
      contextFor(users.sekkab).context,
    );
    const report = (await visitFor(users.sekkab, visitId)).report!;
    const file = await checkAttachmentFile(
      { fileName: "foto kunjungan.png", bytes: PHOTO, sha256: sha256Hex(PHOTO) },
      ["png"],
    );
    const attach = (user: CurrentUser, entityType: "SupervisionReport" | "FollowUp", entityId: string) =>
      uploadAttachment[entityType].execute(user, { entityType, entityId, file });

    expect(await attach(users.sekkab, "SupervisionReport", report.id)).toMatchObject({
      ok: true,
      data: { page: `/supervisi/${visitId}` },
    });
    expect(await attach(users.other, "SupervisionReport", report.id)).toMatchObject({
      ok: false,
      code: "notFound",
    });
    expect(
      (await listAttachments(users.sekprov, "SupervisionReport", [report.id])).get(report.id),
    ).toHaveLength(1);
    expect((await listAttachments(users.other, "SupervisionReport", [report.id])).size).toBe(0);

    const followUp = await prisma.followUp.create({
      data: {
        unitId: regencyA.id,
        source: "FINDING",
        title: "Lengkapi SPJ",
        dueDate: new Date("2026-02-01"),
      },
    });
    expect(await attach(users.sekkab, "FollowUp", followUp.id)).toMatchObject({
      ok: true,
      data: { page: `/tindak-lanjut/${followUp.id}` },
    });
    expect(await attach(users.other, "FollowUp", followUp.id)).toMatchObject({ ok: false, code: "notFound" });
    expect((await listAttachments(users.sekprov, "FollowUp", [followUp.id])).get(followUp.id)).toHaveLength(
      1,
    );
  });
});

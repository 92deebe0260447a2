import "server-only";
import { DomainError, NotFoundError } from "@/lib/actions/errors";
import { defineMutation } from "@/lib/actions/mutation";
import { assertVersion } from "@/lib/actions/stale";
import { toAuditJson } from "@/lib/audit/record";
import { lockRow } from "@/lib/db/lock-row";
import type { Prisma } from "@/lib/generated/prisma/client";
import { notify } from "@/lib/notifications/notify";
import { transition } from "@/lib/workflow/transition";
import { transitionMutation } from "@/lib/workflow/transition-mutation";
import { visitLink } from "./links";
import { findingSchema, removeFindingSchema, reportDraftSchema, returnReportSchema } from "./schemas";
import { openRound, reportWorkflow } from "./report-workflow";

const EDITABLE = ["DRAFT", "RETURNED"];

/** The report of a visit, locked, for a change by the visited unit while it is still theirs to edit. */
async function editableReport(
  tx: Prisma.TransactionClient,
  reportId: string,
  authorize: (record: { unitId: string }) => void,
  user: { unit: { id: string } },
) {
  await lockRow(tx, "supervision_report", reportId);
  const report = await tx.supervisionReport.findUnique({ where: { id: reportId } });
  if (!report) throw new NotFoundError("SupervisionReport");
  authorize(report);
  if (user.unit.id !== report.unitId) throw new DomainError("workflow.errors.notAllowed");
  if (!EDITABLE.includes(report.status)) throw new DomainError(`workflow.errors.notFrom.${report.status}`);
  const visit = await tx.supervisionVisit.findUniqueOrThrow({
    where: { id: report.visitId },
    select: { status: true },
  });
  if (visit.status === "CANCELLED") throw new DomainError("workflow.errors.notFrom.CANCELLED");
  return report;
}

/**
 * Simpan konsep laporan: the visited unit writes its report (created on the first save), one text per area and a
 * result per checklist item. Allowed while a draft or returned; the version guards two editors.
 */
export const saveReportDraft = defineMutation({
  action: "report.file",
  schema: reportDraftSchema,
  async run({ tx, user, input, authorize, audit }) {
    await lockRow(tx, "supervision_visit", input.visitId);
    const visit = await tx.supervisionVisit.findUnique({
      where: { id: input.visitId },
      select: { id: true, hostUnitId: true, status: true, report: { select: { id: true } } },
    });
    if (!visit) throw new NotFoundError("SupervisionVisit");
    authorize({ unitId: visit.hostUnitId });
    if (user.unit.id !== visit.hostUnitId) throw new DomainError("workflow.errors.notAllowed");
    if (visit.status === "CANCELLED") throw new DomainError("workflow.errors.notFrom.CANCELLED");

    let before = null;
    if (visit.report) {
      before = await editableReport(tx, visit.report.id, authorize, user);
      await assertVersion(tx, "SupervisionReport", before, input.version ?? 0);
    }
    const columns = { summary: input.summary ?? null, pointsRaised: input.pointsRaised ?? null };
    const after = before
      ? await tx.supervisionReport.update({
          where: { id: before.id },
          data: { ...columns, version: { increment: 1 } },
        })
      : await tx.supervisionReport.create({
          data: { ...columns, visitId: visit.id, unitId: visit.hostUnitId, authorId: user.id },
        });
    const areas = await tx.visitArea.findMany({
      where: { visitId: visit.id },
      select: { id: true, area: true, items: { select: { id: true } } },
    });
    for (const area of areas) {
      await tx.visitArea.update({
        where: { id: area.id },
        data: { reportText: input.areaTexts[area.area] ?? null },
      });
      for (const item of area.items) {
        const result = input.results[item.id];
        if (result) await tx.checklistItem.update({ where: { id: item.id }, data: { result } });
      }
    }
    await audit({
      action: before ? "report.update" : "report.create",
      entityType: "SupervisionReport",
      entityId: after.id,
      unitId: after.unitId,
      before: before ?? undefined,
      after: { ...after, areaTexts: input.areaTexts, results: input.results },
    });
    return { visitId: visit.id };
  },
});

/**
 * A finding's person in charge is a serving official of the visited unit. A request is the visiting unit's to act
 * on, so the visited unit names nobody for it.
 */
async function assertFindingOwner(
  tx: Prisma.TransactionClient,
  finding: { kind: string; ownerOfficialId?: string },
  unitId: string,
) {
  if (finding.kind === "REQUEST")
    throw new DomainError("supervision.errors.requestOwner", {}, "ownerOfficialId");
  const owner = await tx.official.findUnique({
    where: { id: finding.ownerOfficialId },
    select: { unitId: true, status: true },
  });
  if (!owner || owner.unitId !== unitId || owner.status !== "ACTIVE")
    throw new DomainError("followUps.errors.ownerNotInUnit", {}, "ownerOfficialId");
}

/** Tambah temuan / permohonan to a report still being written. */
export const addFinding = defineMutation({
  action: "report.file",
  schema: findingSchema,
  async run({ tx, user, input, authorize, audit }) {
    const report = await editableReport(tx, input.reportId, authorize, user);
    if (input.ownerOfficialId) await assertFindingOwner(tx, input, report.unitId);
    const count = await tx.finding.count({ where: { reportId: report.id } });
    const finding = await tx.finding.create({
      data: {
        reportId: report.id,
        kind: input.kind,
        area: input.area,
        severity: input.severity,
        description: input.description,
        recommendation: input.recommendation ?? null,
        ownerOfficialId: input.ownerOfficialId ?? null,
        sortOrder: count,
      },
    });
    await audit({
      action: "report.addFinding",
      entityType: "Finding",
      entityId: finding.id,
      unitId: report.unitId,
      after: finding,
    });
    return { visitId: report.visitId };
  },
});

export const removeFinding = defineMutation({
  action: "report.file",
  schema: removeFindingSchema,
  async run({ tx, user, input, authorize, audit }) {
    const finding = await tx.finding.findUnique({ where: { id: input.id } });
    if (!finding) throw new NotFoundError("Finding");
    const report = await editableReport(tx, finding.reportId, authorize, user);
    await tx.finding.delete({ where: { id: finding.id } });
    await audit({
      action: "report.removeFinding",
      entityType: "Finding",
      entityId: finding.id,
      unitId: report.unitId,
      before: finding,
    });
    return { visitId: report.visitId };
  },
});

export const submitReport = transitionMutation(reportWorkflow, "submit");
export const acceptReport = transitionMutation(reportWorkflow, "accept");

/** Kembalikan untuk perbaikan: the state change, then the comments per section on the round it answers. */
export const returnReport = defineMutation({
  action: "report.review",
  schema: returnReportSchema,
  async run(context) {
    const { tx, user, input } = context;
    const after = await transition(context, reportWorkflow, {
      id: input.id,
      version: input.version,
      name: "return",
    });
    const round = await openRound(tx, after.id);
    await tx.reportRound.update({
      where: { id: round.id },
      data: {
        decision: "RETURNED",
        comments: toAuditJson(input.comments),
        decidedById: user.id,
        decidedAt: new Date(),
      },
    });
    await context.audit({
      action: "report.comment",
      entityType: "SupervisionReport",
      entityId: after.id,
      unitId: after.unitId,
      after: { round: round.id, comments: input.comments },
    });
    await notify(tx, {
      kind: "REPORT_RETURNED",
      subject: after.visitTitle,
      link: visitLink(after.visitId),
      unitIds: [after.unitId],
      actorId: user.id,
    });
    return { visitId: after.visitId };
  },
});

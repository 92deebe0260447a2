/**
 * The supervision report (laporan supervisi) workflow: the visited unit files it (submit); the visiting unit
 * accepts it or returns it with comments per section; the visited unit corrects and submits again. Each submission
 * is a round (ReportRound) holding the report as submitted and the answer to it, so every round stays readable.
 * On acceptance every finding and request becomes a follow-up with a unit, a person and a due date.
 */
import { DomainError } from "@/lib/actions/errors";
import { toAuditJson } from "@/lib/audit/record";
import { todayOfUnit } from "@/lib/dates/unit-today";
import { defaultDueDate } from "@/lib/follow-ups/due-dates";
import { createFollowUp } from "@/lib/follow-ups/create-follow-up";
import type { Prisma, SupervisionReport } from "@/lib/generated/prisma/client";
import { ReportStatus } from "@/lib/generated/prisma/enums";
import type { ReportStatus as Status, VisitStatus } from "@/lib/generated/prisma/enums";
import { notify } from "@/lib/notifications/notify";
import { unitHeads } from "@/lib/units/unit-heads";
import { defineWorkflow, type EffectContext, type WorkflowUser } from "@/lib/workflow/definition";
import { visitLink } from "./links";
import { captureReport } from "./report-content";

/** A report as the workflow reads it: the row, and the visit's visiting unit, title and state. */
export type ReportRecord = SupervisionReport & {
  visitorUnitId: string;
  visitTitle: string;
  visitStatus: VisitStatus;
};

async function withVisit(tx: Prisma.TransactionClient, row: SupervisionReport | null) {
  if (!row) return null;
  const visit = await tx.supervisionVisit.findUniqueOrThrow({
    where: { id: row.visitId },
    select: { visitorUnitId: true, title: true, status: true },
  });
  return { ...row, visitorUnitId: visit.visitorUnitId, visitTitle: visit.title, visitStatus: visit.status };
}

const visitedUnit = (user: WorkflowUser, report: ReportRecord) => user.unit.id === report.unitId;
const visitingUnit = (user: WorkflowUser, report: ReportRecord) => user.unit.id === report.visitorUnitId;

type Context = EffectContext<ReportRecord>;

async function openRound(tx: Prisma.TransactionClient, reportId: string) {
  const round = await tx.reportRound.findFirst({
    where: { reportId, decision: null },
    orderBy: { number: "desc" },
    select: { id: true },
  });
  if (!round) throw new Error(`Report ${reportId} has no round awaiting review`);
  return round;
}

async function fileRound({ tx, user, after }: Context) {
  const content = await captureReport(tx, after);
  const rounds = await tx.reportRound.count({ where: { reportId: after.id } });
  await tx.reportRound.create({
    data: {
      reportId: after.id,
      number: rounds + 1,
      submittedById: user.id,
      submittedAt: after.submittedAt ?? new Date(),
      content: toAuditJson(content)!,
    },
  });
  await tx.supervisionReport.update({
    where: { id: after.id },
    data: { staffingSnapshot: toAuditJson(content.posture) },
  });
  await tx.supervisionVisit.update({ where: { id: after.visitId }, data: { status: "CONDUCTED" } });
  await notify(tx, {
    kind: "REPORT_SUBMITTED",
    subject: after.visitTitle,
    link: visitLink(after.visitId),
    unitIds: [after.visitorUnitId],
    actorId: user.id,
  });
}

/** Each finding becomes the visited unit's follow-up; each request ("mohon ditindaklanjuti") the visitor's. */
async function openFollowUps(context: Context) {
  const { tx, user, after } = context;
  const round = await openRound(tx, after.id);
  await tx.reportRound.update({
    where: { id: round.id },
    data: { decision: "ACCEPTED", decidedById: user.id, decidedAt: new Date() },
  });
  const findings = await tx.finding.findMany({
    where: { reportId: after.id },
    orderBy: { sortOrder: "asc" },
  });
  const today = new Map([
    [after.unitId, await todayOfUnit(tx, after.unitId)],
    [after.visitorUnitId, await todayOfUnit(tx, after.visitorUnitId)],
  ]);
  // The person in charge is the one a finding names, if still serving at the unit; otherwise the unit's head (its
  // Sekretaris), unless that post is vacant: then nobody yet.
  const heads = await unitHeads(tx, [after.unitId, after.visitorUnitId]);
  const named = new Set(
    (
      await tx.official.findMany({
        where: {
          id: { in: findings.flatMap((row) => (row.ownerOfficialId ? [row.ownerOfficialId] : [])) },
          unitId: after.unitId,
          status: "ACTIVE",
        },
        select: { id: true },
      })
    ).map((row) => row.id),
  );
  for (const finding of findings) {
    const unitId = finding.kind === "REQUEST" ? after.visitorUnitId : after.unitId;
    const owner = finding.kind === "FINDING" && finding.ownerOfficialId;
    await createFollowUp(context, {
      ownerOfficialId: owner && named.has(owner) ? owner : (heads.get(unitId) ?? null),
      unitId,
      source: finding.kind === "REQUEST" ? "UNIT_REQUEST" : "FINDING",
      findingId: finding.id,
      area: finding.area,
      title: finding.recommendation ?? finding.description,
      description: finding.description,
      dueDate: defaultDueDate(finding.severity, today.get(unitId)!),
    });
  }
  await notify(tx, {
    kind: "REPORT_ACCEPTED",
    subject: after.visitTitle,
    link: visitLink(after.visitId),
    unitIds: [after.unitId],
    actorId: user.id,
  });
}

export type ReportTransition = "submit" | "return" | "accept";

export const reportWorkflow = defineWorkflow<
  Status,
  ReportRecord,
  Prisma.SupervisionReportUncheckedUpdateInput,
  ReportTransition
>({
  entityType: "SupervisionReport",
  auditPrefix: "report",
  table: "supervision_report",
  states: Object.values(ReportStatus),
  load: async (tx, id) => withVisit(tx, await tx.supervisionReport.findUnique({ where: { id } })),
  update: async (tx, id, data) =>
    (await withVisit(tx, await tx.supervisionReport.update({ where: { id }, data })))!,
  transitions: {
    submit: {
      from: ["DRAFT", "RETURNED"],
      to: "SUBMITTED",
      action: "report.file",
      allowed: visitedUnit,
      guard: async ({ tx, record }) => {
        // A cancelled visit has no report to file, though a draft begun before may remain.
        if (record.visitStatus === "CANCELLED") throw new DomainError("workflow.errors.notFrom.CANCELLED");
        const filled =
          record.summary ??
          (await tx.visitArea.count({ where: { visitId: record.visitId, reportText: { not: null } } }));
        if (!filled) throw new DomainError("supervision.errors.reportEmpty");
      },
      set: ({ now }) => ({ submittedAt: now }),
      effect: fileRound,
    },
    /** Comments per section are written to the round by the return mutation (report-mutations.ts). */
    return: {
      from: ["SUBMITTED"],
      to: "RETURNED",
      action: "report.review",
      allowed: visitingUnit,
      set: ({ user, now }) => ({ reviewedById: user.id, reviewedAt: now }),
    },
    accept: {
      from: ["SUBMITTED"],
      to: "ACCEPTED",
      action: "report.review",
      allowed: visitingUnit,
      set: ({ user, now }) => ({ reviewedById: user.id, reviewedAt: now }),
      effect: openFollowUps,
    },
  },
});

export { openRound };

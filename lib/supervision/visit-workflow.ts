/**
 * The visit's course: planned, then conducted (set when its report is first submitted, report-workflow.ts) or
 * cancelled (dibatalkan) by the visiting unit while still planned, with a reason that its audit entry keeps and
 * the visit's page shows.
 */
import type { Prisma, SupervisionVisit } from "@/lib/generated/prisma/client";
import { VisitStatus } from "@/lib/generated/prisma/enums";
import type { VisitStatus as Status } from "@/lib/generated/prisma/enums";
import { defineWorkflow, type WorkflowUser } from "@/lib/workflow/definition";

/** A visit as the workflow reads it, scoped by the visited unit: the visitor's subtree holds it too. */
export type VisitRecord = SupervisionVisit & { unitId: string };

function withUnit(row: SupervisionVisit): VisitRecord;
function withUnit(row: SupervisionVisit | null): VisitRecord | null;
function withUnit(row: SupervisionVisit | null) {
  return row && { ...row, unitId: row.hostUnitId };
}

/** Only the unit that planned the visit changes its plan. */
export const visitingUnit = (user: WorkflowUser, visit: { visitorUnitId: string }) =>
  user.unit.id === visit.visitorUnitId;

export const visitWorkflow = defineWorkflow<
  Status,
  VisitRecord,
  Prisma.SupervisionVisitUncheckedUpdateInput,
  "cancel"
>({
  entityType: "SupervisionVisit",
  auditPrefix: "visit",
  table: "supervision_visit",
  states: Object.values(VisitStatus),
  load: async (tx, id) => withUnit(await tx.supervisionVisit.findUnique({ where: { id } })),
  update: async (tx, id, data) => withUnit(await tx.supervisionVisit.update({ where: { id }, data })),
  transitions: {
    cancel: {
      from: ["PLANNED"],
      to: "CANCELLED",
      action: "visit.manage",
      reason: "required",
      allowed: visitingUnit,
    },
  },
});

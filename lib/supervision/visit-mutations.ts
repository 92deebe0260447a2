import "server-only";
import { DomainError, NotFoundError } from "@/lib/actions/errors";
import { defineMutation } from "@/lib/actions/mutation";
import { assertVersion } from "@/lib/actions/stale";
import { lockRow } from "@/lib/db/lock-row";
import { notify } from "@/lib/notifications/notify";
import { notFromStateKey } from "@/lib/workflow/available";
import { transitionMutation } from "@/lib/workflow/transition-mutation";
import { visitLink } from "./links";
import { visitSchema, visitUpdateSchema, type VisitInput, type VisitPlan } from "./schemas";
import { assertTeam, newAreas, readPlan, saveAreas } from "./visit-plan-store";
import { visitingUnit, visitWorkflow } from "./visit-workflow";

/**
 * Rencana kunjungan supervisi: the visiting unit (the user's own) plans a visit to a unit below it, with a team of
 * its own officials and, per area, the checklist for this visit. The visited unit is told.
 */
export const planVisit = defineMutation({
  action: "visit.manage",
  schema: visitSchema,
  async run({ tx, user, input, authorize, audit }) {
    const visit: VisitInput = input;
    authorize({ unitId: visit.hostUnitId });
    if (visit.hostUnitId === user.unit.id)
      throw new DomainError("supervision.errors.ownUnit", {}, "hostUnitId");
    const host = await tx.workUnit.findUniqueOrThrow({
      where: { id: visit.hostUnitId },
      select: { name: true, deactivatedAt: true },
    });
    if (host.deactivatedAt) throw new DomainError("supervision.errors.unitInactive", {}, "hostUnitId");
    const team = await assertTeam(tx, visit.teamIds, user.unit.id);

    const created = await tx.supervisionVisit.create({
      data: {
        hostUnitId: visit.hostUnitId,
        visitorUnitId: user.unit.id,
        createdById: user.id,
        ...planColumns(visit, team),
        team: { create: team.map((officialId, sortOrder) => ({ officialId, sortOrder })) },
        areas: { create: newAreas(visit) },
      },
      include: { team: true, areas: { include: { items: true } } },
    });
    await audit({
      action: "visit.plan",
      entityType: "SupervisionVisit",
      entityId: created.id,
      unitId: created.hostUnitId,
      after: created,
    });
    await notify(tx, {
      kind: "VISIT_PLANNED",
      subject: created.title,
      link: visitLink(created.id),
      unitIds: [created.hostUnitId],
      actorId: user.id,
    });
    return { id: created.id };
  },
});

/** The visit's own columns a plan sets; the first of the team leads it. */
function planColumns(plan: VisitPlan, team: string[]) {
  return {
    leadOfficialId: team[0] ?? null,
    title: plan.title,
    purpose: plan.purpose ?? null,
    location: plan.location ?? null,
    startDate: plan.startDate,
    endDate: plan.endDate,
  };
}

/**
 * Ubah rencana kunjungan: the visiting unit changes the dates, team, purpose, areas and checklists of a visit that
 * is still planned (no report submitted: submitting marks it conducted). The unit visited stays. A form loaded
 * before someone else's change is refused, naming what changed; what the visited unit already wrote in its draft
 * stays (visit-plan-store.ts).
 */
export const updateVisit = defineMutation({
  action: "visit.manage",
  schema: visitUpdateSchema,
  async run({ tx, user, input, authorize, audit }) {
    const plan: VisitPlan = input;
    await lockRow(tx, "supervision_visit", input.id);
    const before = await readPlan(tx, input.id);
    if (!before) throw new NotFoundError("SupervisionVisit");
    authorize({ unitId: before.row.hostUnitId });
    if (!visitingUnit(user, before.row)) throw new DomainError("workflow.errors.notAllowed");
    // The state first: of an edit and a cancellation at once, the edit is told the visit was cancelled.
    if (before.row.status !== "PLANNED") throw new DomainError(notFromStateKey(before.row.status));
    await assertVersion(tx, "SupervisionVisit", before.audited, input.version);
    const team = await assertTeam(tx, plan.teamIds, before.row.visitorUnitId);

    await tx.supervisionVisit.update({
      where: { id: before.row.id },
      data: { ...planColumns(plan, team), version: before.row.version + 1 },
    });
    await tx.visitTeamMember.deleteMany({ where: { visitId: before.row.id } });
    await tx.visitTeamMember.createMany({
      data: team.map((officialId, sortOrder) => ({ visitId: before.row.id, officialId, sortOrder })),
    });
    await saveAreas(tx, before.row.id, before.areas, plan);
    const after = (await readPlan(tx, before.row.id))!;
    await audit({
      action: "visit.update",
      entityType: "SupervisionVisit",
      entityId: before.row.id,
      unitId: before.row.hostUnitId,
      before: before.audited,
      after: after.audited,
    });
    return { id: before.row.id };
  },
});

/**
 * Batalkan kunjungan: the visiting unit cancels a planned visit, with a reason. No notification kind tells of a
 * cancellation; the visited unit sees it on the visit and it leaves its home page.
 */
export const cancelVisit = transitionMutation(visitWorkflow, "cancel");

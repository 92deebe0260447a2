import "server-only";
import { DomainError } from "@/lib/actions/errors";
import { defineMutation } from "@/lib/actions/mutation";
import { notify } from "@/lib/notifications/notify";
import { checklistLines } from "./areas";
import { visitLink } from "./links";
import { visitSchema, type VisitInput } from "./schemas";

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
    const team = await tx.official.count({
      where: { id: { in: visit.teamIds }, unitId: user.unit.id, status: "ACTIVE" },
    });
    if (team !== new Set(visit.teamIds).size)
      throw new DomainError("supervision.errors.teamNotInUnit", {}, "teamIds");

    const created = await tx.supervisionVisit.create({
      data: {
        hostUnitId: visit.hostUnitId,
        visitorUnitId: user.unit.id,
        leadOfficialId: visit.teamIds[0] ?? null,
        title: visit.title,
        purpose: visit.purpose ?? null,
        location: visit.location ?? null,
        startDate: visit.startDate,
        endDate: visit.endDate,
        createdById: user.id,
        team: {
          create: [...new Set(visit.teamIds)].map((officialId, sortOrder) => ({ officialId, sortOrder })),
        },
        areas: {
          create: visit.areas.map((area, sortOrder) => ({
            area,
            sortOrder,
            items: {
              create: checklistLines(visit[`checklist_${area}`]).map((label, order) => ({
                label: label.slice(0, 300),
                sortOrder: order,
              })),
            },
          })),
        },
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

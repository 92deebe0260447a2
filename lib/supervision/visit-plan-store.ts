/**
 * The parts of a visit's plan kept in their own rows (the team, the areas and their checklists), written the same
 * way when a visit is planned and when its plan is changed.
 */
import "server-only";
import { DomainError } from "@/lib/actions/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { checklistLines } from "./areas";
import type { VisitPlan } from "./schemas";

type Tx = Prisma.TransactionClient;

/** The team: serving officials of the visiting unit. */
export async function assertTeam(tx: Tx, teamIds: readonly string[], visitorUnitId: string) {
  const unique = [...new Set(teamIds)];
  const found = await tx.official.count({
    where: { id: { in: unique }, unitId: visitorUnitId, status: "ACTIVE" },
  });
  if (found !== unique.length) throw new DomainError("supervision.errors.teamNotInUnit", {}, "teamIds");
  return unique;
}

/** The checklist lines typed for `area`, each cut to what a checklist item holds. */
export function checklistOf(plan: VisitPlan, area: string): string[] {
  return checklistLines(plan[`checklist_${area}`]).map((label) => label.slice(0, 300));
}

/** The areas and checklists of a new visit, as nested rows. */
export function newAreas(plan: VisitPlan) {
  return plan.areas.map((area, sortOrder) => ({
    area,
    sortOrder,
    items: { create: checklistOf(plan, area).map((label, order) => ({ label, sortOrder: order })) },
  }));
}

/** A visit's plan as its audit entries keep it: the row, the team in order, each area's checklist; null if none. */
export async function readPlan(tx: Tx, visitId: string) {
  const visit = await tx.supervisionVisit.findUnique({
    where: { id: visitId },
    include: {
      team: { orderBy: { sortOrder: "asc" }, select: { officialId: true } },
      areas: {
        orderBy: { sortOrder: "asc" },
        include: { items: { orderBy: { sortOrder: "asc" } } },
      },
    },
  });
  if (!visit) return null;
  const { team, areas, ...row } = visit;
  return {
    row,
    areas,
    audited: {
      ...row,
      teamIds: team.map((member) => member.officialId),
      areas: Object.fromEntries(areas.map((area) => [area.area, area.items.map((item) => item.label)])),
    },
  };
}

type StoredArea = NonNullable<Awaited<ReturnType<typeof readPlan>>>["areas"][number];

/** Written in the report being drafted: report text for the area, or a result recorded for the item. */
const filled = (item: { result: string }) => item.result !== "NOT_CHECKED";

/**
 * Brings the stored areas and checklists to the plan: areas and items kept keep their rows (and whatever the
 * visited unit already wrote in its draft), new ones are added, the rest removed. What the draft already holds
 * (an area's text, an item's result) is refused removal, so a change of plan never erases the unit's report.
 */
export async function saveAreas(tx: Tx, visitId: string, stored: StoredArea[], plan: VisitPlan) {
  for (const area of stored.filter((row) => !plan.areas.includes(row.area))) {
    if (area.reportText || area.items.some(filled))
      throw new DomainError("supervision.errors.areaInReport", {}, "areas");
  }
  await tx.visitArea.deleteMany({ where: { visitId, area: { notIn: plan.areas } } });
  for (const [sortOrder, area] of plan.areas.entries()) {
    const lines = checklistOf(plan, area);
    const existing = stored.find((row) => row.area === area);
    if (!existing) {
      await tx.visitArea.create({
        data: {
          visitId,
          area,
          sortOrder,
          items: { create: lines.map((label, order) => ({ label, sortOrder: order })) },
        },
      });
      continue;
    }
    await tx.visitArea.update({ where: { id: existing.id }, data: { sortOrder } });
    const unmatched = [...existing.items];
    for (const [order, label] of lines.entries()) {
      const index = unmatched.findIndex((item) => item.label === label);
      if (index >= 0) {
        const [item] = unmatched.splice(index, 1);
        await tx.checklistItem.update({ where: { id: item!.id }, data: { sortOrder: order } });
      } else {
        await tx.checklistItem.create({ data: { areaId: existing.id, label, sortOrder: order } });
      }
    }
    const checked = unmatched.find(filled);
    if (checked)
      throw new DomainError("supervision.errors.itemInReport", { label: checked.label }, `checklist_${area}`);
    await tx.checklistItem.deleteMany({ where: { id: { in: unmatched.map((item) => item.id) } } });
  }
}

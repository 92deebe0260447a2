import "server-only";
import { DomainError, NotFoundError } from "@/lib/actions/errors";
import { defineMutation } from "@/lib/actions/mutation";
import { lockRow } from "@/lib/db/lock-row";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { SectionKind } from "@/lib/generated/prisma/enums";
import { createSectionSchema, updateSectionSchema } from "./schemas";
import { assertVersion } from "@/lib/actions/stale";

interface SectionShape {
  id?: string;
  unitId: string;
  name: string;
  kind: SectionKind;
  parentId?: string | null;
}

/**
 * The shape of the section tree: a Bagian exists only above the regency level and stands at the top;
 * a Sub Bagian stands at the top or below a Bagian of the same unit. Names are unique within a unit.
 */
async function checkSectionShape(tx: Prisma.TransactionClient, section: SectionShape): Promise<void> {
  const unit = await tx.workUnit.findUniqueOrThrow({
    where: { id: section.unitId },
    select: { level: true },
  });
  if (section.kind === "BAGIAN" && unit.level === "REGENCY_CITY") {
    throw new DomainError("units.errors.bagianInRegency", {}, "kind");
  }
  if (section.parentId) {
    if (section.kind === "BAGIAN") throw new DomainError("units.errors.bagianHasParent", {}, "parentId");
    const parent = await tx.section.findUnique({
      where: { id: section.parentId },
      select: { unitId: true, kind: true },
    });
    if (
      !parent ||
      parent.unitId !== section.unitId ||
      parent.kind !== "BAGIAN" ||
      section.parentId === section.id
    ) {
      throw new DomainError("units.errors.parentNotBagian", {}, "parentId");
    }
  }
  if (section.id && section.kind !== "BAGIAN") {
    const children = await tx.section.count({ where: { parentId: section.id } });
    if (children > 0) throw new DomainError("units.errors.sectionHasChildren", { count: children }, "kind");
  }
  const sameName = await tx.section.findUnique({
    where: { unitId_name: { unitId: section.unitId, name: section.name } },
    select: { id: true },
  });
  if (sameName && sameName.id !== section.id)
    throw new DomainError("units.errors.sectionNameTaken", {}, "name");
}

async function unitCode(tx: Prisma.TransactionClient, unitId: string): Promise<string> {
  return (await tx.workUnit.findUniqueOrThrow({ where: { id: unitId }, select: { code: true } })).code;
}

/** Bagian / Sub Bagian baru in a unit in the user's scope. */
export const createSection = defineMutation({
  action: "unit.manage",
  schema: createSectionSchema,
  async run({ tx, input, authorize, audit }) {
    authorize({ unitId: input.unitId });
    await checkSectionShape(tx, input);
    const section = await tx.section.create({
      data: {
        unitId: input.unitId,
        name: input.name,
        kind: input.kind,
        parentId: input.parentId ?? null,
        staffQuota: input.staffQuota,
        sortOrder: input.sortOrder,
      },
    });
    await audit({
      action: "section.create",
      entityType: "Section",
      entityId: section.id,
      unitId: section.unitId,
      after: section,
    });
    return { id: section.id, unitCode: await unitCode(tx, section.unitId) };
  },
});

/** Edits a section, its formasi (staffQuota) included; the audit entry keeps the quota before and after. */
export const updateSection = defineMutation({
  action: "unit.manage",
  schema: updateSectionSchema,
  async run({ tx, input, authorize, audit }) {
    await lockRow(tx, "section", input.id);
    const before = await tx.section.findUnique({ where: { id: input.id } });
    if (!before) throw new NotFoundError("Section");
    authorize({ unitId: before.unitId });
    await assertVersion(tx, "Section", before, input.version);
    const parentId = input.parentId ?? null;
    await checkSectionShape(tx, {
      id: before.id,
      unitId: before.unitId,
      name: input.name,
      kind: input.kind,
      parentId,
    });
    const after = await tx.section.update({
      where: { id: before.id, version: input.version },
      data: {
        name: input.name,
        kind: input.kind,
        parentId,
        staffQuota: input.staffQuota,
        sortOrder: input.sortOrder,
        version: { increment: 1 },
      },
    });
    await audit({
      action: "section.update",
      entityType: "Section",
      entityId: after.id,
      unitId: after.unitId,
      before,
      after,
    });
    return { id: after.id, unitCode: await unitCode(tx, after.unitId) };
  },
});

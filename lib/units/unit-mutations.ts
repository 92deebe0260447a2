import "server-only";
import { DomainError, NotFoundError } from "@/lib/actions/errors";
import { defineMutation } from "@/lib/actions/mutation";
import { lockRow } from "@/lib/db/lock-row";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { UnitLevel } from "@/lib/generated/prisma/enums";
import { createUnitSchema, updateUnitSchema } from "./schemas";
import { assertVersion } from "@/lib/actions/stale";

const CHILD_LEVEL: Record<UnitLevel, UnitLevel | null> = {
  NATIONAL: "PROVINCE",
  PROVINCE: "REGENCY_CITY",
  REGENCY_CITY: null,
};

/** A province has a 2-digit region code; a regency/city 4 digits that start with its province's code. */
function checkCodeShape(code: string, level: UnitLevel, parentCode: string | null): void {
  const ok =
    level === "PROVINCE"
      ? code.length === 2
      : level === "REGENCY_CITY"
        ? code.length === 4 && (parentCode === null || code.startsWith(parentCode))
        : true;
  if (!ok) throw new DomainError("units.errors.codeShape", { parentCode: parentCode ?? "" }, "code");
}

async function checkCodeFree(tx: Prisma.TransactionClient, code: string, exceptId?: string): Promise<void> {
  const holder = await tx.workUnit.findUnique({ where: { code }, select: { id: true } });
  if (holder && holder.id !== exceptId) throw new DomainError("units.errors.codeTaken", { code }, "code");
}

async function findParent(tx: Prisma.TransactionClient, parentId: string) {
  const parent = await tx.workUnit.findUnique({
    where: { id: parentId },
    select: { id: true, code: true, level: true },
  });
  if (!parent) throw new NotFoundError("WorkUnit");
  return parent;
}

/** Satuan kerja baru: a unit one level below its parent, which must be in the user's scope. */
export const createUnit = defineMutation({
  action: "unit.manage",
  schema: createUnitSchema,
  async run({ tx, input, authorize, audit }) {
    const parent = await findParent(tx, input.parentId);
    authorize({ unitId: parent.id });
    const level = CHILD_LEVEL[parent.level];
    if (!level) throw new DomainError("units.errors.parentTooLow", {}, "parentId");
    checkCodeShape(input.code, level, parent.level === "NATIONAL" ? null : parent.code);
    await checkCodeFree(tx, input.code);
    const unit = await tx.workUnit.create({
      data: {
        name: input.name,
        shortName: input.shortName,
        code: input.code,
        level,
        parentId: parent.id,
        timeZone: input.timeZone,
        supportStaffQuota: input.supportStaffQuota,
        address: input.address ?? null,
      },
    });
    await audit({
      action: "unit.create",
      entityType: "WorkUnit",
      entityId: unit.id,
      unitId: unit.id,
      after: unit,
    });
    return { id: unit.id, unitCode: unit.code };
  },
});

/** Edits a unit; moving it to another parent needs the new parent in scope and at the same level as the old. */
export const updateUnit = defineMutation({
  action: "unit.manage",
  schema: updateUnitSchema,
  async run({ tx, input, authorize, audit }) {
    await lockRow(tx, "work_unit", input.id);
    const found = await tx.workUnit.findUnique({
      where: { id: input.id },
      include: { parent: { select: { code: true } } },
    });
    if (!found) throw new NotFoundError("WorkUnit");
    const { parent: currentParent, ...before } = found;
    authorize({ unitId: before.id });
    await assertVersion(tx, "WorkUnit", before, input.version);

    const parentId = input.parentId ?? before.parentId;
    let parentCode = currentParent?.code ?? null;
    if (parentId !== before.parentId) {
      if (!parentId) throw new DomainError("units.errors.parentRequired", {}, "parentId");
      const parent = await findParent(tx, parentId);
      authorize({ unitId: parent.id });
      if (CHILD_LEVEL[parent.level] !== before.level)
        throw new DomainError("units.errors.parentLevel", {}, "parentId");
      parentCode = parent.level === "NATIONAL" ? null : parent.code;
    }
    if (input.code !== before.code || parentId !== before.parentId) {
      checkCodeShape(input.code, before.level, before.level === "REGENCY_CITY" ? parentCode : null);
      await checkCodeFree(tx, input.code, before.id);
    }

    const after = await tx.workUnit.update({
      where: { id: before.id, version: input.version },
      data: {
        name: input.name,
        shortName: input.shortName,
        code: input.code,
        parentId,
        timeZone: input.timeZone,
        supportStaffQuota: input.supportStaffQuota,
        address: input.address ?? null,
        version: { increment: 1 },
      },
    });
    await audit({
      action: "unit.update",
      entityType: "WorkUnit",
      entityId: after.id,
      unitId: after.id,
      before,
      after,
    });
    return { id: after.id, unitCode: after.code };
  },
});

import "server-only";
import { DomainError, NotFoundError } from "@/lib/actions/errors";
import { defineMutation } from "@/lib/actions/mutation";
import { mostHoldersFrom } from "@/lib/assignments/post-holders";
import { lockRow } from "@/lib/db/lock-row";
import { todayOfUnit } from "@/lib/dates/unit-today";
import type { Prisma } from "@/lib/generated/prisma/client";
import { abolishPositionSchema, createPositionSchema, updatePositionSchema } from "./schemas";
import { assertVersion } from "@/lib/actions/stale";

/** Proposals that still wait for the post: it may not be abolished under them. */
const OPEN_PROPOSALS = ["DRAFT", "SUBMITTED", "APPROVED"] as const;

async function checkSection(
  tx: Prisma.TransactionClient,
  unitId: string,
  sectionId: string | undefined,
): Promise<void> {
  if (!sectionId) return;
  const section = await tx.section.findUnique({ where: { id: sectionId }, select: { unitId: true } });
  if (!section || section.unitId !== unitId)
    throw new DomainError("units.errors.sectionNotInUnit", {}, "sectionId");
}

/** Holders now or scheduled later, at the busiest day: what the post's quota must still allow. */
async function holdersFromToday(tx: Prisma.TransactionClient, position: { id: string; unitId: string }) {
  return mostHoldersFrom(tx, position.id, await todayOfUnit(tx, position.unitId));
}

/** The live post being changed, in scope and at the version the user opened; with its unit's code. */
async function livePositionAt(
  tx: Prisma.TransactionClient,
  input: { id: string; version: number },
  authorize: (record: { unitId: string }) => void,
) {
  await lockRow(tx, "position", input.id);
  const position = await tx.position.findUnique({
    where: { id: input.id },
    include: { unit: { select: { code: true } } },
  });
  if (!position) throw new NotFoundError("Position");
  const { unit, ...record } = position;
  authorize({ unitId: record.unitId });
  await assertVersion(tx, "Position", record, input.version);
  if (record.abolishedAt) throw new DomainError("units.errors.positionAbolished");
  return { before: record, unitCode: unit.code };
}

/** Jabatan baru in a unit in the user's scope. */
export const createPosition = defineMutation({
  action: "unit.manage",
  schema: createPositionSchema,
  async run({ tx, input, authorize, audit }) {
    authorize({ unitId: input.unitId });
    await checkSection(tx, input.unitId, input.sectionId);
    const position = await tx.position.create({
      data: {
        unitId: input.unitId,
        sectionId: input.sectionId ?? null,
        title: input.title,
        kind: input.kind,
        level: input.level,
        quota: input.quota,
        sortOrder: input.sortOrder,
      },
      include: { unit: { select: { code: true } } },
    });
    const { unit, ...after } = position;
    await audit({
      action: "position.create",
      entityType: "Position",
      entityId: after.id,
      unitId: after.unitId,
      after,
    });
    return { id: after.id, unitCode: unit.code };
  },
});

/** Edits a post; its quota may not drop below the officials holding it at once, now or as scheduled. */
export const updatePosition = defineMutation({
  action: "unit.manage",
  schema: updatePositionSchema,
  async run({ tx, input, authorize, audit }) {
    const { before, unitCode } = await livePositionAt(tx, input, authorize);
    await checkSection(tx, before.unitId, input.sectionId);
    const holders = await holdersFromToday(tx, before);
    if (input.quota < holders) throw new DomainError("units.errors.quotaBelowHolders", { holders }, "quota");
    const after = await tx.position.update({
      where: { id: before.id, version: input.version },
      data: {
        title: input.title,
        kind: input.kind,
        level: input.level,
        sectionId: input.sectionId ?? null,
        quota: input.quota,
        sortOrder: input.sortOrder,
        version: { increment: 1 },
      },
    });
    await audit({
      action: "position.update",
      entityType: "Position",
      entityId: after.id,
      unitId: after.unitId,
      before,
      after,
    });
    return { id: after.id, unitCode };
  },
});

/**
 * Abolishes a post (jabatan dihapus) instead of deleting it: its assignment history stays readable.
 * Refused while someone holds it, now or from a scheduled date, or a proposal still waits for it.
 */
export const abolishPosition = defineMutation({
  action: "unit.manage",
  schema: abolishPositionSchema,
  async run({ tx, input, authorize, audit }) {
    const { before, unitCode } = await livePositionAt(tx, input, authorize);
    const holders = await holdersFromToday(tx, before);
    if (holders > 0) throw new DomainError("units.errors.positionHeld", { holders });
    const proposals = await tx.appointmentProposal.count({
      where: { positionId: before.id, status: { in: [...OPEN_PROPOSALS] } },
    });
    if (proposals > 0) throw new DomainError("units.errors.positionHasProposals", { proposals });
    const after = await tx.position.update({
      where: { id: before.id, version: input.version },
      data: { abolishedAt: new Date(), version: { increment: 1 } },
    });
    await audit({
      action: "position.abolish",
      entityType: "Position",
      entityId: after.id,
      unitId: after.unitId,
      before,
      after,
    });
    return { id: after.id, unitCode };
  },
});

/**
 * Berita Acara Pelantikan: a draft is written and corrected freely once the ceremony is held; making it final
 * freezes the appointees' table in it; a correction after that is the next revision, and the final one stays.
 */
import "server-only";
import { z } from "zod";
import { DomainError, NotFoundError } from "@/lib/actions/errors";
import { defineMutation } from "@/lib/actions/mutation";
import { lockRow } from "@/lib/db/lock-row";
import type { Prisma } from "@/lib/generated/prisma/client";
import { optionalText, recordId, text } from "@/lib/validations/input";
import { appointeeRows } from "./appointee-rows";
import { INAUGURATION_ERRORS } from "./completion";

const ENTITY = "InaugurationMinutes";

async function lockHeldCeremony(
  tx: Prisma.TransactionClient,
  id: string,
  authorize: (record: { unitId: string }) => void,
) {
  // The ceremony's row serialises every change to its minutes (two clerks saving at once).
  await lockRow(tx, "inauguration", id);
  const ceremony = await tx.inauguration.findUnique({
    where: { id },
    include: { unit: { select: { timeZone: true } } },
  });
  if (!ceremony) throw new NotFoundError("Inauguration");
  authorize(ceremony);
  if (ceremony.status !== "HELD") throw new DomainError(`${INAUGURATION_ERRORS}.minutesNotHeld`);
  const latest = await tx.inaugurationMinutes.findFirst({
    where: { inaugurationId: id },
    orderBy: { revision: "desc" },
  });
  return { ceremony, latest };
}

/** Simpan konsep: writes the draft, or opens the next revision when the latest is final. */
export const saveMinutes = defineMutation({
  action: "inauguration.manage",
  schema: z.object({
    id: recordId,
    number: text({ max: 100 }),
    notes: optionalText({ max: 4000, multiline: true }),
  }),
  async run({ tx, input, authorize, audit }) {
    const { ceremony, latest } = await lockHeldCeremony(tx, input.id, authorize);
    const fields = { number: input.number, notes: input.notes ?? null };
    const after =
      latest?.status === "DRAFT"
        ? await tx.inaugurationMinutes.update({
            where: { id: latest.id },
            data: { ...fields, version: latest.version + 1 },
          })
        : await tx.inaugurationMinutes.create({
            data: { ...fields, inaugurationId: ceremony.id, revision: (latest?.revision ?? 0) + 1 },
          });
    await audit({
      action: latest?.status === "DRAFT" ? "inauguration.minutesUpdate" : "inauguration.minutesDraft",
      entityType: ENTITY,
      entityId: after.id,
      unitId: ceremony.unitId,
      before: latest?.status === "DRAFT" ? latest : null,
      after,
    });
    return { id: ceremony.id };
  },
});

/** Tetapkan final: the draft is locked with the appointees' table as it stands now. */
export const finalizeMinutes = defineMutation({
  action: "inauguration.manage",
  schema: z.object({ id: recordId }),
  async run({ tx, user, input, authorize, audit }) {
    const { ceremony, latest } = await lockHeldCeremony(tx, input.id, authorize);
    if (!latest || latest.status !== "DRAFT") throw new DomainError(`${INAUGURATION_ERRORS}.noDraft`);
    const snapshot = await appointeeRows(tx, ceremony);
    const after = await tx.inaugurationMinutes.update({
      where: { id: latest.id },
      data: {
        status: "FINAL",
        snapshot: snapshot as unknown as Prisma.InputJsonValue,
        finalizedAt: new Date(),
        finalizedById: user.id,
        version: latest.version + 1,
      },
    });
    await audit({
      action: "inauguration.minutesFinal",
      entityType: ENTITY,
      entityId: after.id,
      unitId: ceremony.unitId,
      before: { status: latest.status },
      after: { status: after.status, revision: after.revision, number: after.number },
    });
    return { id: ceremony.id };
  },
});

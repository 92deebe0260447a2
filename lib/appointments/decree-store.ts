/** Surat Keputusan: recorded once per issuing unit and number. */
import "server-only";
import { DomainError } from "@/lib/actions/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { APPOINTMENT_ERRORS } from "./conflicts";

export interface DecreeInput {
  decreeNumber?: string;
  decreeDate?: Date;
  archiveReference?: string;
}

/**
 * The decree `unitId` issues under this number: a new one, or null when no number was given. A number the unit has
 * already used is refused on the field (the unique index answers a race the same way, by rolling back).
 */
export async function recordDecree(tx: Prisma.TransactionClient, issuingUnitId: string, input: DecreeInput) {
  if (!input.decreeNumber || !input.decreeDate) return null;
  const taken = await tx.decree.findUnique({
    where: { issuingUnitId_number: { issuingUnitId, number: input.decreeNumber } },
    select: { id: true },
  });
  if (taken)
    throw new DomainError(
      `${APPOINTMENT_ERRORS}.decreeNumberTaken`,
      { number: input.decreeNumber },
      "decreeNumber",
    );
  return tx.decree.create({
    data: {
      issuingUnitId,
      number: input.decreeNumber,
      date: input.decreeDate,
      archiveReference: input.archiveReference ?? null,
    },
  });
}

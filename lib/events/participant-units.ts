import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * The units an event may name as participants ("semua satuan kerja di bawah" takes them all): the organiser's
 * subtree without the organiser itself, open units only. The forms list these and saveEvent reads the same.
 */
export function participantUnitsWhere(
  organiserTree: Iterable<string>,
  organiserId: string,
): Prisma.WorkUnitWhereInput {
  return { id: { in: [...organiserTree].filter((id) => id !== organiserId) }, deactivatedAt: null };
}

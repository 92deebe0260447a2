import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { busiestDayFrom } from "./busiest-day";
import { openOnOrAfterWhere } from "./current";

/** The most officials holding the post at once on `from` or any later day, scheduled posts included. */
export async function mostHoldersFrom(
  tx: Prisma.TransactionClient,
  positionId: string,
  from: Date,
): Promise<number> {
  const periods = await tx.assignment.findMany({
    where: { positionId, ...openOnOrAfterWhere(from) },
    select: { startDate: true, endDate: true },
  });
  return busiestDayFrom(periods, from).held.length;
}

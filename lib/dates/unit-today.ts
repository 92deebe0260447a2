import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { todayInZone } from "./today";

/** Today in a unit's own zone: the day that decides whether a change to its records is due. */
export async function todayOfUnit(
  db: Pick<Prisma.TransactionClient, "workUnit">,
  unitId: string,
  now = new Date(),
): Promise<Date> {
  const unit = await db.workUnit.findUniqueOrThrow({ where: { id: unitId }, select: { timeZone: true } });
  return todayInZone(unit.timeZone, now);
}

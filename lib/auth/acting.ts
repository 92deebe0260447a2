/**
 * Plt./Plh. Sekretaris (pelaksana tugas / pelaksana harian): a user designated for a period acts with the
 * secretary's role at their own unit, and what they decide is recorded as decided by "Plh. Sekretaris".
 */
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { ActingKind } from "@/lib/generated/prisma/enums";
import { todayInZone } from "@/lib/dates/today";

/** The user's designation in force today at their unit (in its zone), if any. */
export async function actingToday(
  db: Pick<PrismaClient, "actingDesignation">,
  userId: string,
  unit: { id: string; timeZone: string },
): Promise<{ kind: ActingKind } | null> {
  const today = todayInZone(unit.timeZone);
  return db.actingDesignation.findFirst({
    where: { userId, unitId: unit.id, cancelledAt: null, startDate: { lte: today }, endDate: { gte: today } },
    select: { kind: true },
    orderBy: { startDate: "desc" },
  });
}

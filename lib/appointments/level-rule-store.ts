/** The decision chain and minimum ranks as stored (AppointmentLevelRule), for the checks and the settings page. */
import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { LevelRule } from "./level-rules";

export async function loadLevelRules(
  db: Pick<Prisma.TransactionClient, "appointmentLevelRule">,
): Promise<LevelRule[]> {
  return db.appointmentLevelRule.findMany({
    select: { positionLevel: true, deciderLevels: true, minimumRank: true },
  });
}

/** The warning a clerk confirms before placing an active official in a unit already at its formasi. */
import "server-only";
import { DomainError } from "@/lib/actions/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { EmploymentType, OfficialStatus } from "@/lib/generated/prisma/enums";
import { unitAtQuota } from "@/lib/units/posture-quota";
import { ERR } from "./official-store";

/**
 * Refuses, once, to add an active official to `unitId` when the unit has no room left in its quota; the form then
 * shows the sentence on its "confirmQuota" checkbox, and saving with it ticked goes through. `counted`: called
 * after the official was written there (a new record, so that a full post is refused first).
 */
export async function assertQuotaConfirmed(
  tx: Prisma.TransactionClient,
  official: { unitId: string; employmentType: EmploymentType; status: OfficialStatus },
  today: Date,
  confirmed: boolean,
  counted = false,
) {
  if (confirmed || official.status !== "ACTIVE") return;
  const full = await unitAtQuota(tx, official.unitId, official.employmentType, today, counted);
  if (!full) return;
  throw new DomainError(
    `${ERR}.${full.support ? "unitAtSupportQuota" : "unitAtQuota"}`,
    { unit: full.unit, staff: full.staff, quota: full.quota },
    "confirmQuota",
  );
}

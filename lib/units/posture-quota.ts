/**
 * Whether a unit is already at its formasi (kuota) for one more official of a kind: ASN against the ASN quota,
 * support staff against theirs. Formasi is the unit's planned need (analisis jabatan/beban kerja), not a legal
 * cap on a decree already issued, so the forms warn and let the clerk confirm (docs/decisions/020).
 */
import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { EmploymentType } from "@/lib/generated/prisma/enums";
import { loadPostures } from "./posture-queries";

export interface UnitAtQuota {
  unit: string;
  staff: number;
  quota: number;
  support: boolean;
}

/**
 * The unit's figures when it has no room for one more of the kind, else null. `counted`: the official is already
 * among the staff (checked after the write). A quota of 0 is a formasi not recorded yet: nothing to warn about.
 */
export async function unitAtQuota(
  tx: Prisma.TransactionClient,
  unitId: string,
  employmentType: EmploymentType,
  today: Date,
  counted = false,
): Promise<UnitAtQuota | null> {
  const [found] = await loadPostures(tx, [unitId], today);
  if (!found) return null;
  const support = employmentType === "NON_ASN";
  const count = support ? found.posture.support : found.posture.asn;
  const others = counted ? count.staff - 1 : count.staff;
  return count.quota > 0 && others >= count.quota
    ? { unit: found.unit.name, staff: others, quota: count.quota, support }
    : null;
}

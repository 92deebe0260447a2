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

export async function unitAtQuota(
  tx: Prisma.TransactionClient,
  unitId: string,
  employmentType: EmploymentType,
  today: Date,
): Promise<UnitAtQuota | null> {
  const [found] = await loadPostures(tx, [unitId], today);
  if (!found) return null;
  const support = employmentType === "NON_ASN";
  const count = support ? found.posture.support : found.posture.asn;
  return count.staff >= count.quota
    ? { unit: found.unit.name, staff: count.staff, quota: count.quota, support }
    : null;
}

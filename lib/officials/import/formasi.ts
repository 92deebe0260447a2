/**
 * An import that brings active officials into a unit beyond its formasi (kuota) says so in the preview, as the
 * forms do (docs/decisions/020): the decree was issued elsewhere and the import records it, so it is a warning the
 * clerk reads before committing, not a refusal.
 */
import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { loadPostures } from "@/lib/units/posture-queries";
import type { ImportPlan, PlanEntry } from "./plan";

export interface FormasiWarning {
  unit: string;
  /** Support staff (tenaga pendukung) against their own quota, else ASN against the ASN quota. */
  support: boolean;
  staff: number;
  adding: number;
  quota: number;
}

/** The row adds an active official to its unit: a new one, or a stored one moved in or made active. */
function joinsUnit(entry: PlanEntry): boolean {
  const fields = entry.fields;
  if (!fields || fields.status !== "ACTIVE") return false;
  if (entry.kind === "create") return true;
  return (
    entry.kind === "update" &&
    (entry.existing?.unitId !== fields.unitId || entry.existing?.status !== "ACTIVE")
  );
}

export async function formasiWarnings(
  db: Prisma.TransactionClient,
  plan: ImportPlan,
  today: Date,
): Promise<FormasiWarning[]> {
  const adding = new Map<string, { asn: number; support: number }>();
  for (const entry of plan.entries) {
    if (!joinsUnit(entry)) continue;
    const unitId = entry.fields!.unitId;
    const counts = adding.get(unitId) ?? { asn: 0, support: 0 };
    if (entry.fields!.employmentType === "NON_ASN") counts.support += 1;
    else counts.asn += 1;
    adding.set(unitId, counts);
  }
  if (adding.size === 0) return [];
  const postures = await loadPostures(db, [...adding.keys()], today);
  return postures.flatMap(({ unit, posture }) => {
    const added = adding.get(unit.id)!;
    return (
      [
        { support: false, count: posture.asn, adding: added.asn },
        { support: true, count: posture.support, adding: added.support },
      ] as const
    )
      .filter(({ count, adding }) => adding > 0 && count.quota > 0 && count.staff + adding > count.quota)
      .map(({ support, count, adding }) => ({
        unit: unit.name,
        support,
        staff: count.staff,
        adding,
        quota: count.quota,
      }));
  });
}

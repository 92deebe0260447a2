import { useTranslations } from "next-intl";
import type { StaffingPosture } from "@/lib/units/posture";

/**
 * Posisi SDM as a report states it: structure complete or not, ASN against quota, support staff against quota.
 * Three facts, each a label and its value: a description list, like the other facts panels (visit-facts.tsx).
 */
export function PostureFacts({ posture }: { posture: StaffingPosture }) {
  const t = useTranslations("supervision");
  const rows: [string, string][] = [
    [
      t("postureStructural"),
      posture.structural.complete
        ? t("postureComplete")
        : t("postureIncomplete", { vacant: posture.structural.vacant.length }),
    ],
    [t("postureAsn"), t("postureCount", { staff: posture.asn.staff, quota: posture.asn.quota })],
    [t("postureSupport"), t("postureCount", { staff: posture.support.staff, quota: posture.support.quota })],
  ];
  return (
    <dl className="divide-y divide-slate-100 text-sm">
      {rows.map(([label, value]) => (
        <div key={label} className="grid gap-1 px-4 py-2 sm:grid-cols-2 sm:gap-4">
          <dt className="text-slate-600">{label}</dt>
          <dd className="font-medium text-slate-900 tabular-nums">{value}</dd>
        </div>
      ))}
    </dl>
  );
}

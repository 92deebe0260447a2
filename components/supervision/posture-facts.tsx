import { useTranslations } from "next-intl";
import type { StaffingPosture } from "@/lib/units/posture";

/** Posisi SDM as a report states it: structure complete or not, ASN against quota, support staff against quota. */
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
    <table className="w-full text-sm">
      <caption className="sr-only">{t("sections.posture")}</caption>
      <tbody className="divide-y divide-slate-100">
        {rows.map(([label, value]) => (
          <tr key={label}>
            <th scope="row" className="px-4 py-2 text-left font-normal text-slate-600">
              {label}
            </th>
            <td className="px-4 py-2 font-medium text-slate-900 tabular-nums">{value}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

"use client";

import { useTranslations } from "next-intl";
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

export interface PostureChartDatum {
  name: string;
  staff: number;
  quota: number;
}

const SERIES = {
  asn: { title: "chartTitle", staff: "chartStaff", quota: "chartQuota" },
  support: { title: "support", staff: "chartSupport", quota: "chartSupportQuota" },
} as const;

/**
 * Staff against quota per unit, as horizontal bars (unit names stay readable). A picture of the table above it,
 * which is the accessible equivalent: the chart itself is hidden from assistive technology.
 */
export function PostureChart({ data, series }: { data: PostureChartDatum[]; series: keyof typeof SERIES }) {
  const t = useTranslations("units.posture");
  const labels = SERIES[series];
  return (
    <figure className="rounded-lg border border-slate-200 bg-white p-4">
      <figcaption className="mb-2">
        <span className="font-medium text-slate-800">{t(labels.title)}</span>{" "}
        <span className="text-sm text-slate-600">{t("chartNote")}</span>
      </figcaption>
      <div aria-hidden="true" style={{ height: Math.max(160, data.length * 34 + 60) }}>
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={data} layout="vertical" margin={{ left: 8, right: 16 }} accessibilityLayer={false}>
            <CartesianGrid strokeDasharray="3 3" horizontal={false} />
            <XAxis type="number" allowDecimals={false} />
            <YAxis type="category" dataKey="name" width={150} tick={{ fontSize: 12 }} />
            <Tooltip />
            <Legend />
            <Bar dataKey="staff" name={t(labels.staff)} fill="#b91c1c" />
            <Bar dataKey="quota" name={t(labels.quota)} fill="#94a3b8" />
          </BarChart>
        </ResponsiveContainer>
      </div>
    </figure>
  );
}

"use client";

import dynamic from "next/dynamic";
import { useTranslations } from "next-intl";
import type { PostureChartDatum } from "./posture-bars";

export type { PostureChartDatum } from "./posture-bars";

// The chart library (recharts, ~106 KB gz) is its own chunk, fetched only on a page that shows a chart and after
// the table is on screen; the box keeps its height meanwhile, so nothing moves when the bars arrive.
const PostureBars = dynamic(() => import("./posture-bars"), { ssr: false });

const SERIES = {
  asn: { title: "chartTitle", staff: "chartStaff", quota: "chartQuota" },
  support: { title: "support", staff: "chartSupport", quota: "chartSupportQuota" },
} as const;

/**
 * Staff against quota per row of the table above it, as horizontal bars (names stay readable). The table is the
 * accessible equivalent: the chart itself is hidden from assistive technology.
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
        <PostureBars data={data} staffLabel={t(labels.staff)} quotaLabel={t(labels.quota)} />
      </div>
    </figure>
  );
}

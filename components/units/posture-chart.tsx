import { useTranslations } from "next-intl";

export interface PostureChartDatum {
  name: string;
  staff: number;
  quota: number;
}

const SERIES = {
  asn: { title: "chartTitle", staff: "chartStaff", quota: "chartQuota" },
  support: { title: "support", staff: "chartSupport", quota: "chartSupportQuota" },
} as const;

// The bars' colours, defined once on .posture-bars (app/globals.css).
const STAFF_BAR = "bg-(--bar-staff)";
const QUOTA_BAR = "bg-(--bar-quota)";

/**
 * Staff against quota per row of the table above it, as horizontal bars drawn on the server: no chart library and
 * no script (recharts cost about 105 KB and, on a national page, seconds of blocked main thread in Lighthouse). The
 * table is the accessible equivalent: the bars are hidden from assistive technology.
 */
export function PostureChart({ data, series }: { data: PostureChartDatum[]; series: keyof typeof SERIES }) {
  const t = useTranslations("units.posture");
  const labels = SERIES[series];
  const max = Math.max(1, ...data.flatMap((row) => [row.staff, row.quota]));
  const width = (value: number) => `${Math.round((value / max) * 1000) / 10}%`;
  return (
    <figure className="rounded-lg border border-slate-200 bg-white p-4">
      <figcaption className="mb-3">
        <span className="font-medium text-slate-800">{t(labels.title)}</span>{" "}
        <span className="text-sm text-slate-600">{t("chartNote")}</span>
      </figcaption>
      <div aria-hidden="true" className="posture-bars text-xs text-slate-700">
        <ul className="space-y-1.5">
          {data.map((row, index) => (
            // The row's grid and its two bars, one element's two backgrounds sized by --staff and --quota, are
            // rules in app/globals.css (.posture-bars): three elements a row, 39 rows a chart nationally.
            <li key={index}>
              <span className="truncate">{row.name}</span>
              <span
                style={{ "--staff": width(row.staff), "--quota": width(row.quota) } as React.CSSProperties}
              />
            </li>
          ))}
        </ul>
        <p className="mt-2 grid grid-cols-[minmax(0,9rem)_1fr] gap-2 tabular-nums text-slate-500">
          <span />
          <span className="flex justify-between">
            <span>0</span>
            <span>{max}</span>
          </span>
        </p>
        <p className="mt-2 flex flex-wrap gap-4">
          {[
            [STAFF_BAR, t(labels.staff)],
            [QUOTA_BAR, t(labels.quota)],
          ].map(([bar, label]) => (
            <span key={label} className="inline-flex items-center gap-1.5">
              <span className={`inline-block h-2.5 w-4 ${bar}`} />
              {label}
            </span>
          ))}
        </p>
      </div>
    </figure>
  );
}

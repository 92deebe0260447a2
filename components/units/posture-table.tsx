import Link from "next/link";
import { useTranslations } from "next-intl";
import { SortableHeader } from "@/components/ui/sortable-header";
import type { PostureFigures } from "@/lib/units/posture";
import { nextSort, sortQuery, type PostureSort, type PostureSortKey } from "@/lib/units/posture-sort";
import { QuotaFigure, QuotaStatus } from "./quota-status";

export interface PostureTableRow {
  id: string;
  code: string;
  name: string;
  figures: PostureFigures;
  /** The vacant structural posts, named so the province sees which ones without opening each unit. */
  vacantTitles?: string[];
}

const COLUMNS: { key: PostureSortKey; label: string; numeric: boolean }[] = [
  { key: "unit", label: "unit", numeric: false },
  { key: "structural", label: "colStructural", numeric: false },
  { key: "vacant", label: "colVacant", numeric: true },
  { key: "asn", label: "colAsn", numeric: false },
  { key: "shortfall", label: "colShortfall", numeric: true },
  { key: "support", label: "colSupport", numeric: false },
];

/** A vacant structural post marks the whole row; staff shortfalls are marked in their own cells. */
function needsAttention(f: PostureFigures): boolean {
  return f.structuralVacant > 0;
}

function Cells({ figures }: { figures: PostureFigures }) {
  const t = useTranslations("units.posture");
  const complete = figures.structuralVacant === 0;
  return (
    <>
      <td className="px-3 py-2">
        <span className="tabular-nums">
          {figures.structuralFilled}/{figures.structuralTotal}
        </span>{" "}
        <span className={`text-xs font-medium ${complete ? "text-emerald-800" : "text-red-800"}`}>
          {complete ? `✓ ${t("complete")}` : `⚠ ${t("notComplete")}`}
        </span>
      </td>
      <td className={`px-3 py-2 text-right tabular-nums ${complete ? "" : "font-semibold text-red-800"}`}>
        {figures.structuralVacant}
      </td>
      <td className="px-3 py-2 tabular-nums">
        {t("ofQuota", { staff: figures.asn.staff, quota: figures.asn.quota })}
      </td>
      <td className="px-3 py-2 text-right">
        <QuotaStatus count={figures.asn} />
      </td>
      <td className="px-3 py-2">
        <QuotaFigure count={figures.support} />
      </td>
    </>
  );
}

/**
 * The province's posisi SDM, one row per unit and a totals row. Sorting is server-side: each header links to
 * the page with other search parameters and carries aria-sort.
 */
export function PostureTable({
  rows,
  totals,
  sort,
}: {
  rows: PostureTableRow[];
  totals: PostureFigures;
  sort: PostureSort;
}) {
  const t = useTranslations("units.posture");
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="min-w-full divide-y divide-slate-200 text-sm">
        <caption className="px-3 py-2 text-left text-slate-600">
          {t("tableCaption")} {t("legendGap")}
        </caption>
        <thead className="bg-slate-50 text-left">
          <tr>
            {COLUMNS.map((column) => (
              <SortableHeader
                key={column.key}
                label={t(column.label)}
                href={sortQuery(nextSort(sort, column.key))}
                sort={sort.key === column.key ? (sort.dir === "asc" ? "ascending" : "descending") : "none"}
                sortedLabel={sort.dir === "asc" ? t("sortedAscending") : t("sortedDescending")}
                className={column.numeric ? "text-right" : ""}
              />
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {rows.map((row) => {
            const attention = needsAttention(row.figures);
            return (
              <tr key={row.id} className={attention ? "bg-red-50/60" : undefined}>
                <th scope="row" className="px-3 py-2 text-left font-medium">
                  <Link href={`/satuan-kerja/${row.code}`} className="text-brand-700 hover:underline">
                    {row.name}
                  </Link>
                  {attention ? (
                    <span className="ml-2 text-amber-800" title={t("gapMarker")}>
                      <span aria-hidden="true">⚠</span>
                      <span className="sr-only">{t("gapMarker")}</span>
                    </span>
                  ) : null}
                  {row.vacantTitles?.length ? (
                    <p className="mt-0.5 text-xs font-normal text-red-800">
                      {t("vacantPosts", { posts: row.vacantTitles.join("; ") })}
                    </p>
                  ) : null}
                </th>
                <Cells figures={row.figures} />
              </tr>
            );
          })}
        </tbody>
        <tfoot className="border-t-2 border-slate-300 bg-slate-50 font-medium">
          <tr>
            <th scope="row" className="px-3 py-2 text-left">
              {t("totals")}
            </th>
            <Cells figures={totals} />
          </tr>
        </tfoot>
      </table>
    </div>
  );
}

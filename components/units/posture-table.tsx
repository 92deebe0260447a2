import Link from "@/components/ui/link";
import { useTranslations } from "next-intl";
import { DataTable, type Column } from "@/components/ui/data-table";
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
  /** Where the name links when not to the unit's page (a province's drill-down). */
  href?: string;
  /** How many units a rolled-up province row sums. */
  unitCount?: number;
}

/** A vacant structural post marks the whole row; staff shortfalls are marked in their own cells. */
function needsAttention(f: PostureFigures): boolean {
  return f.structuralVacant > 0;
}

function UnitName({ row }: { row: PostureTableRow }) {
  const t = useTranslations("units.posture");
  return (
    <>
      <Link href={row.href ?? `/satuan-kerja/${row.code}`} className="text-brand-700 hover:underline">
        {row.name}
      </Link>
      {needsAttention(row.figures) ? (
        <span className="ml-2 text-amber-800" title={t("gapMarker")} role="img">
          ⚠
        </span>
      ) : null}
      {row.unitCount !== undefined ? (
        <p className="mt-0.5 text-xs font-normal text-slate-600">
          {t("provinceUnits", { count: row.unitCount })}
        </p>
      ) : null}
      {row.vacantTitles?.length ? (
        <p className="mt-0.5 text-xs font-normal text-red-800">
          {t("vacantPosts", { posts: row.vacantTitles.join("; ") })}
        </p>
      ) : null}
    </>
  );
}

function usePostureColumns(): Column<PostureTableRow>[] {
  const t = useTranslations("units.posture");
  const column = (
    key: PostureSortKey,
    label: string,
    cell: (f: PostureFigures) => React.ReactNode,
    numeric = false,
  ): Column<PostureTableRow> => ({
    key,
    sortKey: key,
    header: t(label),
    align: numeric ? "right" : undefined,
    // A right-aligned column has figures of equal width already (DataTable); the others get them on the cell, not a
    // span in each of its rows.
    cellClassName: numeric ? undefined : "tabular-nums",
    cell: (row) => cell(row.figures),
  });
  return [
    { key: "unit", sortKey: "unit", header: t("unit"), cell: (row) => <UnitName row={row} /> },
    column("structural", "colStructural", (f) => {
      const complete = f.structuralVacant === 0;
      return (
        <>
          {`${f.structuralFilled}/${f.structuralTotal} `}
          <span className={`text-xs font-medium ${complete ? "text-emerald-800" : "text-red-800"}`}>
            {complete ? `✓ ${t("complete")}` : `⚠ ${t("notComplete")}`}
          </span>
        </>
      );
    }),
    column(
      "vacant",
      "colVacant",
      (f) =>
        f.structuralVacant > 0 ? <span className="font-semibold text-red-800">{f.structuralVacant}</span> : 0,
      true,
    ),
    column("asn", "colAsn", (f) => t("ofQuota", { staff: f.asn.staff, quota: f.asn.quota })),
    column("shortfall", "colShortfall", (f) => <QuotaStatus count={f.asn} />, true),
    column("support", "colSupport", (f) => <QuotaFigure count={f.support} />),
  ];
}

/**
 * The province's posisi SDM, one row per unit and a totals row. Sorting is server-side: each header links to
 * the page with other search parameters and carries aria-sort.
 */
export function PostureTable({
  rows,
  totals,
  sort,
  rolledUp = false,
  province,
}: {
  rows: PostureTableRow[];
  totals: PostureFigures;
  sort: PostureSort;
  /** The rows are provinces rolled up (a national scope). */
  rolledUp?: boolean;
  /** The province drilled into: sorting keeps it. */
  province?: string;
}) {
  const t = useTranslations("units.posture");
  const columns = usePostureColumns();
  return (
    <DataTable
      columns={columns}
      rows={rows}
      rowKey={(row) => row.id}
      caption={
        <>
          {t(rolledUp ? "provinceTableCaption" : "tableCaption")}{" "}
          <span className="font-normal text-slate-600">{t("legendGap")}</span>
        </>
      }
      rowHeader
      stickyFirstColumn
      rowClassName={(row) => (needsAttention(row.figures) ? "bg-red-50" : undefined)}
      sort={{ ...sort, href: (key) => sortQuery(nextSort(sort, key as PostureSortKey), province) }}
      footer={{ label: t("totals"), row: { id: "totals", code: "", name: "", figures: totals } }}
    />
  );
}

import { getFormatter, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { DataTable, type Column } from "@/components/ui/data-table";
import type { AssignmentRow } from "./types";

const DATE = { dateStyle: "medium", timeZone: "UTC" } as const;

/**
 * Posts held: the current ones (post, unit, since, decree) or the whole riwayat jabatan, which adds the end date
 * and why the post ended. End reasons written by this app are codes; older ones are text as recorded.
 */
export async function AssignmentsTable({
  rows,
  history = false,
  decreeFiles,
}: {
  rows: AssignmentRow[];
  history?: boolean;
  /** The decree's scanned files (pindaian SK) under its number: links, and the upload for those who manage. */
  decreeFiles?: (row: AssignmentRow) => ReactNode;
}) {
  const [t, format] = await Promise.all([getTranslations("officialRecord"), getFormatter()]);
  const date = (value: Date) => format.dateTime(value, DATE);
  const reason = (value: string | null) =>
    value === null ? "" : t.has(`endReasons.${value}`) ? t(`endReasons.${value}`) : value;
  const columns: Column<AssignmentRow>[] = [
    { key: "post", header: t("detail.post"), cell: (row) => row.position.title },
    { key: "unit", header: t("detail.unit"), cell: (row) => row.unit.name },
    {
      key: "period",
      header: history ? t("detail.period") : t("detail.since"),
      cellClassName: "whitespace-nowrap tabular-nums",
      cell: (row) =>
        history
          ? t("detail.periodRange", {
              from: date(row.startDate),
              to: row.endDate ? date(row.endDate) : t("detail.untilNow"),
            })
          : date(row.startDate),
    },
    {
      key: "decree",
      header: t("detail.decree"),
      cell: (row) => (
        <>
          {row.decreeNumber
            ? row.decreeDate
              ? t("detail.decreeOf", { number: row.decreeNumber, date: date(row.decreeDate) })
              : row.decreeNumber
            : "—"}
          {decreeFiles?.(row)}
        </>
      ),
    },
  ];
  if (history) {
    columns.push({
      key: "reason",
      header: t("detail.endReason"),
      cell: (row) => reason(row.endReason) || "—",
    });
  }
  return (
    <DataTable
      variant="plain"
      caption={history ? t("detail.history") : t("detail.currentPosts")}
      captionHidden
      columns={columns}
      rows={rows}
      rowKey={(row) => row.id}
      rowHeader
      empty={history ? t("detail.noHistory") : t("detail.noCurrentPost")}
    />
  );
}

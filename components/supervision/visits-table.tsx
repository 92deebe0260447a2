import { getFormatter, getTranslations } from "next-intl/server";
import Link from "@/components/ui/link";
import { DataTable, type TableVariant } from "@/components/ui/data-table";
import { visitLink } from "@/lib/supervision/links";
import type { VisitRow } from "@/lib/supervision/queries";

/** Visits as a table: title, the unit visited and the visiting one, dates, and where its report stands. */
export async function VisitsTable({
  rows,
  caption,
  variant = "framed",
}: {
  rows: VisitRow[];
  caption: string;
  variant?: TableVariant;
}) {
  const [t, workflow, format] = await Promise.all([
    getTranslations("supervision"),
    getTranslations("workflow"),
    getFormatter(),
  ]);
  const day = (date: Date) => format.dateTime(date, { dateStyle: "medium", timeZone: "UTC" });
  return (
    <DataTable
      variant={variant}
      caption={caption}
      // Inside a panel the panel's heading already names the table; the caption stays for screen readers.
      captionHidden={variant === "plain"}
      rowHeader
      rows={rows}
      rowKey={(row) => row.id}
      empty={t("noVisits")}
      columns={[
        {
          key: "title",
          header: t("fields.title"),
          cell: (row) => (
            <Link href={visitLink(row.id)} className="text-brand-700 underline">
              {row.title}
            </Link>
          ),
        },
        { key: "host", header: t("fields.hostUnitId"), cell: (row) => row.hostUnit.shortName },
        { key: "visitor", header: t("fields.visitor"), cell: (row) => row.visitorUnit.shortName },
        {
          key: "dates",
          header: t("fields.dates"),
          cellClassName: "whitespace-nowrap",
          cell: (row) =>
            row.startDate.getTime() === row.endDate.getTime()
              ? day(row.startDate)
              : `${day(row.startDate)} – ${day(row.endDate)}`,
        },
        {
          key: "report",
          header: t("report"),
          // A cancelled visit says so, even when a draft of its report had been begun.
          cell: (row) =>
            row.report && row.status !== "CANCELLED"
              ? workflow(`states.${row.report.status}`)
              : t("visitStatus." + row.status),
        },
      ]}
    />
  );
}

import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { DataTable } from "@/components/ui/data-table";
import { Panel } from "@/components/ui/panel";
import type { ImportPreview } from "@/lib/officials/import/page-state";

type Reading = NonNullable<ImportPreview["reading"]>;

/**
 * How the file was read: the layout recognised (or not), the header row(s), whose column mapping was used, and
 * every row left out with its number and why (title, numbering, group label, JUMLAH, signature).
 */
export function ReadingPanel({ reading, actions }: { reading: Reading; actions?: ReactNode }) {
  const t = useTranslations("import.reading");
  const skippedTitle = t("skippedTitle", { count: reading.skipped.length });
  return (
    <Panel id="import-reading-heading" level={3} title={t("title")} actions={actions}>
      <ul className="space-y-1 px-4 py-3 text-sm text-slate-700">
        <li>{reading.layout ? t(`layout.${reading.layout}`) : t("unknown")}</li>
        <li>
          {reading.headerRowCount > 1
            ? t("headerTwoRows", {
                row: reading.headerRowNumber,
                next: reading.headerRowNumber + reading.headerRowCount - 1,
              })
            : t("header", { row: reading.headerRowNumber })}
        </li>
        {reading.mappingSource === "stored" ? <li>{t("stored")}</li> : null}
        {reading.mappingSource === "clerk" ? <li>{t("clerk")}</li> : null}
      </ul>
      {reading.skipped.length > 0 ? (
        <div className="border-t border-slate-200">
          <DataTable
            variant="plain"
            caption={skippedTitle}
            rows={reading.skipped}
            rowKey={(row) => String(row.rowNumber)}
            rowHeader
            columns={[
              {
                key: "row",
                header: t("row"),
                cellClassName: "tabular-nums whitespace-nowrap",
                cell: (row) => row.rowNumber,
              },
              {
                key: "reason",
                header: t("reason"),
                cellClassName: "whitespace-nowrap",
                cell: (row) => t(`reasons.${row.reason}`),
              },
              { key: "text", header: t("text"), cell: (row) => row.text || "—" },
            ]}
          />
        </div>
      ) : null}
    </Panel>
  );
}

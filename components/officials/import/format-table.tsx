import { useTranslations } from "next-intl";
import { DataTable } from "@/components/ui/data-table";
import { TEMPLATE_COLUMNS } from "@/lib/officials/export";

/** The columns an import file must have and what goes in each, in the template's order. */
export function FormatTable() {
  const t = useTranslations("import.format");
  return (
    <details className="rounded-lg border border-slate-200 bg-white">
      <summary className="cursor-pointer px-4 py-3 font-semibold">{t("title")}</summary>
      <div className="border-t border-slate-200 py-3">
        <p className="mb-3 px-4 text-sm text-slate-700">{t("intro")}</p>
        <DataTable
          variant="plain"
          caption={t("title")}
          captionHidden
          rows={[...TEMPLATE_COLUMNS]}
          rowKey={(column) => column}
          rowHeader
          columns={[
            {
              key: "column",
              header: t("column"),
              cellClassName: "whitespace-nowrap",
              cell: (column) => column,
            },
            { key: "content", header: t("content"), cell: (column) => t(column) },
          ]}
        />
      </div>
    </details>
  );
}

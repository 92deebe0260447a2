import { useTranslations } from "next-intl";
import { DataTable } from "@/components/ui/data-table";
import { Panel } from "@/components/ui/panel";
import type { PlanKind } from "@/lib/officials/import/plan";
import type { PreviewRow } from "@/lib/officials/import/page-state";

const TONES: Record<PlanKind, string> = {
  create: "bg-emerald-50 text-emerald-800 ring-emerald-600/20",
  update: "bg-sky-50 text-sky-800 ring-sky-600/20",
  unchanged: "bg-slate-100 text-slate-700 ring-slate-500/20",
  invalid: "bg-red-50 text-red-800 ring-red-600/20",
};

/** What the import would do with each row of the file; the text, not the colour, carries the meaning. */
export function RowTable({ rows }: { rows: PreviewRow[] }) {
  const t = useTranslations("import.rowList");
  const none = useTranslations("common")("none");
  return (
    <Panel id="import-rows-heading" level={3} title={t("title")}>
      <DataTable
        variant="plain"
        caption={t("title")}
        captionHidden
        rows={rows}
        rowKey={(row) => String(row.rowNumber)}
        rowHeader
        stickyFirstColumn
        columns={[
          { key: "row", header: t("row"), cellClassName: "tabular-nums", cell: (row) => row.rowNumber },
          { key: "name", header: t("name"), cell: (row) => row.name || none },
          {
            key: "nip",
            header: t("nip"),
            cellClassName: "font-mono text-xs whitespace-nowrap",
            cell: (row) => row.nip || none,
          },
          { key: "unit", header: t("unit"), cell: (row) => row.unitCode || none },
          {
            key: "result",
            header: t("result"),
            cell: (row) => <span className={`badge ${TONES[row.kind]}`}>{t(`kinds.${row.kind}`)}</span>,
          },
          {
            key: "changes",
            header: t("changes"),
            cell: (row) =>
              row.changes.length + row.notes.length > 0 ? (
                <ul className="space-y-0.5 text-xs">
                  {row.changes.map((change) => (
                    <li key={change.column}>
                      <span className="font-medium">{change.column}</span>:{" "}
                      {change.before === null
                        ? change.after
                        : `${change.before || none} → ${change.after || none}`}
                    </li>
                  ))}
                  {row.notes.map((note) => (
                    <li key={note} className="text-amber-800">
                      {note}
                    </li>
                  ))}
                </ul>
              ) : (
                none
              ),
          },
        ]}
      />
    </Panel>
  );
}

import { useTranslations } from "next-intl";
import { DataTable } from "@/components/ui/data-table";
import { Panel } from "@/components/ui/panel";
import type { PreviewProblem } from "@/lib/officials/import/page-state";

/** Every problem of the file, by spreadsheet row and column, in the order the rows come. */
export function ProblemTable({ problems }: { problems: PreviewProblem[] }) {
  const t = useTranslations("import.problemList");
  const title = t("title", { count: problems.length });
  return (
    <Panel id="import-problems-heading" level={3} tone="danger" title={title} description={t("intro")}>
      <DataTable
        variant="plain"
        caption={title}
        captionHidden
        rows={problems.map((problem, index) => ({ ...problem, index }))}
        rowKey={(problem) => String(problem.index)}
        rowHeader
        columns={[
          {
            key: "row",
            header: t("row"),
            cellClassName: "tabular-nums whitespace-nowrap",
            cell: (problem) => problem.rowNumber ?? t("wholeFile"),
          },
          {
            key: "column",
            header: t("column"),
            cellClassName: "whitespace-nowrap",
            cell: (problem) => problem.column ?? t("wholeRow"),
          },
          { key: "problem", header: t("problem"), cell: (problem) => problem.message },
        ]}
      />
    </Panel>
  );
}

import type { ReactNode } from "react";
import { useTranslations } from "next-intl";
import { DataTableSortLink, type SortDirection } from "./data-table-sort-link";

/** One column: its header, what each row shows in it, and how it lines up. */
export interface Column<Row> {
  /** Unique among the table's columns. */
  key: string;
  header: ReactNode;
  /** Said to screen readers only, e.g. over a column of "Ubah" links. */
  headerHidden?: boolean;
  cell: (row: Row) => ReactNode;
  /** Numbers: right-aligned, with figures of equal width. */
  align?: "right";
  /** The server's sort key; the header becomes a link when the table has a `sort`. */
  sortKey?: string;
  /** Extra classes on this column's body and footer cells (`whitespace-nowrap`, `font-mono text-xs`). */
  cellClassName?: string;
  /** Extra classes on the header cell: a width, with `fixedLayout`. */
  headerClassName?: string;
}

/** The order the server applied, and where each sortable header links (the page's own rule for the next order). */
export interface TableSort {
  key: string;
  dir: SortDirection;
  href: (sortKey: string) => string;
}

/**
 * framed: a card of its own, on the page. plain: inside a Panel, which draws the border.
 * compact: small print nested in another table's cell.
 */
export type TableVariant = "framed" | "plain" | "compact";

export interface DataTableProps<Row> {
  columns: Column<Row>[];
  rows: Row[];
  rowKey: (row: Row) => string;
  /** Every table has a name; visible above the table unless `captionHidden`. */
  caption: ReactNode;
  captionHidden?: boolean;
  /** Shown instead of the table when there are no rows; "Belum ada data." by default. */
  empty?: ReactNode;
  /** The first column names its row (`<th scope="row">`). */
  rowHeader?: boolean;
  /** The first column stays in view while a wide table scrolls sideways on a narrow screen. */
  stickyFirstColumn?: boolean;
  sort?: TableSort;
  /** A totals row: `label` in the first column, the other columns render `row` as they render any row. */
  footer?: { label: ReactNode; row: Row };
  /** A row's tint; keep it opaque (`bg-red-50`), a sticky first cell shows the row's background. */
  rowClassName?: (row: Row) => string | undefined;
  variant?: TableVariant;
  /** Column widths from `headerClassName`, the same in tables stacked one above another. */
  fixedLayout?: boolean;
}

// `relative`: a visually hidden label (position: absolute) in a cell scrolled off to the right must stay inside the
// scrolling frame, or it widens the whole page on a phone.
const FRAME: Record<TableVariant, string> = {
  framed: "relative overflow-x-auto rounded-lg border border-slate-200 bg-white",
  plain: "relative overflow-x-auto",
  compact: "relative overflow-x-auto",
};
const EMPTY: Record<TableVariant, string> = {
  framed: "rounded-lg border border-dashed border-slate-300 bg-white p-8 text-center text-sm text-slate-600",
  plain: "px-4 py-3 text-sm text-slate-600",
  compact: "text-xs text-slate-500",
};
// The cells' padding, alignment and sticky first column are rules on the table (`.data-table…` in app/globals.css),
// not classes repeated on each of its cells, so a cell carries only its column's own classes.
const TABLE: Record<TableVariant, string> = {
  framed: "data-table divide-y divide-slate-200 text-sm",
  plain: "data-table divide-y divide-slate-200 text-sm",
  compact: "data-table-compact text-xs",
};
const COLUMN_MIN_REM = 8;
const ARIA_SORT = { asc: "ascending", desc: "descending" } as const;

// No className at all rather than `className={undefined}`, which travels as "$undefined" in the RSC payload, on
// every cell of every row.
const classNameOf = (className: string | undefined) => (className ? { className } : {});

/**
 * DataTable (tabel data): one accessible table for every list in the app, rendered on the server. Sorting and
 * paging stay on the server and in the URL; this only draws the headers as links and marks the sorted one.
 */
export function DataTable<Row>({
  columns,
  rows,
  rowKey,
  caption,
  captionHidden = false,
  empty,
  rowHeader = false,
  stickyFirstColumn = false,
  sort,
  footer,
  rowClassName,
  variant = "framed",
  fixedLayout = false,
}: DataTableProps<Row>) {
  const t = useTranslations("table");
  if (rows.length === 0) return <div className={EMPTY[variant]}>{empty ?? t("empty")}</div>;
  const compact = variant === "compact";
  const cellClass = (column: Column<Row>, extra: string | undefined) =>
    classNameOf(
      [column.align === "right" ? "text-right tabular-nums" : "", extra ?? ""].filter(Boolean).join(" "),
    );
  const bodyCell = (column: Column<Row>, content: ReactNode, header: boolean) =>
    header ? (
      <th key={column.key} scope="row" {...cellClass(column, column.cellClassName)}>
        {content}
      </th>
    ) : (
      <td key={column.key} {...cellClass(column, column.cellClassName)}>
        {content}
      </td>
    );

  return (
    <div className={FRAME[variant]}>
      <table
        className={[
          TABLE[variant],
          stickyFirstColumn ? "data-table-sticky" : "",
          "min-w-full",
          fixedLayout ? "table-fixed" : "",
        ]
          .filter(Boolean)
          .join(" ")}
        // On a narrow screen the table scrolls sideways rather than squeezing each column to its longest word.
        style={compact ? undefined : { minWidth: `max(100%, ${columns.length * COLUMN_MIN_REM}rem)` }}
      >
        <caption className={captionHidden ? "sr-only" : "px-4 py-2 text-left font-medium text-slate-800"}>
          {caption}
        </caption>
        <thead className={compact ? "text-left text-slate-500" : "text-left text-slate-600"}>
          <tr className={compact ? "" : "bg-slate-50"}>
            {columns.map((column) => {
              const sorted = sort && column.sortKey === sort.key ? sort.dir : undefined;
              const header = column.headerHidden ? (
                <span className="sr-only">{column.header}</span>
              ) : sort && column.sortKey ? (
                <DataTableSortLink
                  label={column.header}
                  href={sort.href(column.sortKey)}
                  direction={sorted}
                />
              ) : (
                column.header
              );
              return (
                <th
                  key={column.key}
                  scope="col"
                  aria-sort={sort && column.sortKey ? (sorted ? ARIA_SORT[sorted] : "none") : undefined}
                  {...cellClass(column, column.headerClassName)}
                >
                  {header}
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody className={compact ? "" : "divide-y divide-slate-100"}>
          {rows.map((row) => (
            <tr key={rowKey(row)} {...classNameOf(rowClassName?.(row))}>
              {columns.map((column, index) => bodyCell(column, column.cell(row), rowHeader && index === 0))}
            </tr>
          ))}
        </tbody>
        {footer ? (
          <tfoot className="border-t-2 border-slate-300 font-medium">
            <tr className="bg-slate-50">
              {columns.map((column, index) =>
                bodyCell(column, index === 0 ? footer.label : column.cell(footer.row), index === 0),
              )}
            </tr>
          </tfoot>
        ) : null}
      </table>
    </div>
  );
}

/** The ruled table every printed document uses: thin grey lines, a little padding, rows that never split. */
import type { Content, CustomTableLayout, Margins, TableCell } from "pdfmake/interfaces";

export const GRID_LAYOUT: CustomTableLayout = {
  hLineWidth: () => 0.5,
  vLineWidth: () => 0.5,
  hLineColor: () => "#94a3b8",
  vLineColor: () => "#94a3b8",
  paddingTop: () => 3,
  paddingBottom: () => 3,
};

/** A ruled table whose first `headerRows` rows repeat on every page it runs onto. */
export function gridTable(
  widths: (string | number)[],
  body: TableCell[][],
  { headerRows = 1, ...style }: { headerRows?: number; fontSize?: number; margin?: Margins } = {},
): Content {
  return { table: { headerRows, dontBreakRows: true, widths, body }, layout: GRID_LAYOUT, ...style };
}

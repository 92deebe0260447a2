import Link from "@/components/ui/link";
import { useTranslations } from "next-intl";

export type SortDirection = "asc" | "desc";

/**
 * The link inside a sortable column header: the same page with other search parameters, so the server sorts.
 * The arrow shows the order to sighted users; the words in brackets say it to screen readers.
 */
export function DataTableSortLink({
  label,
  href,
  direction,
}: {
  label: React.ReactNode;
  href: string;
  /** The current order of this column, or undefined when the table is sorted by another one. */
  direction?: SortDirection;
}) {
  const t = useTranslations("table");
  const arrow = direction === "asc" ? "▲" : direction === "desc" ? "▼" : "↕";
  return (
    <Link
      href={href}
      scroll={false}
      className="inline-flex items-center gap-1 text-slate-700 hover:text-brand-700 hover:underline"
    >
      <span>{label}</span>
      <span aria-hidden="true" className={direction ? "text-brand-700" : "text-slate-400"}>
        {arrow}
      </span>
      {direction ? (
        <span className="sr-only">({t(direction === "asc" ? "sortedAscending" : "sortedDescending")})</span>
      ) : null}
    </Link>
  );
}

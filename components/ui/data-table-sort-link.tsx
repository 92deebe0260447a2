import Link from "next/link";

export type AriaSort = "ascending" | "descending" | "none";

/**
 * A column header that sorts the table on the server: a link to the same page with other search parameters,
 * and `aria-sort` on the header that is sorted now. `sortedLabel` tells screen readers and sighted users alike.
 */
export function SortableHeader({
  label,
  href,
  sort,
  sortedLabel,
  className = "",
}: {
  label: string;
  href: string;
  sort: AriaSort;
  /** e.g. "sorted ascending", shown only when this column is the sorted one. */
  sortedLabel?: string;
  className?: string;
}) {
  const arrow = sort === "ascending" ? "▲" : sort === "descending" ? "▼" : "↕";
  return (
    <th scope="col" aria-sort={sort} className={`px-3 py-2 font-medium ${className}`}>
      <Link
        href={href}
        scroll={false}
        className="inline-flex items-center gap-1 text-slate-700 hover:text-brand-700 hover:underline"
      >
        <span>{label}</span>
        <span aria-hidden="true" className={sort === "none" ? "text-slate-400" : "text-brand-700"}>
          {arrow}
        </span>
        {sort !== "none" && sortedLabel ? <span className="sr-only">({sortedLabel})</span> : null}
      </Link>
    </th>
  );
}

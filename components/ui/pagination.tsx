import Link from "@/components/ui/link";
import { useTranslations } from "next-intl";

/**
 * Pagination (halaman): the page links under a list the server pages. Every page is a URL (`href(page)`, the
 * list's own rule that keeps its filters and sort), so a page can be linked, reloaded and opened in a new tab.
 * The current page, and with `total` the rows shown, are said in words; a link that leads nowhere is greyed out.
 */
export function Pagination({
  label,
  page,
  pageCount,
  href,
  total,
}: {
  /** Names the navigation, unique on the page ("Halaman daftar pegawai"). */
  label: string;
  page: number;
  pageCount: number;
  href: (page: number) => string;
  /** With the page size: "Menampilkan 26–50 dari 130" beside the links, also on a single page. */
  total?: { rows: number; pageSize: number };
}) {
  const t = useTranslations("table.pagination");
  const range =
    total && total.rows > 0
      ? {
          from: (page - 1) * total.pageSize + 1,
          to: Math.min(page * total.pageSize, total.rows),
          total: total.rows,
        }
      : null;
  if (pageCount <= 1 && !range) return null;
  const link = (target: number, text: string, rel?: string) =>
    target >= 1 && target <= pageCount && target !== page ? (
      <Link href={href(target)} rel={rel} className="font-medium text-brand-700 hover:underline">
        {text}
      </Link>
    ) : (
      <span className="text-slate-400" aria-disabled="true">
        {text}
      </span>
    );
  return (
    <div className="mt-4 flex flex-wrap items-center justify-between gap-4 text-sm text-slate-700">
      {range ? <p>{t("range", range)}</p> : null}
      {pageCount > 1 ? (
        <nav aria-label={label}>
          <ul className="flex flex-wrap items-center gap-4">
            <li>{link(1, t("first"))}</li>
            <li>{link(page - 1, t("previous"), "prev")}</li>
            <li aria-current="page">{t("page", { page, pageCount })}</li>
            <li>{link(page + 1, t("next"), "next")}</li>
            <li>{link(pageCount, t("last"))}</li>
          </ul>
        </nav>
      ) : null}
    </div>
  );
}

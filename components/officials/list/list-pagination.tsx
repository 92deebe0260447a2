import Link from "next/link";
import { useTranslations } from "next-intl";
import { listHref, type ListParams } from "@/lib/officials/list-params";

/** Page links that keep search, filters and sort; the current page and the range shown are stated in words. */
export function ListPagination({
  params,
  page,
  pageCount,
  total,
}: {
  params: ListParams;
  page: number;
  pageCount: number;
  total: number;
}) {
  const t = useTranslations("officials.pagination");
  if (total === 0) return null;
  const from = (page - 1) * params.size + 1;
  const to = Math.min(page * params.size, total);
  const link = (target: number, label: string, rel?: string) =>
    target >= 1 && target <= pageCount && target !== page ? (
      <Link
        href={listHref("/pegawai", params, { page: target })}
        rel={rel}
        className="font-medium text-brand-700 hover:underline"
      >
        {label}
      </Link>
    ) : (
      <span className="text-slate-400" aria-disabled="true">
        {label}
      </span>
    );
  return (
    <div className="mt-4 flex flex-wrap items-center justify-between gap-4 text-sm text-slate-700">
      <p>{t("range", { from, to, total })}</p>
      {pageCount > 1 ? (
        <nav aria-label={t("label")}>
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

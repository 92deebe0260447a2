import Link from "next/link";
import { getTranslations } from "next-intl/server";

/** Previous and next page links; each page's address comes from `href`. */
export async function Pagination({
  page,
  pageCount,
  href,
}: {
  page: number;
  pageCount: number;
  href: (page: number) => string;
}) {
  if (pageCount <= 1) return null;
  const t = await getTranslations("users.pagination");
  const link = (target: number, label: string, rel: string) =>
    target >= 1 && target <= pageCount ? (
      <Link href={href(target)} rel={rel} className="font-medium text-brand-700 hover:underline">
        {label}
      </Link>
    ) : (
      <span className="text-slate-400" aria-disabled="true">
        {label}
      </span>
    );
  return (
    <nav aria-label={t("label")} className="mt-4 text-sm text-slate-700">
      <ul className="flex flex-wrap items-center gap-4">
        <li>{link(page - 1, t("previous"), "prev")}</li>
        <li aria-current="page">{t("page", { page, pageCount })}</li>
        <li>{link(page + 1, t("next"), "next")}</li>
      </ul>
    </nav>
  );
}

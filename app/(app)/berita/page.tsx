import { getFormatter, getTranslations } from "next-intl/server";
import { excerptOf, NewsCard } from "@/components/news/news-card";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { Panel } from "@/components/ui/panel";
import { requirePermission } from "@/lib/auth/current-user";
import { parseNewsListParams } from "@/lib/news/list-params";
import { newsPhotoSrc } from "@/lib/news/load-facts";
import { listDesk, listNews, NEWS_PAGE_SIZE, type NewsCard as Card } from "@/lib/news/queries";

const LINK = "rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium hover:bg-slate-100";
type Params = Record<string, string | string[] | undefined>;

/** Berita: published news the user reads (their scope and the units above), newest first, with search and paging. */
export default async function NewsPage({ searchParams }: { searchParams: Promise<Params> }) {
  const user = await requirePermission("news.view");
  const { q: query, page } = parseNewsListParams(await searchParams);
  const [t, tw, format, news, desk] = await Promise.all([
    getTranslations("news"),
    getTranslations("workflow"),
    getFormatter(),
    listNews(user, { query, page }),
    listDesk(user),
  ]);
  const pages = Math.max(1, Math.ceil(news.total / NEWS_PAGE_SIZE));
  const href = (next: number) => {
    const search = new URLSearchParams();
    if (query) search.set("q", query);
    if (next > 1) search.set("page", String(next));
    return `/berita${search.size ? `?${search}` : ""}`;
  };
  const card = (row: Card, badge?: string) => {
    const when = row.publishedAt ?? row.createdAt;
    const date = format.dateTime(when, { dateStyle: "long", timeZone: row.unit.timeZone });
    const photo = row.photos[0];
    return (
      <li key={row.id}>
        <NewsCard
          href={`/berita/${row.id}`}
          title={row.title}
          excerpt={excerptOf(row.body)}
          meta={`${row.unit.name} · ${date}`}
          photoSrc={photo ? newsPhotoSrc(row.id, photo.attachmentId) : null}
          badge={badge}
        />
      </li>
    );
  };
  return (
    <>
      <PageHeader title={t("title")} intro={t("intro")} />
      {desk.length > 0 ? (
        <div className="mb-6">
          <Panel id="desk-heading" title={t("desk")} description={t("deskIntro")}>
            <ul className="grid gap-4 p-4 sm:grid-cols-2 lg:grid-cols-3">
              {desk.map((row) => card(row, tw(`states.${row.status}`)))}
            </ul>
          </Panel>
        </div>
      ) : null}
      <form className="mb-4 flex flex-wrap items-end gap-3" method="get" role="search">
        <label className="text-sm">
          <span className="block font-medium">{t("searchLabel")}</span>
          <input
            type="search"
            name="q"
            defaultValue={query}
            placeholder={t("searchPlaceholder")}
            className="mt-1 w-72 rounded-md border border-slate-300 px-2 py-1.5"
          />
        </label>
        <button type="submit" className={LINK}>
          {t("search")}
        </button>
      </form>
      <h2 className="sr-only">{t("list")}</h2>
      {news.rows.length === 0 ? (
        <p className="text-sm text-slate-600">{query ? t("noMatch", { query }) : t("empty")}</p>
      ) : (
        <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3" aria-label={t("list")}>
          {news.rows.map((row) => card(row))}
        </ul>
      )}
      <Pagination label={t("pagination")} page={page} pageCount={pages} href={href} />
    </>
  );
}

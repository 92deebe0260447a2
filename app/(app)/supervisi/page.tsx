import { getTranslations } from "next-intl/server";
import Link from "@/components/ui/link";
import { VisitsTable } from "@/components/supervision/visits-table";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { requirePermission } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/policy";
import { listVisits, VISIT_LISTS, VISIT_PAGE_SIZE, type VisitList } from "@/lib/supervision/queries";
import { pageParam } from "@/lib/validations/search-params";

export const dynamic = "force-dynamic";

/** Supervisi: the visits to and from the units in the user's scope, upcoming first. */
export default async function SupervisionPage({
  searchParams,
}: {
  searchParams: Promise<{ list?: string; page?: string }>;
}) {
  const user = await requirePermission("supervision.view");
  const params = await searchParams;
  const list: VisitList = VISIT_LISTS.find((name) => name === params.list) ?? "upcoming";
  const page = pageParam.parse(params.page);
  const [t, { rows, total }] = await Promise.all([
    getTranslations("supervision"),
    listVisits(user, list, page),
  ]);
  return (
    <>
      <PageHeader
        title={t("title")}
        intro={t("intro")}
        actions={
          can(user, "visit.manage") ? (
            <Link
              href="/supervisi/baru"
              className="rounded-md bg-brand-700 px-4 py-2 text-sm font-medium text-white hover:bg-brand-800"
            >
              {t("planVisit")}
            </Link>
          ) : null
        }
      />
      <nav aria-label={t("visits")} className="mb-4 flex flex-wrap gap-2">
        {VISIT_LISTS.map((name) => (
          <Link
            key={name}
            href={`/supervisi?list=${name}`}
            aria-current={name === list ? "page" : undefined}
            className="rounded-full border border-slate-300 px-3 py-1 text-sm aria-[current=page]:bg-brand-700 aria-[current=page]:text-white"
          >
            {t(`lists.${name}`)}
          </Link>
        ))}
      </nav>
      <VisitsTable rows={rows} caption={`${t(`lists.${list}`)} (${total})`} />
      <Pagination
        label={t("pagination")}
        page={page}
        pageCount={Math.ceil(total / VISIT_PAGE_SIZE)}
        href={(next) => `/supervisi?list=${list}&page=${next}`}
      />
    </>
  );
}

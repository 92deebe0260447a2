import { getTranslations } from "next-intl/server";
import Link from "@/components/ui/link";
import { BoardFilterForm } from "@/components/follow-ups/board-filter-form";
import { FollowUpTable } from "@/components/follow-ups/follow-up-table";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { requirePermission } from "@/lib/auth/current-user";
import { BOARD_FILTERS, boardHref, parseBoardParams } from "@/lib/follow-ups/board-params";
import { FOLLOW_UPS_PATH } from "@/lib/follow-ups/links";
import { BOARD_PAGE_SIZE, listFollowUps } from "@/lib/follow-ups/queries";
import { loadUnitFilterChoices } from "@/lib/units/queries";

export const dynamic = "force-dynamic";

/**
 * Papan tindak lanjut: the follow-ups of the user's scope by due date, under a view (all, late, due in 7 days,
 * escalated, needs my attention) and the unit, status, area and source filters; the XLSX holds what is shown.
 */
export default async function FollowUpsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requirePermission("followUp.view");
  // The national level, whose scope is everything, starts from what reached it.
  const requested = parseBoardParams(
    await searchParams,
    user.unit.level === "NATIONAL" ? "attention" : "all",
  );
  const [t, list] = await Promise.all([getTranslations("followUps"), listFollowUps(user, requested)]);
  // As applied: a region or unit the form no longer offers is dropped from the form, the links and the export.
  const { params } = list;
  const unitChoices = await loadUnitFilterChoices(user, list.region);
  return (
    <>
      <PageHeader
        title={t("title")}
        intro={t("intro")}
        actions={
          <a
            href={boardHref(`${FOLLOW_UPS_PATH}/ekspor`, params, { page: 1 })}
            download
            className="rounded-md border border-slate-300 bg-white px-4 py-2 text-sm font-medium text-slate-800 hover:bg-slate-50"
          >
            {t("export")}
          </a>
        }
      />
      <nav aria-label={t("filter")} className="mb-4 flex flex-wrap gap-2">
        {BOARD_FILTERS.map((name) => (
          <Link
            key={name}
            href={boardHref(FOLLOW_UPS_PATH, params, { filter: name, page: 1 })}
            aria-current={name === params.filter ? "page" : undefined}
            className="rounded-full border border-slate-300 px-3 py-1 text-sm aria-[current=page]:bg-brand-700 aria-[current=page]:text-white"
          >
            {t(`filters.${name}`)}
          </Link>
        ))}
      </nav>
      <BoardFilterForm params={params} unitChoices={unitChoices} />
      <FollowUpTable rows={list.rows} caption={`${t("list")} (${list.total})`} />
      <Pagination
        label={t("pagination")}
        page={list.page}
        pageCount={list.pageCount}
        href={(page) => boardHref(FOLLOW_UPS_PATH, params, { page })}
        total={{ rows: list.total, pageSize: BOARD_PAGE_SIZE }}
      />
    </>
  );
}

import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ExportLinks } from "@/components/officials/list/export-links";
import { FilterForm } from "@/components/officials/list/filter-form";
import { OfficialsTable } from "@/components/officials/list/officials-table";
import { ImportLink } from "@/components/officials/import/import-link";
import { NewOfficialLink } from "@/components/officials/record/new-official-link";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { requirePermission } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/policy";
import { todayFor } from "@/lib/dates/today";
import { isCanonical, listHref, parseListParams } from "@/lib/officials/list-params";
import { listOfficials } from "@/lib/officials/queries";
import { listSections, loadUnitFilterChoices } from "@/lib/units/queries";

/** Daftar pegawai: search, filters, sort and page all come from the URL, so any view can be bookmarked or shared. */
export default async function OfficialsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requirePermission("official.view");
  const raw = await searchParams;
  const params = parseListParams(raw);
  // A submitted filter form sends empty fields: say the same in a short URL before reading anything.
  if (!isCanonical(raw, params)) redirect(listHref("/pegawai", params));
  const list = await listOfficials(user, params, todayFor(user));
  // What was applied: a unit or section the user may not see or that no longer exists is dropped, the page clamped.
  const shown = {
    ...params,
    page: list.page,
    region: list.filters.region?.code,
    unit: list.filters.unit?.code,
    section: list.filters.section?.id,
  };
  if (!isCanonical(raw, shown)) redirect(listHref("/pegawai", shown));
  const { region, sectionUnitId } = list.filters;
  const [t, unitChoices, sections] = await Promise.all([
    getTranslations("officials"),
    loadUnitFilterChoices(user, region),
    sectionUnitId ? listSections(sectionUnitId) : [],
  ]);
  return (
    <>
      <PageHeader
        title={t("title")}
        intro={t("intro")}
        actions={
          <>
            <ExportLinks params={shown} />
            {can(user, "official.manage") ? (
              <>
                <ImportLink />
                <NewOfficialLink unitId={list.filters.unit?.id} />
              </>
            ) : null}
          </>
        }
      />
      <FilterForm
        params={shown}
        choices={{ ...unitChoices, sections, sectionsAvailable: sectionUnitId !== null }}
      />
      <p className="mb-2 text-sm font-medium text-slate-800" role="status">
        {t("count", { count: list.total })}
      </p>
      <OfficialsTable rows={list.rows} params={shown} />
      <Pagination
        label={t("pagination.label")}
        page={list.page}
        pageCount={list.pageCount}
        href={(page) => listHref("/pegawai", shown, { page })}
        total={{ rows: list.total, pageSize: shown.size }}
      />
    </>
  );
}

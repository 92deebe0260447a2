import { getFormatter, getTranslations } from "next-intl/server";
import Link from "@/components/ui/link";
import { DataTable } from "@/components/ui/data-table";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { SelectField } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";
import { UnitFilterFields } from "@/components/units/unit-filter-fields";
import { requirePermission } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/policy";
import { EVENTS_PAGE_SIZE, listEvents } from "@/lib/events/queries";
import { EventKind } from "@/lib/generated/prisma/enums";
import { loadUnitFilterChoices } from "@/lib/units/queries";
import { resolveUnitFilter } from "@/lib/units/regions";
import { pageParam } from "@/lib/validations/search-params";

const LINK = "rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium hover:bg-slate-100";
type Params = Record<string, string | string[] | undefined>;
const one = (value: string | string[] | undefined) => (typeof value === "string" ? value : undefined);

/** Kegiatan: upcoming and past events in scope (organised or taken part in), by kind, unit and month. */
export default async function EventsPage({ searchParams }: { searchParams: Promise<Params> }) {
  const user = await requirePermission("event.view");
  const params = await searchParams;
  const kind = (Object.values(EventKind) as string[]).includes(one(params.kind) ?? "")
    ? (one(params.kind) as EventKind)
    : undefined;
  const month = /^\d{4}-(0[1-9]|1[0-2])$/.test(one(params.month) ?? "") ? one(params.month) : undefined;
  const when = one(params.when) === "past" ? "past" : "upcoming";
  const page = pageParam.parse(params.page);
  // At national scope the region comes first (lib/units/unit-filter.ts); a unit outside it or the scope is none.
  const { region, unit } = await resolveUnitFilter(user, {
    region: one(params.region),
    unit: one(params.unit),
  });
  const unitIds = unit ? [unit.id] : region?.unitIds;
  const [t, format, events, unitChoices] = await Promise.all([
    getTranslations("events"),
    getFormatter(),
    listEvents(user, { kind, ...(unitIds ? { unitIds } : {}), month, when, page }),
    loadUnitFilterChoices(user, region),
  ]);
  const pages = Math.max(1, Math.ceil(events.total / EVENTS_PAGE_SIZE));
  const href = (next: Params) => {
    const query = new URLSearchParams();
    for (const [key, value] of Object.entries({
      kind,
      region: region?.code,
      unit: unit?.code,
      month,
      when,
      ...next,
    }))
      if (typeof value === "string" && value) query.set(key, value);
    return `/kegiatan${query.size ? `?${query}` : ""}`;
  };
  return (
    <>
      <PageHeader
        title={t("title")}
        intro={t("intro")}
        actions={
          <>
            <Link href="/kegiatan/pemangku-kepentingan" className={LINK}>
              {t("stakeholders")}
            </Link>
            {can(user, "event.manage") ? (
              <Link href="/kegiatan/baru" className={LINK}>
                {t("new")}
              </Link>
            ) : null}
          </>
        }
      />
      <nav className="mb-3 flex gap-2" aria-label={t("list")}>
        {(["upcoming", "past"] as const).map((tab) => (
          <Link
            key={tab}
            href={href({ when: tab, page: undefined })}
            aria-current={tab === when ? "page" : undefined}
            className={`${LINK} ${tab === when ? "border-slate-900 font-semibold" : ""}`}
          >
            {t(tab)}
          </Link>
        ))}
      </nav>
      <form
        key={href({})}
        className="mb-4 flex flex-wrap items-end gap-3"
        method="get"
        role="search"
        aria-label={t("filterLabel")}
      >
        <input type="hidden" name="when" value={when} />
        <SelectField
          name="kind"
          label={t("fields.kind")}
          defaultValue={kind ?? ""}
          options={[
            { value: "", label: t("allKinds") },
            ...Object.values(EventKind).map((value) => ({ value, label: t(`kinds.${value}`) })),
          ]}
        />
        <UnitFilterFields
          choices={unitChoices}
          region={region?.code}
          unit={unit?.code}
          unitLabel={t("fields.unitId")}
          allUnitsLabel={t("allUnits")}
        />
        <TextField type="month" name="month" label={t("month")} defaultValue={month} />
        <button type="submit" className={LINK}>
          {t("apply")}
        </button>
      </form>
      <DataTable
        caption={t("list")}
        captionHidden
        rowHeader
        rows={events.rows}
        rowKey={(row) => row.id}
        empty={
          when === "upcoming" ? (
            <>
              {t("noUpcoming")}{" "}
              <Link href={href({ when: "past", page: undefined })} className="text-sky-800 underline">
                {t("seePast")}
              </Link>
            </>
          ) : (
            t("empty")
          )
        }
        columns={[
          {
            key: "title",
            header: t("fields.title"),
            cell: (row) => (
              <Link href={`/kegiatan/${row.id}`} className="font-medium text-sky-800 hover:underline">
                {row.title}
              </Link>
            ),
          },
          { key: "kind", header: t("fields.kind"), cell: (row) => t(`kinds.${row.kind}`) },
          {
            key: "when",
            header: t("when"),
            cell: (row) =>
              format.dateTime(row.startsAt, {
                dateStyle: "medium",
                timeStyle: "short",
                timeZone: row.unit.timeZone,
              }),
          },
          { key: "mode", header: t("fields.mode"), cell: (row) => t(`modes.${row.mode}`) },
          { key: "organiser", header: t("organiser"), cell: (row) => row.unit.name },
          {
            key: "participants",
            header: t("participantsCount"),
            align: "right",
            cell: (row) => row._count.participants,
          },
        ]}
      />
      <Pagination
        label={t("pagination")}
        page={page}
        pageCount={pages}
        href={(next) => href({ page: String(next) })}
      />
    </>
  );
}

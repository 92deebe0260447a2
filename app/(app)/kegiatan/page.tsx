import { getFormatter, getTranslations } from "next-intl/server";
import Link from "@/components/ui/link";
import { DataTable } from "@/components/ui/data-table";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { requirePermission } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/policy";
import { unitsInScope } from "@/lib/auth/scope";
import { prisma } from "@/lib/db/client";
import { EVENTS_PAGE_SIZE, listEvents } from "@/lib/events/queries";
import { EventKind } from "@/lib/generated/prisma/enums";

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
  const unitId = user.scopeUnitIds.has(one(params.unit) ?? "") ? one(params.unit) : undefined;
  const when = one(params.when) === "past" ? "past" : "upcoming";
  const page = Math.max(1, /^\d{1,5}$/.test(one(params.page) ?? "") ? Number(params.page) : 1);
  const [t, format, events, units] = await Promise.all([
    getTranslations("events"),
    getFormatter(),
    listEvents(user, { kind, unitId, month, when, page }),
    prisma.workUnit.findMany({
      where: unitsInScope(user),
      orderBy: { code: "asc" },
      select: { id: true, name: true },
    }),
  ]);
  const pages = Math.max(1, Math.ceil(events.total / EVENTS_PAGE_SIZE));
  const href = (next: Params) => {
    const query = new URLSearchParams();
    for (const [key, value] of Object.entries({ kind, unit: unitId, month, when, ...next }))
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
      <form className="mb-4 flex flex-wrap items-end gap-3" method="get">
        <input type="hidden" name="when" value={when} />
        <label className="text-sm">
          <span className="block font-medium">{t("fields.kind")}</span>
          <select
            name="kind"
            defaultValue={kind ?? ""}
            className="mt-1 rounded-md border border-slate-300 px-2 py-1.5"
          >
            <option value="">{t("allKinds")}</option>
            {Object.values(EventKind).map((value) => (
              <option key={value} value={value}>
                {t(`kinds.${value}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="text-sm">
          <span className="block font-medium">{t("fields.unitId")}</span>
          <select
            name="unit"
            defaultValue={unitId ?? ""}
            className="mt-1 rounded-md border border-slate-300 px-2 py-1.5"
          >
            <option value="">{t("allUnits")}</option>
            {units.map((unit) => (
              <option key={unit.id} value={unit.id}>
                {unit.name}
              </option>
            ))}
          </select>
        </label>
        <label className="text-sm">
          <span className="block font-medium">{t("month")}</span>
          <input
            type="month"
            name="month"
            defaultValue={month}
            className="mt-1 rounded-md border border-slate-300 px-2 py-1"
          />
        </label>
        <button type="submit" className={LINK}>
          {t("filter")}
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

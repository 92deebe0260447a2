import Link from "@/components/ui/link";
import { useFormatter, useTranslations } from "next-intl";
import { DataTable, type Column } from "@/components/ui/data-table";
import { listHref, type ListParams, type SortKey } from "@/lib/officials/list-params";
import { formatNip } from "@/lib/officials/nip";
import { rankLabel } from "@/lib/officials/ranks";
import type { EmploymentType, OfficialStatus, Rank } from "@/lib/generated/prisma/enums";
import { StatusBadge } from "./status-badge";

export interface OfficialRow {
  id: string;
  name: string;
  nip: string | null;
  rank: Rank | null;
  employmentType: EmploymentType;
  status: OfficialStatus;
  unit: { shortName: string };
  section: { name: string } | null;
  /** The post held today (at most one: the latest taken up), with its TMT and decree. */
  assignments: {
    startDate: Date;
    decreeNumber: string | null;
    position: { title: string; section: { name: string } | null };
  }[];
}

/** One page of officials; the sortable columns' headers link to the same list sorted by them. */
export function OfficialsTable({ rows, params }: { rows: OfficialRow[]; params: ListParams }) {
  const t = useTranslations("officials");
  const none = useTranslations("common")("none");
  const format = useFormatter();
  const columns: Column<OfficialRow>[] = [
    {
      key: "name",
      header: t("name"),
      sortKey: "name",
      cell: (official) => (
        <Link href={`/pegawai/${official.id}`} className="text-brand-700 hover:underline">
          {official.name}
        </Link>
      ),
    },
    {
      key: "nip",
      header: t("nip"),
      sortKey: "nip",
      cellClassName: "font-mono text-xs whitespace-nowrap",
      cell: (official) => (official.nip ? formatNip(official.nip) : none),
    },
    {
      key: "rank",
      header: t("rank"),
      sortKey: "rank",
      cellClassName: "whitespace-nowrap",
      cell: (official) => (official.rank ? rankLabel(official.rank) : none),
    },
    {
      key: "type",
      header: t("employmentType"),
      cell: (official) => t(`employmentTypes.${official.employmentType}`),
    },
    {
      key: "unit",
      header: t("unit"),
      sortKey: "unit",
      cellClassName: "whitespace-nowrap",
      cell: (official) => official.unit.shortName,
    },
    {
      key: "post",
      header: t("post"),
      cell: (official) => {
        const post = official.assignments[0];
        if (!post) return <span className="text-slate-500">{t("noPost")}</span>;
        return (
          <>
            <span className="block">{post.position.title}</span>
            <span className="block text-xs text-slate-600">
              {t("postSince", {
                date: format.dateTime(post.startDate, { dateStyle: "medium", timeZone: "UTC" }),
              })}
              {post.decreeNumber ? ` · ${t("postDecree", { number: post.decreeNumber })}` : null}
            </span>
          </>
        );
      },
    },
    {
      key: "section",
      header: t("section"),
      cell: (official) => official.assignments[0]?.position.section?.name ?? official.section?.name ?? none,
    },
    { key: "status", header: t("status"), cell: (official) => <StatusBadge status={official.status} /> },
  ];
  return (
    <DataTable
      columns={columns}
      rows={rows}
      rowKey={(official) => official.id}
      caption={t("title")}
      captionHidden
      rowHeader
      stickyFirstColumn
      sort={{
        key: params.sort,
        dir: params.dir,
        // A click on the sorted column reverses it; on another column it sorts that one ascending, from page 1.
        href: (key) =>
          listHref("/pegawai", params, {
            sort: key as SortKey,
            dir: params.sort === key && params.dir === "asc" ? "desc" : "asc",
            page: 1,
          }),
      }}
      empty={
        <>
          <p>{t("empty")}</p>
          <Link href="/pegawai" className="mt-2 inline-block font-medium text-brand-700 hover:underline">
            {t("emptyReset")}
          </Link>
        </>
      }
    />
  );
}

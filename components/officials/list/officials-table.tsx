import Link from "next/link";
import { useTranslations } from "next-intl";
import { SortableHeader } from "@/components/ui/sortable-header";
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
}

const CELL = "px-3 py-2";

/** One page of officials; the sortable columns' headers link to the same list sorted by them. */
export function OfficialsTable({ rows, params }: { rows: OfficialRow[]; params: ListParams }) {
  const t = useTranslations("officials");
  const none = useTranslations("common")("none");
  const header = (key: SortKey, label: string) => {
    const sorted = params.sort === key;
    // A click on the sorted column reverses it; on another column it sorts that one ascending, from page 1.
    const dir = sorted && params.dir === "asc" ? "desc" : "asc";
    const sort = sorted ? (params.dir === "asc" ? "ascending" : "descending") : "none";
    return (
      <SortableHeader
        label={label}
        href={listHref("/pegawai", params, { sort: key, dir, page: 1 })}
        sort={sort}
        sortedLabel={t(sort === "descending" ? "sortedDescending" : "sortedAscending")}
      />
    );
  };
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="min-w-full divide-y divide-slate-200 text-sm">
        <caption className="sr-only">{t("title")}</caption>
        <thead className="bg-slate-50 text-left text-slate-600">
          <tr>
            {header("name", t("name"))}
            {header("nip", t("nip"))}
            {header("rank", t("rank"))}
            <th scope="col" className={`${CELL} font-medium`}>
              {t("employmentType")}
            </th>
            {header("unit", t("unit"))}
            <th scope="col" className={`${CELL} font-medium`}>
              {t("section")}
            </th>
            <th scope="col" className={`${CELL} font-medium`}>
              {t("status")}
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {rows.map((official) => (
            <tr key={official.id}>
              <th scope="row" className={`${CELL} text-left font-medium`}>
                <Link href={`/pegawai/${official.id}`} className="text-brand-700 hover:underline">
                  {official.name}
                </Link>
              </th>
              <td className={`${CELL} font-mono text-xs whitespace-nowrap`}>
                {official.nip ? formatNip(official.nip) : none}
              </td>
              <td className={`${CELL} whitespace-nowrap`}>
                {official.rank ? rankLabel(official.rank) : none}
              </td>
              <td className={CELL}>{t(`employmentTypes.${official.employmentType}`)}</td>
              <td className={`${CELL} whitespace-nowrap`}>{official.unit.shortName}</td>
              <td className={CELL}>{official.section?.name ?? none}</td>
              <td className={CELL}>
                <StatusBadge status={official.status} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/current-user";
import { formatNip } from "@/lib/officials/nip";
import { listOfficials } from "@/lib/officials/queries";
import { rankLabel } from "@/lib/officials/ranks";

export default async function OfficialsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requirePermission("official.view");
  const pageParam = Number((await searchParams).page);
  const page = Number.isInteger(pageParam) && pageParam > 0 ? pageParam : 1;
  const [t, tc, list] = await Promise.all([getTranslations("officials"), getTranslations("common"), listOfficials(user, page)]);
  return (
    <>
      <PageHeader title={t("title")} intro={`${t("intro")} ${tc("total", { count: list.total })}`} />
      <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
        <table className="min-w-full divide-y divide-slate-200 text-sm">
          <thead className="bg-slate-50 text-left text-slate-600">
            <tr>
              <th scope="col" className="px-4 py-2 font-medium">{t("name")}</th>
              <th scope="col" className="px-4 py-2 font-medium">{t("nip")}</th>
              <th scope="col" className="px-4 py-2 font-medium">{t("rank")}</th>
              <th scope="col" className="px-4 py-2 font-medium">{t("unit")}</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {list.rows.map((official) => (
              <tr key={official.id}>
                <td className="px-4 py-2 font-medium">{official.name}</td>
                <td className="px-4 py-2 font-mono text-xs whitespace-nowrap">{official.nip ? formatNip(official.nip) : tc("none")}</td>
                <td className="px-4 py-2">{official.rank ? rankLabel(official.rank) : tc("none")}</td>
                <td className="px-4 py-2">{official.unit.shortName}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <nav className="mt-4 flex items-center gap-4 text-sm" aria-label={tc("page", { page: list.page })}>
        {list.page > 1 ? <Link className="text-brand-700 underline" href={`/pegawai?page=${list.page - 1}`}>‹</Link> : null}
        <span>{tc("page", { page: list.page })} / {list.pageCount}</span>
        {list.page < list.pageCount ? <Link className="text-brand-700 underline" href={`/pegawai?page=${list.page + 1}`}>›</Link> : null}
      </nav>
    </>
  );
}

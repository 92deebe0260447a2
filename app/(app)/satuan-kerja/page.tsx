import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/current-user";
import { listUnitsInScope } from "@/lib/units/queries";

export default async function UnitsPage() {
  const user = await requirePermission("unit.view");
  const [t, tl, units] = await Promise.all([getTranslations("units"), getTranslations("levels"), listUnitsInScope(user)]);
  return (
    <>
      <PageHeader title={t("title")} intro={t("intro")} />
      <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
        <table className="min-w-full divide-y divide-slate-200 text-sm">
          <thead className="bg-slate-50 text-left text-slate-600">
            <tr>
              <th scope="col" className="px-4 py-2 font-medium">{t("code")}</th>
              <th scope="col" className="px-4 py-2 font-medium">{t("name")}</th>
              <th scope="col" className="px-4 py-2 font-medium">{t("level")}</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {units.map((unit) => (
              <tr key={unit.id}>
                <td className="px-4 py-2 tabular-nums">{unit.code}</td>
                <td className="px-4 py-2">
                  <Link href={`/satuan-kerja/${unit.code}`} className="font-medium text-brand-700 hover:underline">
                    {unit.name}
                  </Link>
                </td>
                <td className="px-4 py-2">{tl(unit.level)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

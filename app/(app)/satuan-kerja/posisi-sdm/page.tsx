import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { PostureChart } from "@/components/units/posture-chart";
import { PostureTable } from "@/components/units/posture-table";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/current-user";
import { sumFigures } from "@/lib/units/posture";
import { parsePostureSort, sortPostureRows, sortQuery } from "@/lib/units/posture-sort";
import { getPostureView } from "@/lib/units/posture-view";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("units.posture"))("title") };
}

/**
 * Posisi SDM of every unit in scope side by side: the province view of seed 001's "struktur lengkap, kuota kurang".
 * A scope spanning several provinces sees one row per province, each opening `?provinsi=<code>` (issue 13).
 */
export default async function StaffingPosturePage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requirePermission("unit.view");
  const params = await searchParams;
  const sort = parsePostureSort(params);
  const [t, pdf, view] = await Promise.all([
    getTranslations("units.posture"),
    getTranslations("pdf"),
    getPostureView(user, params.provinsi, sort),
  ]);
  if (!view) notFound();
  const province = view.province?.code;
  // The chart shows the rows on screen (provinces when rolled up), in the tree order.
  const chartOrder = sortPostureRows(view.rows, { key: "unit", dir: "asc" });
  return (
    <>
      <PageHeader
        title={view.province ? t("provinceTitle", { province: view.province.shortName }) : t("title")}
        intro={t(view.rolledUp ? "provinceIntro" : "intro")}
        actions={
          <a
            href={`/api/satuan-kerja/posisi-sdm/pdf${sortQuery(sort, province)}`}
            className="inline-flex items-center rounded-md border border-slate-300 bg-white px-3 py-2 text-sm font-medium text-slate-800 hover:bg-slate-100"
          >
            {pdf("print")}
          </a>
        }
      />
      {view.province ? (
        <p className="mb-4 text-sm">
          <Link
            href={`/satuan-kerja/posisi-sdm${sortQuery(sort)}`}
            className="text-brand-700 hover:underline"
          >
            {t("allProvinces")}
          </Link>
        </p>
      ) : null}
      <PostureTable
        rows={view.rows}
        totals={sumFigures(view.rows.map((row) => row.figures))}
        sort={sort}
        rolledUp={view.rolledUp}
        province={province}
      />
      <div className="mt-6 grid gap-6 lg:grid-cols-2">
        {(["asn", "support"] as const).map((series) => (
          <PostureChart
            key={series}
            series={series}
            data={chartOrder.map((row) => ({ name: row.name, ...row.figures[series] }))}
          />
        ))}
      </div>
    </>
  );
}

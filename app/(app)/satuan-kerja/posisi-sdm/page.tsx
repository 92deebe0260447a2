import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PostureChart } from "@/components/units/posture-chart";
import { PostureTable } from "@/components/units/posture-table";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/current-user";
import { sumFigures } from "@/lib/units/posture";
import { getPosturesInScope } from "@/lib/units/posture-queries";
import { postureRows } from "@/lib/units/posture-rows";
import { parsePostureSort, sortPostureRows, sortQuery } from "@/lib/units/posture-sort";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("units.posture"))("title") };
}

/** Posisi SDM of every unit in scope side by side: the province view of seed 001's "struktur lengkap, kuota kurang". */
export default async function StaffingPosturePage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requirePermission("unit.view");
  const sort = parsePostureSort(await searchParams);
  const [t, pdf, postures] = await Promise.all([
    getTranslations("units.posture"),
    getTranslations("pdf"),
    getPosturesInScope(user),
  ]);
  const rows = postureRows(postures, sort);
  const chartOrder = sortPostureRows(rows, { key: "unit", dir: "asc" });
  return (
    <>
      <PageHeader
        title={t("title")}
        intro={t("intro")}
        actions={
          <a
            href={`/api/satuan-kerja/posisi-sdm/pdf${sortQuery(sort)}`}
            className="inline-flex items-center rounded-md border border-slate-300 bg-white px-3 py-2 text-sm font-medium text-slate-800 hover:bg-slate-100"
          >
            {pdf("print")}
          </a>
        }
      />
      <PostureTable rows={rows} totals={sumFigures(rows.map((row) => row.figures))} sort={sort} />
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

import { useTranslations } from "next-intl";
import type { SectionPosture, StaffingPosture } from "@/lib/units/posture";
import type { TreeRow } from "@/lib/units/tree";
import { QuotaFigure, QuotaStatus } from "./quota-status";
import { TreeLabel } from "./tree-label";

function Card({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <div className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <h3 className="text-sm text-slate-600">{title}</h3>
      <div className="mt-2 text-slate-900">{children}</div>
    </div>
  );
}

/** The sections' figures in the order and nesting of the section tree (Sub Bagian under their Bagian). */
function sectionRows(sections: SectionPosture[], tree: TreeRow<{ id: string }>[]) {
  const byId = new Map(sections.map((section) => [section.sectionId, section]));
  return tree.flatMap(({ item, depth }) => {
    const section = byId.get(item.id);
    return section ? [{ key: section.sectionId, name: section.name, depth, count: section }] : [];
  });
}

/** The unit page's posisi SDM: three figures, then ASN staff per section against each section's formasi. */
export function PostureSummary({
  posture,
  sectionTree,
}: {
  posture: StaffingPosture;
  sectionTree: TreeRow<{ id: string }>[];
}) {
  const t = useTranslations("units.posture");
  const tu = useTranslations("units");
  const { structural, asn, support } = posture;
  return (
    <div className="space-y-4">
      <div className="grid gap-4 md:grid-cols-3">
        <Card title={t("structural")}>
          <p className="text-lg font-semibold tabular-nums">
            {t("structuralFilled", { filled: structural.filled, total: structural.total })}
          </p>
          {structural.complete ? (
            <p className="mt-1 text-sm font-medium text-emerald-800">✓ {t("complete")}</p>
          ) : (
            <>
              <p className="mt-1 text-sm font-medium text-red-800">
                ⚠ {t("incomplete", { count: structural.vacant.length })}
              </p>
              <ul className="mt-1 list-disc pl-5 text-sm text-slate-700">
                {structural.vacant.map((post) => (
                  <li key={post.id}>{post.title}</li>
                ))}
              </ul>
            </>
          )}
        </Card>
        <Card title={t("asn")}>
          <p className="text-lg font-semibold">
            <QuotaFigure count={asn} />
          </p>
        </Card>
        <Card title={t("support")}>
          <p className="text-lg font-semibold">
            <QuotaFigure count={support} />
          </p>
        </Card>
      </div>
      <table className="min-w-full divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white text-sm">
        <caption className="px-4 py-2 text-left font-medium text-slate-800">{t("perSection")}</caption>
        <thead className="bg-slate-50 text-left text-slate-600">
          <tr>
            <th scope="col" className="px-4 py-2 font-medium">
              {tu("fields.sectionId")}
            </th>
            <th scope="col" className="px-4 py-2 text-right font-medium">
              {t("asn")}
            </th>
            <th scope="col" className="px-4 py-2 text-right font-medium">
              {t("chartQuota")}
            </th>
            <th scope="col" className="px-4 py-2 font-medium">
              {t("gap")}
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {[
            ...sectionRows(asn.sections, sectionTree),
            { key: "-", name: t("unsectioned"), depth: 0, count: asn.unsectioned },
          ].map((row) => (
            <tr key={row.key}>
              <TreeLabel depth={row.depth}>{row.name}</TreeLabel>
              <td className="px-4 py-2 text-right tabular-nums">{row.count.staff}</td>
              <td className="px-4 py-2 text-right tabular-nums">{row.count.quota}</td>
              <td className="px-4 py-2">
                <QuotaStatus count={row.count} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

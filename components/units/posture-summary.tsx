import { useTranslations } from "next-intl";
import { DataTable } from "@/components/ui/data-table";
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
      <DataTable
        caption={t("perSection")}
        rows={[
          ...sectionRows(asn.sections, sectionTree),
          { key: "-", name: t("unsectioned"), depth: 0, count: asn.unsectioned },
        ]}
        rowKey={(row) => row.key}
        rowHeader
        columns={[
          {
            key: "section",
            header: tu("fields.sectionId"),
            cell: (row) => <TreeLabel depth={row.depth}>{row.name}</TreeLabel>,
          },
          { key: "staff", header: t("asn"), align: "right", cell: (row) => row.count.staff },
          { key: "quota", header: t("chartQuota"), align: "right", cell: (row) => row.count.quota },
          { key: "gap", header: t("gap"), cell: (row) => <QuotaStatus count={row.count} /> },
        ]}
      />
    </div>
  );
}

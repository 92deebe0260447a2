import Link from "next/link";
import { useTranslations } from "next-intl";
import type { SectionKind } from "@/lib/generated/prisma/enums";
import type { TreeRow } from "@/lib/units/tree";
import { TreeLabel } from "./tree-label";

export interface SectionListItem {
  id: string;
  name: string;
  kind: SectionKind;
  parentId: string | null;
  staffQuota: number;
}

/** The unit's Bagian and Sub Bagian as a tree (Sub Bagian indented under their Bagian), with each formasi. */
export function SectionList({
  rows,
  editHref,
}: {
  rows: TreeRow<SectionListItem>[];
  editHref?: (id: string) => string;
}) {
  const t = useTranslations("units");
  if (rows.length === 0) return <p className="px-4 py-3 text-sm text-slate-600">{t("noSections")}</p>;
  return (
    <table className="min-w-full divide-y divide-slate-200 text-sm">
      <thead className="bg-slate-50 text-left text-slate-600">
        <tr>
          <th scope="col" className="px-4 py-2 font-medium">
            {t("name")}
          </th>
          <th scope="col" className="px-4 py-2 font-medium">
            {t("fields.kind")}
          </th>
          <th scope="col" className="px-4 py-2 text-right font-medium">
            {t("fields.staffQuota")}
          </th>
          {editHref ? <td className="px-4 py-2" /> : null}
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {rows.map(({ item, depth }) => (
          <tr key={item.id}>
            <TreeLabel depth={depth}>{item.name}</TreeLabel>
            <td className="px-4 py-2 text-slate-600">{t(`sectionKinds.${item.kind}`)}</td>
            <td className="px-4 py-2 text-right tabular-nums">{item.staffQuota}</td>
            {editHref ? (
              <td className="px-4 py-2 text-right">
                <Link
                  href={editHref(item.id)}
                  className="text-brand-700 underline"
                  aria-label={t("editLabel", { name: item.name })}
                >
                  {t("edit")}
                </Link>
              </td>
            ) : null}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

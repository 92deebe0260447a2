import { useTranslations } from "next-intl";
import { DataTable } from "@/components/ui/data-table";
import type { SectionKind } from "@/lib/generated/prisma/enums";
import type { TreeRow } from "@/lib/units/tree";
import { editColumn } from "./edit-column";
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
  return (
    <DataTable
      variant="plain"
      caption={t("sections")}
      captionHidden
      rows={rows}
      rowKey={({ item }) => item.id}
      rowHeader
      empty={t("noSections")}
      columns={[
        {
          key: "name",
          header: t("name"),
          cell: ({ item, depth }) => <TreeLabel depth={depth}>{item.name}</TreeLabel>,
        },
        {
          key: "kind",
          header: t("fields.kind"),
          cellClassName: "text-slate-600",
          cell: ({ item }) => t(`sectionKinds.${item.kind}`),
        },
        {
          key: "quota",
          header: t("fields.staffQuota"),
          align: "right",
          cell: ({ item }) => item.staffQuota,
        },
        ...editColumn<TreeRow<SectionListItem>>(t("edit"), editHref, ({ item }) => item),
      ]}
    />
  );
}

import Link from "@/components/ui/link";
import { useTranslations } from "next-intl";
import type { Column } from "@/components/ui/data-table";

function EditLink({ href, name }: { href: string; name: string }) {
  const t = useTranslations("units");
  return (
    <Link href={href} className="text-brand-700 underline" aria-label={t("editLabel", { name })}>
      {t("edit")}
    </Link>
  );
}

/**
 * The last column of a unit's lists, for those who may manage the unit: an "Ubah" link named after its row.
 * No column at all without `editHref`.
 */
export function editColumn<Row>(
  header: string,
  editHref: ((id: string) => string) | undefined,
  subject: (row: Row) => { id: string; name: string },
): Column<Row>[] {
  if (!editHref) return [];
  return [
    {
      key: "edit",
      header,
      headerHidden: true,
      headerClassName: "w-20",
      align: "right",
      cell: (row) => <EditLink href={editHref(subject(row).id)} name={subject(row).name} />,
    },
  ];
}

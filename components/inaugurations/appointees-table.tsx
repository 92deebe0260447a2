import { useFormatter, useTranslations } from "next-intl";
import Link from "@/components/ui/link";
import type { ReactNode } from "react";
import { DataTable } from "@/components/ui/data-table";
import type { AppointeeRow } from "@/lib/inaugurations/appointee-rows";
import { formatNip } from "@/lib/officials/nip";
import { rankLabel } from "@/lib/officials/ranks";
import { AppointeeOath } from "./appointee-oath";

/**
 * Daftar pejabat yang dilantik: numbered, as the berita acara lists them; `remove` adds a button per row. The oath
 * is the one recorded once the ceremony is held (`oathRecorded`), before that the one each religion gives.
 */
export function AppointeesTable({
  rows,
  oathRecorded,
  remove,
}: {
  rows: AppointeeRow[];
  oathRecorded: boolean;
  remove?: (row: AppointeeRow) => ReactNode;
}) {
  const t = useTranslations("inaugurations");
  const format = useFormatter();
  const decreeDay = (iso: string) =>
    format.dateTime(new Date(`${iso}T00:00:00Z`), { dateStyle: "medium", timeZone: "UTC" });
  const numbered = rows.map((row, index) => ({ ...row, number: index + 1 }));
  return (
    <DataTable
      variant="plain"
      caption={t("detail.appointees")}
      captionHidden
      rows={numbered}
      rowKey={(row) => row.id}
      empty={t("detail.noAppointees")}
      stickyFirstColumn
      columns={[
        { key: "number", header: t("columns.number"), align: "right", cell: (row) => row.number },
        {
          key: "name",
          header: t("columns.name"),
          cell: (row) => (
            <>
              <Link href={`/pegawai/${row.officialId}`} className="font-medium text-brand-700 underline">
                {row.name}
              </Link>
              {row.nip ? <span className="block font-mono text-xs">{formatNip(row.nip)}</span> : null}
            </>
          ),
        },
        { key: "rank", header: t("columns.rank"), cell: (row) => (row.rank ? rankLabel(row.rank) : "—") },
        { key: "old", header: t("columns.oldPost"), cell: (row) => row.oldPosts.join("; ") || "—" },
        {
          key: "new",
          header: t("columns.newPost"),
          cell: (row) => (
            <Link href={`/pelantikan/usulan/${row.proposalId}`} className="text-brand-700 underline">
              {row.newPost}
            </Link>
          ),
        },
        { key: "unit", header: t("columns.unit"), cell: (row) => row.unit },
        {
          key: "decree",
          header: t("columns.decree"),
          cell: (row) =>
            row.decreeNumber
              ? `${row.decreeNumber}${row.decreeDate ? ` (${decreeDay(row.decreeDate)})` : ""}`
              : "—",
        },
        {
          key: "attendance",
          header: t("columns.attendance"),
          cell: (row) => t(`attendance.${row.attendance}`),
        },
        {
          key: "oath",
          header: t("columns.oath"),
          cell: (row) =>
            oathRecorded ? (
              row.oath ? (
                t(`oaths.${row.oath}`)
              ) : (
                "—"
              )
            ) : (
              <AppointeeOath officialId={row.officialId} name={row.name} religion={row.religion} />
            ),
        },
        ...(remove ? [{ key: "remove", header: t("columns.remove"), headerHidden: true, cell: remove }] : []),
      ]}
    />
  );
}

import { useFormatter, useTranslations } from "next-intl";
import Link from "@/components/ui/link";
import { DataTable } from "@/components/ui/data-table";
import type { ProposalRow } from "@/lib/appointments/queries";
import { levelAtStep } from "@/lib/appointments/level-rules";
import { formatNip } from "@/lib/officials/nip";
import { StatusBadge } from "./status-badge";

/** Daftar usulan: the official and the post, the unit, the state and where it waits. */
export function ProposalsTable({ rows, caption }: { rows: ProposalRow[]; caption?: string }) {
  const t = useTranslations("appointments");
  const format = useFormatter();
  return (
    <DataTable
      variant="plain"
      caption={caption ?? t("proposals")}
      captionHidden
      rowHeader
      rows={rows}
      rowKey={(row) => row.id}
      empty={t("noProposals")}
      columns={[
        {
          key: "official",
          header: t("columns.official"),
          cell: (row) => (
            <>
              <Link href={`/pelantikan/usulan/${row.id}`} className="text-brand-700 underline">
                {row.official.name}
              </Link>
              {row.official.nip ? (
                <span className="block font-mono text-xs text-slate-600">{formatNip(row.official.nip)}</span>
              ) : null}
            </>
          ),
        },
        { key: "post", header: t("columns.post"), cell: (row) => row.position.title },
        { key: "unit", header: t("columns.unit"), cell: (row) => row.unit.shortName },
        {
          key: "status",
          header: t("columns.status"),
          cell: (row) => {
            const waitingAt = row.status === "SUBMITTED" ? levelAtStep(row) : null;
            return (
              <>
                <StatusBadge status={row.status} />
                {waitingAt ? (
                  <span className="block text-xs text-slate-600">{t(`levels.${waitingAt}`)}</span>
                ) : null}
              </>
            );
          },
        },
        {
          key: "updated",
          header: t("columns.updatedAt"),
          cell: (row) => format.dateTime(row.updatedAt, { dateStyle: "medium" }),
        },
      ]}
    />
  );
}

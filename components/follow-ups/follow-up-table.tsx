import { getFormatter, getTranslations } from "next-intl/server";
import Link from "@/components/ui/link";
import { DataTable } from "@/components/ui/data-table";
import { todayInZone } from "@/lib/dates/today";
import { daysOverdue } from "@/lib/follow-ups/due-dates";
import type { FollowUpStatus, FollowUpSource, SupervisionArea } from "@/lib/generated/prisma/enums";
import { OwnerName } from "./owner-name";

export interface FollowUpRow {
  id: string;
  title: string;
  status: FollowUpStatus;
  dueDate: Date;
  source: FollowUpSource;
  area: SupervisionArea | null;
  unit: { shortName: string; timeZone: string };
  escalatedTo: { shortName: string } | null;
  owner: { name: string } | null;
}

/** Follow-ups as a table: what, unit, person in charge, due date (late by the unit's own calendar), status. */
export async function FollowUpTable({
  rows,
  caption,
  variant = "framed",
}: {
  rows: FollowUpRow[];
  caption: string;
  variant?: "framed" | "plain";
}) {
  const [t, workflow, supervision, format] = await Promise.all([
    getTranslations("followUps"),
    getTranslations("workflow"),
    getTranslations("supervision"),
    getFormatter(),
  ]);
  return (
    <DataTable
      variant={variant}
      caption={caption}
      // Inside a panel the panel's heading already names the table; the caption stays for screen readers.
      captionHidden={variant === "plain"}
      rowHeader
      rows={rows}
      rowKey={(row) => row.id}
      empty={t("empty")}
      columns={[
        {
          key: "title",
          header: t("fields.title"),
          cell: (row) => (
            <Link href={`/tindak-lanjut/${row.id}`} className="text-brand-700 underline">
              {row.title}
            </Link>
          ),
        },
        { key: "unit", header: t("fields.unit"), cell: (row) => row.unit.shortName },
        {
          key: "source",
          header: t("fields.source"),
          cell: (row) =>
            [t(`sources.${row.source}`), row.area ? supervision(`areas.${row.area}`) : null]
              .filter(Boolean)
              .join(" · "),
        },
        {
          key: "owner",
          header: t("fields.ownerOfficialId"),
          cell: (row) => <OwnerName owner={row.owner} unassigned={t("unassigned")} />,
        },
        {
          key: "due",
          header: t("fields.dueDate"),
          cell: (row) => {
            const late = daysOverdue(row, todayInZone(row.unit.timeZone));
            return (
              <>
                {format.dateTime(row.dueDate, { dateStyle: "medium", timeZone: "UTC" })}
                {late > 0 ? (
                  <span className="ml-2 font-medium text-red-700">{t("overdue", { days: late })}</span>
                ) : null}
              </>
            );
          },
        },
        {
          key: "status",
          header: t("fields.status"),
          cell: (row) =>
            row.escalatedTo
              ? `${workflow(`states.${row.status}`)} · ${t("escalatedTo", { unit: row.escalatedTo.shortName })}`
              : workflow(`states.${row.status}`),
        },
      ]}
    />
  );
}

import { getFormatter, getTranslations } from "next-intl/server";
import { ActingForm } from "@/components/appointments/acting-form";
import { ACTING_ROLES } from "@/lib/appointments/acting-mutations";
import { DataTable } from "@/components/ui/data-table";
import { PageHeader } from "@/components/ui/page-header";
import { Panel } from "@/components/ui/panel";
import { requirePermission } from "@/lib/auth/current-user";
import { prisma } from "@/lib/db/client";

/** Plt./Plh. Sekretaris of the user's unit: designate one, and the designations made. */
export default async function ActingPage() {
  const user = await requirePermission("appointment.approve");
  const [t, format, users, designations] = await Promise.all([
    getTranslations("appointments.acting"),
    getFormatter(),
    prisma.user.findMany({
      where: { unitId: user.unit.id, active: true, id: { not: user.id }, role: { in: [...ACTING_ROLES] } },
      select: { id: true, displayName: true },
      orderBy: { displayName: "asc" },
    }),
    prisma.actingDesignation.findMany({
      where: { unitId: user.unit.id },
      select: {
        id: true,
        kind: true,
        startDate: true,
        endDate: true,
        user: { select: { displayName: true } },
      },
      orderBy: { startDate: "desc" },
      take: 50,
    }),
  ]);
  const day = (date: Date) => format.dateTime(date, { dateStyle: "long", timeZone: "UTC" });
  return (
    <>
      <PageHeader title={t("title")} intro={t("intro")} />
      <div className="space-y-6">
        <ActingForm users={users.map((row) => ({ value: row.id, label: row.displayName }))} />
        <Panel id="acting-heading" title={t("list")}>
          <DataTable
            variant="plain"
            caption={t("list")}
            captionHidden
            rows={designations}
            rowKey={(row) => row.id}
            empty={t("none")}
            columns={[
              { key: "user", header: t("userId"), cell: (row) => row.user.displayName },
              { key: "kind", header: t("kind"), cell: (row) => t(`kinds.${row.kind}`) },
              {
                key: "period",
                header: t("startDate"),
                cell: (row) => t("period", { start: day(row.startDate), end: day(row.endDate) }),
              },
            ]}
          />
        </Panel>
      </div>
    </>
  );
}

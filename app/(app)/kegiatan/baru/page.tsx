import { getTranslations } from "next-intl/server";
import { EventForm } from "@/components/events/event-form";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/current-user";
import { prisma } from "@/lib/db/client";
import { participantUnitsWhere } from "@/lib/events/participant-units";

export default async function NewEventPage() {
  const user = await requirePermission("event.manage");
  const [t, units] = await Promise.all([
    getTranslations("events"),
    prisma.workUnit.findMany({
      where: participantUnitsWhere(user.scopeUnitIds, user.unit.id),
      orderBy: { code: "asc" },
      select: { id: true, name: true },
    }),
  ]);
  return (
    <>
      <PageHeader title={t("new")} intro={user.unit.name} />
      <EventForm units={units} zone={user.unit.timeZone} />
    </>
  );
}

import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { EventForm } from "@/components/events/event-form";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/policy";
import { loadScopeUnitIds } from "@/lib/auth/scope-sql";
import { prisma } from "@/lib/db/client";
import { todayInZone } from "@/lib/dates/today";
import { participantUnitsWhere } from "@/lib/events/participant-units";
import { getEvent } from "@/lib/events/queries";
import { timeInZone } from "@/lib/inaugurations/local-time";
import { isoDate } from "@/lib/validations/input";

/** Ubah kegiatan: the organiser corrects a planned event; a held or cancelled one stays as it was. */
export default async function EditEventPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePermission("event.manage");
  const { id } = await params;
  const event = await getEvent(user, id);
  if (!event || !can(user, "event.manage", event) || event.status !== "PLANNED") notFound();
  // Participants are chosen from the organiser's subtree, also when a unit above corrects the event.
  const organiserTree = await loadScopeUnitIds(prisma, event.unitId);
  const [t, units] = await Promise.all([
    getTranslations("events"),
    prisma.workUnit.findMany({
      where: participantUnitsWhere(organiserTree, event.unitId),
      orderBy: { code: "asc" },
      select: { id: true, name: true },
    }),
  ]);
  const zone = event.unit.timeZone;
  return (
    <>
      <PageHeader title={t("edit")} intro={event.title} />
      <EventForm
        units={units}
        zone={zone}
        event={{
          id: event.id,
          version: event.version,
          title: event.title,
          kind: event.kind,
          mode: event.mode,
          date: isoDate(todayInZone(zone, event.startsAt)),
          time: timeInZone(event.startsAt, zone),
          endTime: event.endsAt ? timeInZone(event.endsAt, zone) : "",
          location: event.location ?? "",
          onlineUrl: event.onlineUrl ?? "",
          agenda: event.agenda ?? "",
          sessions: event.sessions.map((session) => session.title).join("\n"),
          attendanceRequired: event.attendanceRequired,
          participantUnitIds: event.participants.map((row) => row.unit.id),
        }}
      />
    </>
  );
}

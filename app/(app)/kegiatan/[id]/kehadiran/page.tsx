import { getTranslations } from "next-intl/server";
import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { AttendanceList } from "@/components/attendance/attendance-list";
import { ActionForm } from "@/components/events/action-form";
import { PageHeader } from "@/components/ui/page-header";
import { SelectField } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";
import { ATTENDANCE_MARKS } from "@/lib/attendance/roster";
import { requirePermission } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/policy";
import { eventFormAction, markEventAttendanceAction } from "@/lib/events/actions";
import { getEvent } from "@/lib/events/queries";

/** Daftar hadir at the door, on a phone: each invitee present on site, online, or absent; walk-ins added. */
export default async function EventAttendancePage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePermission("event.manage");
  const { id } = await params;
  const event = await getEvent(user, id);
  if (!event || !can(user, "event.manage", event)) notFound();
  const [t, ta] = await Promise.all([getTranslations("events"), getTranslations("attendance")]);
  const people = event.invitations.map((row) => ({
    id: row.id,
    name: row.inviteeName,
    nip: row.official?.nip ?? null,
    organisation: row.organisation?.name ?? null,
    unit: row.unit?.name ?? null,
    status: row.attendance,
  }));
  return (
    <>
      <PageHeader
        title={t("attendanceTitle", { title: event.title })}
        actions={
          <Link href={`/kegiatan/${event.id}`} className="text-sm text-sky-800 hover:underline">
            {t("backToEvent")}
          </Link>
        }
      />
      <AttendanceList people={people} markAttendance={markEventAttendanceAction.bind(null, event.id)} />
      <div className="mt-6 rounded-md border border-slate-200">
        <ActionForm
          action={eventFormAction.bind(null, "walkIn")}
          label={t("walkIn")}
          submitLabel={t("walkIn")}
        >
          <input type="hidden" name="id" value={event.id} />
          <TextField label={t("fields.inviteeName")} name="inviteeName" required />
          <SelectField
            label={t("fields.unitId")}
            name="unitId"
            options={[
              { value: "", label: t("fields.none") },
              ...event.participants.map((row) => ({ value: row.unit.id, label: row.unit.name })),
            ]}
          />
          <SelectField
            label={t("fields.status")}
            name="status"
            options={ATTENDANCE_MARKS.map((mark) => ({ value: mark, label: ta(`status.${mark}`) }))}
          />
        </ActionForm>
      </div>
    </>
  );
}

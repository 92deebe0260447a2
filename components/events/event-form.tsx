"use client";

import { useTranslations } from "next-intl";
import { FormAlert } from "@/components/ui/form/form-alert";
import { FormButtons } from "@/components/ui/form/form-buttons";
import { RecordKeys } from "@/components/ui/form/record-keys";
import { useActionForm } from "@/components/ui/form/use-action-form";
import { SelectField } from "@/components/ui/select-field";
import { TextAreaField } from "@/components/ui/text-area-field";
import { TextField } from "@/components/ui/text-field";
import { saveEventAction } from "@/lib/events/actions";
import { EventKind, MeetingMode } from "@/lib/generated/prisma/enums";

/** An event as the edit form opens it: times already in the organiser's zone, sessions one a line. */
export interface EventFormValues {
  id: string;
  version: number;
  title: string;
  kind: EventKind;
  mode: MeetingMode;
  date: string;
  time: string;
  endTime: string;
  location: string;
  onlineUrl: string;
  agenda: string;
  sessions: string;
  attendanceRequired: boolean;
  participantUnitIds: string[];
}

/** Buat / ubah kegiatan: what, when (the organiser's local time), where, who takes part, the parallel sessions. */
export function EventForm({
  units,
  zone,
  event,
}: {
  units: { id: string; name: string }[];
  zone: string;
  event?: EventFormValues;
}) {
  const t = useTranslations("events");
  const form = useActionForm(saveEventAction);
  return (
    <form {...form.props} className="max-w-3xl space-y-4" aria-label={event ? t("edit") : t("new")}>
      <FormAlert {...form.alert} />
      <RecordKeys record={event} />
      <TextField
        label={t("fields.title")}
        name="title"
        defaultValue={event?.title}
        errors={form.errors("title")}
        required
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField
          label={t("fields.kind")}
          name="kind"
          defaultValue={event?.kind ?? "COORDINATION_MEETING"}
          options={Object.values(EventKind).map((kind) => ({ value: kind, label: t(`kinds.${kind}`) }))}
          errors={form.errors("kind")}
        />
        <SelectField
          label={t("fields.mode")}
          name="mode"
          defaultValue={event?.mode ?? "HYBRID"}
          options={Object.values(MeetingMode).map((mode) => ({ value: mode, label: t(`modes.${mode}`) }))}
          errors={form.errors("mode")}
        />
      </div>
      <div className="grid gap-4 sm:grid-cols-3">
        <TextField
          label={t("fields.date")}
          name="date"
          type="date"
          defaultValue={event?.date}
          errors={form.errors("date")}
          required
        />
        <TextField
          label={t("fields.time")}
          name="time"
          type="time"
          defaultValue={event?.time}
          hint={t("timeHint", { zone })}
          errors={form.errors("time")}
          required
        />
        <TextField
          label={t("fields.endTime")}
          name="endTime"
          type="time"
          defaultValue={event?.endTime}
          errors={form.errors("endTime")}
        />
      </div>
      <TextField
        label={t("fields.location")}
        name="location"
        defaultValue={event?.location}
        errors={form.errors("location")}
      />
      <TextField
        label={t("fields.onlineUrl")}
        name="onlineUrl"
        type="url"
        defaultValue={event?.onlineUrl}
        errors={form.errors("onlineUrl")}
      />
      <TextAreaField
        label={t("fields.agenda")}
        name="agenda"
        rows={3}
        defaultValue={event?.agenda}
        errors={form.errors("agenda")}
      />
      <TextAreaField
        label={t("fields.sessions")}
        name="sessions"
        rows={3}
        defaultValue={event?.sessions}
        hint={t("fields.sessionsHint")}
        errors={form.errors("sessions")}
      />
      <label className="flex items-center gap-2 text-sm">
        <input
          type="checkbox"
          name="attendanceRequired"
          defaultChecked={event?.attendanceRequired}
          className="h-5 w-5"
        />
        {t("fields.attendanceRequired")}
      </label>
      {units.length > 0 ? (
        <fieldset className="space-y-2 rounded-md border border-slate-200 p-3">
          <legend className="px-1 text-sm font-medium">{t("fields.participantUnitIds")}</legend>
          <label className="flex items-center gap-2 text-sm font-medium">
            <input type="checkbox" name="allBelow" className="h-5 w-5" />
            {t("fields.allBelow")}
          </label>
          <div className="grid gap-1 sm:grid-cols-2">
            {units.map((unit) => (
              <label key={unit.id} className="flex items-center gap-2 text-sm">
                <input
                  type="checkbox"
                  name="participantUnitIds"
                  value={unit.id}
                  defaultChecked={event?.participantUnitIds.includes(unit.id)}
                  className="h-5 w-5"
                />
                {unit.name}
              </label>
            ))}
          </div>
        </fieldset>
      ) : null}
      <FormButtons pending={form.pending} cancelHref={event ? `/kegiatan/${event.id}` : "/kegiatan"} />
    </form>
  );
}

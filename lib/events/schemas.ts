/** What the event forms send (zod only; messages are catalogue keys). */
import { z } from "zod";
import { ATTENDANCE_MARKS } from "@/lib/attendance/roster";
import { EventKind, MeetingMode, OutcomeKind } from "@/lib/generated/prisma/enums";
import {
  clockTime as clock,
  dateOnly,
  formList,
  optionalRecordId,
  optionalText,
  recordId,
  recordVersion,
  text,
} from "@/lib/validations/input";
import { searchParam } from "@/lib/validations/search-params";

const ids = formList(z.array(recordId).max(1000));

const checkbox = z.preprocess((value) => value === "on" || value === "true" || value === true, z.boolean());

/** Kegiatan: what, when in the organiser's zone, where, who takes part, and the parallel sessions (one a line). */
export const eventInput = z
  .object({
    id: optionalRecordId,
    version: recordVersion.optional(),
    title: text({ max: 300 }),
    kind: z.enum(EventKind),
    mode: z.enum(MeetingMode),
    date: dateOnly({ min: "2000-01-01" }),
    time: clock,
    endTime: clock.optional(),
    location: optionalText({ max: 300 }),
    onlineUrl: optionalText({ max: 500 }),
    agenda: optionalText({ max: 5000, multiline: true }),
    sessions: optionalText({ max: 2000, multiline: true }),
    attendanceRequired: checkbox,
    /** Every unit below the organiser takes part (a rakor of all secretariats). */
    allBelow: checkbox,
    participantUnitIds: ids,
  })
  .superRefine((input, context) => {
    if (input.mode !== "ONLINE" && !input.location)
      context.addIssue({ code: "custom", path: ["location"], message: "events.validation.location" });
    if (input.mode !== "ONSITE" && !input.onlineUrl)
      context.addIssue({ code: "custom", path: ["onlineUrl"], message: "events.validation.onlineUrl" });
    if (input.endTime && input.endTime <= input.time)
      context.addIssue({ code: "custom", path: ["endTime"], message: "events.validation.endTime" });
  });

/** Session titles, one a line, blank lines and repeats dropped. */
export function sessionTitles(sessions: string | undefined): string[] {
  const lines = (sessions ?? "").split("\n").map((line) => line.trim());
  return [...new Set(lines.filter(Boolean))].slice(0, 20);
}

export const inviteLeadersInput = z.object({ id: recordId });

export const inviteStakeholdersInput = z.object({
  id: recordId,
  contactIds: ids.pipe(z.array(recordId).min(1, "events.validation.noneChosen")),
});

/** Undang pejabat/pegawai: officials chosen by name or NIP in the picker. */
export const inviteOfficialsInput = z.object({
  id: recordId,
  officialIds: ids.pipe(z.array(recordId).min(1, "events.validation.noOfficialChosen")),
});

/** The event page's URL: the official picker's search (`?pejabat=`); a value that could not be one is dropped. */
const officialQueryParam = searchParam(optionalText({ max: 100 })).catch(undefined);

export function parseEventPageParams(raw: Record<string, string | string[] | undefined>) {
  return { officialQuery: officialQueryParam.parse(raw.pejabat) };
}

export const walkInInput = z.object({
  id: recordId,
  inviteeName: text({ max: 200 }),
  organisationId: optionalRecordId,
  unitId: optionalRecordId,
  status: z.enum(ATTENDANCE_MARKS),
});

export const assignSessionInput = z.object({
  id: recordId,
  invitationId: recordId,
  sessionId: optionalRecordId,
});

export const eventAttendanceInput = z.object({
  eventId: recordId,
  invitationId: recordId,
  status: z.enum(ATTENDANCE_MARKS),
});

export const outcomeInput = z.object({
  id: recordId,
  kind: z.enum(OutcomeKind),
  description: text({ max: 2000, multiline: true }),
  cascade: checkbox,
});

export const followUpFromOutcomeInput = z.object({
  id: recordId,
  outcomeId: recordId,
  dueDate: dateOnly({ min: "2000-01-01" }),
});

export const minutesInput = z.object({
  id: recordId,
  minutesId: optionalRecordId,
  version: recordVersion.optional(),
  content: text({ max: 20000, multiline: true }),
});

export const finalizeMinutesInput = z.object({ id: recordId, minutesId: recordId, version: recordVersion });

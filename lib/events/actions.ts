"use server";

import { submitForm } from "@/lib/actions/form-action";
import { submitMutation, type ActionState } from "@/lib/actions/submit";
import type { AttendanceMark } from "@/lib/attendance/roster";
import { eventForm, eventForms, type EventFormName } from "./form-actions";
import { markEventAttendance } from "./invitation-mutations";

export async function saveEventAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return submitForm(eventForm, formData);
}

/** The smaller forms of an event's page, each named by its job. */
export async function eventFormAction(
  name: EventFormName,
  _previous: ActionState,
  formData: FormData,
): Promise<ActionState> {
  return submitForm(eventForms[name], formData);
}

export async function markEventAttendanceAction(
  eventId: string,
  invitationId: string,
  status: AttendanceMark,
): Promise<ActionState> {
  return submitMutation(
    markEventAttendance,
    { eventId, invitationId, status },
    { revalidate: () => [`/kegiatan/${eventId}`, `/kegiatan/${eventId}/kehadiran`] },
  );
}

"use server";

import { submitForm } from "@/lib/actions/form-action";
import { requestContext, submitMutation, type ActionState } from "@/lib/actions/submit";
import type { AttendanceMark } from "@/lib/attendance/roster";
import { eventForm, eventForms, type EventFormName } from "./form-actions";
import { markEventAttendance } from "./invitation-mutations";
import { eventTransitions } from "./event-mutations";
import type { EventTransition } from "./workflow";

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

/** One server action for the event's workflow steps; the form names the step (`transition`). */
export async function eventTransitionAction(
  _previous: ActionState,
  formData: FormData,
): Promise<ActionState> {
  const name = String(formData.get("transition"));
  const id = String(formData.get("id"));
  if (!Object.hasOwn(eventTransitions, name)) {
    const { t } = await requestContext();
    return { ok: false, message: t("errors.notFound") };
  }
  return submitMutation(eventTransitions[name as EventTransition], formData, {
    saved: "events.saved.status",
    revalidate: () => ["/kegiatan", `/kegiatan/${id}`],
  });
}

"use server";

import { submitForm } from "@/lib/actions/form-action";
import { submitMutation, type ActionState } from "@/lib/actions/submit";
import type { AttendanceMark } from "@/lib/attendance/roster";
import { CEREMONY_FORMS, inaugurationForm, type CeremonyFormName } from "./form-actions";
import { markAttendance } from "./inauguration-mutations";

export async function saveInaugurationAction(
  _previous: ActionState,
  formData: FormData,
): Promise<ActionState> {
  return submitForm(inaugurationForm, formData);
}

/** Any of the ceremony page's forms: the form names itself in `form`. */
export async function ceremonyAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const form = CEREMONY_FORMS[String(formData.get("form")) as CeremonyFormName];
  if (!form) return { ok: false };
  return submitForm(form, formData);
}

/** One mark at the door (components/attendance/attendance-list.tsx). */
export async function markAppointeeAttendance(
  inaugurationId: string,
  appointeeId: string,
  status: AttendanceMark,
): Promise<ActionState> {
  const { ok, message } = await submitMutation(
    markAttendance,
    { inaugurationId, appointeeId, status },
    { revalidate: () => [`/pelantikan/upacara/${inaugurationId}`] },
  );
  return { ok, message };
}

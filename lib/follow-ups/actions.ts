"use server";

import { submitForm } from "@/lib/actions/form-action";
import { requestContext, type ActionState } from "@/lib/actions/submit";
import { assignFollowUpForm, FOLLOW_UP_STEP_FORMS } from "./form-actions";

/** One server action for every follow-up step; the form names the step (`transition`). */
export async function followUpTransitionAction(
  _previous: ActionState,
  formData: FormData,
): Promise<ActionState> {
  const name = formData.get("transition");
  if (typeof name !== "string" || !Object.hasOwn(FOLLOW_UP_STEP_FORMS, name)) {
    return { ok: false, message: (await requestContext()).t("errors.notFound") };
  }
  return submitForm(FOLLOW_UP_STEP_FORMS[name as keyof typeof FOLLOW_UP_STEP_FORMS], formData);
}

export async function assignFollowUpAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return submitForm(assignFollowUpForm, formData);
}

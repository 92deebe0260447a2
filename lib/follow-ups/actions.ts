"use server";

import { redirect } from "next/navigation";
import { setFlash } from "@/lib/actions/flash";
import { requestContext, runMutation, type ActionState } from "@/lib/actions/submit";
import { FOLLOW_UPS_PATH, followUpLink } from "./links";
import { assignFollowUp, followUpTransitions } from "./mutations";
import type { FollowUpTransition } from "./workflow";

function isTransition(name: unknown): name is FollowUpTransition {
  return typeof name === "string" && Object.hasOwn(followUpTransitions, name);
}

/** One server action for every follow-up step; the form names the step (`transition`). */
export async function followUpTransitionAction(
  _previous: ActionState,
  formData: FormData,
): Promise<ActionState> {
  const context = await requestContext();
  const name = formData.get("transition");
  if (!isTransition(name)) return { ok: false, message: context.t("errors.notFound") };
  const id = String(formData.get("id"));
  const result = await runMutation(followUpTransitions[name], formData, context, {
    saved: "followUps.saved.transition",
    revalidate: () => [FOLLOW_UPS_PATH, followUpLink(id), "/"],
  });
  if (!result.ok) return { ok: false, message: result.message, fieldErrors: result.fieldErrors };
  await setFlash(result.message!, followUpLink(id));
  redirect(followUpLink(id));
}

export async function assignFollowUpAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const context = await requestContext();
  const result = await runMutation(assignFollowUp, formData, context, {
    saved: "followUps.saved.assigned",
    fieldLabels: "followUps.fields",
    revalidate: ({ id }) => [FOLLOW_UPS_PATH, followUpLink(id)],
  });
  if (!result.ok || !result.data)
    return { ok: false, message: result.message, fieldErrors: result.fieldErrors };
  await setFlash(result.message!, followUpLink(result.data.id));
  redirect(followUpLink(result.data.id));
}

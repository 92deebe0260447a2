import "server-only";
import type { FormAction } from "@/lib/actions/form-action";
import { FOLLOW_UPS_PATH, followUpLink } from "./links";
import { assignFollowUp, followUpTransitions } from "./follow-up-mutations";
import type { FollowUpTransition } from "./workflow";

type Saved = { id: string };

/** Each step of a follow-up (start, report done, verify, escalate …) as a form on the follow-up's page. */
function stepForm(name: FollowUpTransition): FormAction<Saved> {
  return {
    revalidate: ({ id }) => [FOLLOW_UPS_PATH, followUpLink(id), "/"],
    open: ({ id }) => followUpLink(id),
    update: { mutation: followUpTransitions[name], saved: "followUps.saved.transition" },
  };
}

export const FOLLOW_UP_STEP_FORMS = Object.fromEntries(
  (Object.keys(followUpTransitions) as FollowUpTransition[]).map((name) => [name, stepForm(name)]),
) as Record<FollowUpTransition, FormAction<Saved>>;

/** Penanggung jawab dan tenggat. */
export const assignFollowUpForm: FormAction<Saved> = {
  fieldLabels: "followUps.fields",
  revalidate: ({ id }) => [FOLLOW_UPS_PATH, followUpLink(id)],
  open: ({ id }) => followUpLink(id),
  update: { mutation: assignFollowUp, saved: "followUps.saved.assigned" },
};

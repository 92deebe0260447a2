"use server";

import { submitForm } from "@/lib/actions/form-action";
import type { ActionState } from "@/lib/actions/submit";
import { feedForms } from "./form-actions";

export async function createFeedAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return submitForm(feedForms.create, formData);
}

export async function replaceFeedAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return submitForm(feedForms.replace, formData);
}

export async function revokeFeedAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return submitForm(feedForms.revoke, formData);
}

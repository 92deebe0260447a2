"use server";

import { submitForm } from "@/lib/actions/form-action";
import { requestContext, submitMutation, type ActionState } from "@/lib/actions/submit";
import { draftForm, newsForm } from "./form-actions";
import { newsTransitions } from "./mutations";
import type { NewsTransition } from "./workflow";

export async function draftNewsAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return submitForm(draftForm, formData);
}

export async function saveNewsAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return submitForm(newsForm, formData);
}

/** One server action for the item's workflow steps; the form names the step (`transition`). */
export async function newsTransitionAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const name = String(formData.get("transition"));
  const id = String(formData.get("id"));
  if (!Object.hasOwn(newsTransitions, name)) {
    const { t } = await requestContext();
    return { ok: false, message: t("errors.notFound") };
  }
  return submitMutation(newsTransitions[name as NewsTransition], formData, {
    saved: `news.saved.${name}`,
    revalidate: () => ["/berita", `/berita/${id}`],
  });
}

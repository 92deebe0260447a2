"use server";

import { redirect } from "next/navigation";
import { submitForm } from "@/lib/actions/form-action";
import { setFlash } from "@/lib/actions/flash";
import { requestContext, submitMutation, type ActionState } from "@/lib/actions/submit";
import { draftForm, newsForm } from "./form-actions";
import { newsTransitions } from "./news-mutations";
import type { NewsTransition } from "./workflow";

export async function draftNewsAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return submitForm(draftForm, formData);
}

export async function saveNewsAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return submitForm(newsForm, formData);
}

/**
 * One server action for the item's workflow steps; the form names the step (`transition`). A step changes which
 * forms the page shows, so the confirmation travels as a flash to the item's page, as after any form's save.
 */
export async function newsTransitionAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const name = String(formData.get("transition"));
  if (!Object.hasOwn(newsTransitions, name)) {
    const { t } = await requestContext();
    return { ok: false, message: t("errors.notFound") };
  }
  const { data, ...state } = await submitMutation(newsTransitions[name as NewsTransition], formData, {
    saved: `news.saved.${name}`,
    revalidate: (item) => ["/berita", `/berita/${item.id}`],
  });
  if (!state.ok || !data) return state;
  const page = `/berita/${data.id}`;
  if (state.message) await setFlash(state.message, page);
  redirect(page);
}

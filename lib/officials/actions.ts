"use server";

import { submitForm } from "@/lib/actions/form-action";
import type { ActionState } from "@/lib/actions/submit";
import { cancelChangeForm, endServiceForm, moveForm, officialForm } from "./form-actions";

export async function saveOfficial(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return submitForm(officialForm, formData);
}

export async function moveOfficialAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return submitForm(moveForm, formData);
}

export async function endServiceAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return submitForm(endServiceForm, formData);
}

export async function cancelChangeAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return submitForm(cancelChangeForm, formData);
}

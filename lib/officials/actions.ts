"use server";

import { submitForm } from "@/lib/actions/form-action";
import type { ActionState } from "@/lib/actions/submit";
import { endServiceForm, moveForm, officialForm } from "./form-actions";

export async function saveOfficial(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return submitForm(officialForm, formData);
}

export async function moveOfficialAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return submitForm(moveForm, formData);
}

export async function endServiceAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return submitForm(endServiceForm, formData);
}

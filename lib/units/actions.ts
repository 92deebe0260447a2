"use server";

import { submitForm } from "@/lib/actions/form-action";
import type { ActionState } from "@/lib/actions/submit";
import { abolishPositionForm, positionForm, sectionForm, unitForm } from "./form-actions";

export async function saveUnit(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return submitForm(unitForm, formData);
}

export async function saveSection(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return submitForm(sectionForm, formData);
}

export async function savePosition(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return submitForm(positionForm, formData);
}

export async function abolishPositionAction(
  _previous: ActionState,
  formData: FormData,
): Promise<ActionState> {
  return submitForm(abolishPositionForm, formData);
}

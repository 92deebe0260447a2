"use server";

import { submitForm } from "@/lib/actions/form-action";
import type { ActionState } from "@/lib/actions/submit";
import { contactForm, organisationForm } from "./form-actions";

export async function saveOrganisationAction(
  _previous: ActionState,
  formData: FormData,
): Promise<ActionState> {
  return submitForm(organisationForm, formData);
}

export async function addContactAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return submitForm(contactForm, formData);
}

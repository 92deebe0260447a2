"use server";

import { submitForm } from "@/lib/actions/form-action";
import type { ActionState } from "@/lib/actions/submit";
import {
  acceptReportForm,
  cancelVisitForm,
  findingForm,
  removeFindingForm,
  reportDraftForm,
  returnReportForm,
  submitReportForm,
  visitForm,
} from "./form-actions";

/** Plans a visit, or with the visit's id and version saves its changed plan. */
export async function planVisitAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return submitForm(visitForm, formData);
}

export async function cancelVisitAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return submitForm(cancelVisitForm, formData);
}

export async function saveReportDraftAction(
  _previous: ActionState,
  formData: FormData,
): Promise<ActionState> {
  return submitForm(reportDraftForm, formData);
}

export async function addFindingAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return submitForm(findingForm, formData);
}

export async function removeFindingAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return submitForm(removeFindingForm, formData);
}

export async function submitReportAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return submitForm(submitReportForm, formData);
}

export async function acceptReportAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return submitForm(acceptReportForm, formData);
}

export async function returnReportAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return submitForm(returnReportForm, formData);
}

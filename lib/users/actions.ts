"use server";

import { submitForm } from "@/lib/actions/form-action";
import { requestContext, type ActionState } from "@/lib/actions/submit";
import {
  accountForm,
  deactivateForm,
  reactivateForm,
  runTemporaryPasswordForm,
  type TemporaryPasswordState,
} from "./form-actions";
import { createAccount, resetPassword } from "./mutations";

export async function createAccountAction(
  _previous: ActionState,
  formData: FormData,
): Promise<TemporaryPasswordState> {
  return runTemporaryPasswordForm(createAccount, formData, await requestContext(), "users.saved.created");
}

export async function resetPasswordAction(
  _previous: ActionState,
  formData: FormData,
): Promise<TemporaryPasswordState> {
  return runTemporaryPasswordForm(
    resetPassword,
    formData,
    await requestContext(),
    "users.saved.passwordReset",
  );
}

export async function saveAccount(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return submitForm(accountForm, formData);
}

export async function deactivateAccountAction(
  _previous: ActionState,
  formData: FormData,
): Promise<ActionState> {
  return submitForm(deactivateForm, formData);
}

export async function reactivateAccountAction(
  _previous: ActionState,
  formData: FormData,
): Promise<ActionState> {
  return submitForm(reactivateForm, formData);
}

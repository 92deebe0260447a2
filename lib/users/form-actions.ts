/** What each form of the accounts module does when submitted (lib/actions/form-action.ts). */
import "server-only";
import type { FormAction } from "@/lib/actions/form-action";
import { runMutation, type ActionState, type SubmitContext } from "@/lib/actions/submit";
import type { Mutation } from "@/lib/actions/mutation";
import type { z } from "zod";
import { deactivateAccount, reactivateAccount, updateAccount } from "./mutations";

type Saved = { id: string };

const common = {
  fieldLabels: "users.fields",
  revalidate: ({ id }: Saved) => ["/pengguna", `/pengguna/${id}`],
  open: ({ id }: Saved) => `/pengguna/${id}`,
};

export const accountForm: FormAction<Saved> = {
  ...common,
  update: { mutation: updateAccount, saved: "forms.saved" },
};

export const deactivateForm: FormAction<Saved> = {
  ...common,
  update: { mutation: deactivateAccount, saved: "users.saved.deactivated" },
};

export const reactivateForm: FormAction<Saved> = {
  ...common,
  update: { mutation: reactivateAccount, saved: "users.saved.reactivated" },
};

/** A form that ends with a temporary password: shown once in the form's confirmation, never stored or redirected. */
export interface TemporaryPasswordState extends ActionState {
  temporaryPassword?: string;
  /** The account's page. */
  accountHref?: string;
}

/**
 * Runs a mutation that issues a temporary password (a new account, a reset) and answers the form with it. The
 * form stays on its page: the password travels only in this response, not in a cookie or a URL.
 */
export async function runTemporaryPasswordForm(
  mutation: Mutation<z.ZodType, { id: string; temporaryPassword: string }>,
  formData: FormData,
  context: SubmitContext,
  saved: string,
): Promise<TemporaryPasswordState> {
  const result = await runMutation(mutation, formData, context, {
    fieldLabels: common.fieldLabels,
    revalidate: common.revalidate,
  });
  if (!result.ok || !result.data)
    return { ok: false, message: result.message, fieldErrors: result.fieldErrors };
  return {
    ok: true,
    message: context.t(saved),
    temporaryPassword: result.data.temporaryPassword,
    accountHref: `/pengguna/${result.data.id}`,
  };
}

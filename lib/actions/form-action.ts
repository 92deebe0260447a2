import "server-only";
import { redirect } from "next/navigation";
import type { z } from "zod";
import { setFlash } from "./flash";
import type { Mutation } from "./mutation";
import { requestContext, runMutation, type ActionState, type SubmitContext } from "./submit";

/** One way a form saves: the mutation, and the catalogue key of the sentence that confirms it. */
export interface FormSave<R> {
  mutation: Mutation<z.ZodType, R>;
  saved: string;
}

interface FormActionBase<R> {
  /** The catalogue namespace with one label per field name: a conflict names the changed fields with them. */
  fieldLabels?: string;
  /** The pages that show what was saved. */
  revalidate(data: R): string[];
  /** The page that shows the saved record; the confirmation is shown there. */
  open(data: R): string;
}

/**
 * What a form's server action does, declared once per form (lib/<module>/form-actions.ts): `create` saves a new
 * record, `update` a stored one; the form carries the stored record's `id` (components/ui/form/record-keys.tsx),
 * and that alone chooses. A form that acts only on stored records (mutasi) has only `update`.
 */
export type FormAction<R> = FormActionBase<R> &
  ({ create: FormSave<R>; update?: FormSave<R> } | { create?: FormSave<R>; update: FormSave<R> });

/** A form's outcome: the state to show, and after a save the page to open. */
export type FormOutcome = ActionState & { open?: string };

function carriesRecordId(formData: FormData): boolean {
  const id = formData.get("id");
  return typeof id === "string" && id.trim() !== "";
}

/** Saves the form for `context.user`, choosing create or update by the record id the form carries. */
export async function runForm<R>(
  form: FormAction<R>,
  formData: FormData,
  context: SubmitContext,
): Promise<FormOutcome> {
  const save = carriesRecordId(formData) ? (form.update ?? form.create) : (form.create ?? form.update);
  if (!save) throw new Error("A form action needs create or update");
  const result = await runMutation(save.mutation, formData, context, {
    saved: save.saved,
    fieldLabels: form.fieldLabels,
    revalidate: form.revalidate,
  });
  if (!result.ok || result.data === undefined) {
    return { ok: false, message: result.message, fieldErrors: result.fieldErrors };
  }
  return { ok: true, message: result.message, open: form.open(result.data) };
}

/**
 * The body of every form's server action: saves for the signed-in user, then opens the saved record's page with
 * the confirmation; a refusal returns to the form.
 */
export async function submitForm<R>(form: FormAction<R>, formData: FormData): Promise<ActionState> {
  const { open, ...state } = await runForm(form, formData, await requestContext());
  if (!state.ok || !open) return state;
  if (state.message) await setFlash(state.message, open);
  redirect(open);
}

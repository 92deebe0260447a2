import "server-only";
import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import type { z } from "zod";
import { requireUser } from "@/lib/auth/current-user";
import type { CurrentUser } from "@/lib/auth/types";
import type { Translate } from "@/lib/i18n/translate";
import { formDataToObject } from "./field-issues";
import type { Mutation, MutationFailure } from "./mutation";

/**
 * What a form gets back from its server action (React's useActionState), and nothing more:
 * - before the first submit, `{}`;
 * - refused: `ok: false`, the `message` for the top of the form and `fieldErrors` by field name;
 * - saved: `ok: true` and the `message` that confirms it ("Perubahan tersimpan.").
 * What the user typed never travels back: the form keeps it (components/ui/form/use-action-form.ts).
 */
export interface ActionState {
  ok?: boolean;
  message?: string;
  fieldErrors?: Record<string, string[]>;
}

/** What a submission needs from the request, passed in so that tests run it on the database without one. */
export interface SubmitContext {
  user: CurrentUser;
  /** The whole catalogue, in the user's language. */
  t: Translate;
  revalidatePath(path: string): void;
}

export interface SubmitOptions<R> {
  /** The pages that show what was saved. */
  revalidate?: (data: R) => string[];
  /** Catalogue key of the sentence that confirms the save ("officialRecord.saved.created"). */
  saved?: string;
  /** The catalogue namespace with one label per field name, for naming a conflict's changed fields. */
  fieldLabels?: string;
}

/** The signed-in user (or the sign-in page), their language and Next's revalidation: a server action's context. */
export async function requestContext(): Promise<SubmitContext> {
  const [user, t] = await Promise.all([requireUser(), getTranslations()]);
  return { user, t, revalidatePath: (path) => revalidatePath(path) };
}

/**
 * Message keys from schemas and domain errors: a plain key ("required") lives in the shared `validation` or
 * `errors.domain` namespace; a dotted key ("officialRecord.errors.nipTaken") is a full path in a module's catalogue.
 */
function messagePath(key: string, sharedNamespace: string): string {
  return key.includes(".") ? key : `${sharedNamespace}.${key}`;
}

function describeFailure(failure: MutationFailure, t: Translate, fieldLabels?: string): ActionState {
  switch (failure.code) {
    case "validation": {
      const fieldErrors: Record<string, string[]> = {};
      for (const [field, issues] of Object.entries(failure.fieldErrors)) {
        fieldErrors[field] = issues.map((issue) => {
          const path = messagePath(issue.key, "validation");
          return t.has(path) ? t(path, issue.params) : t("validation.invalid");
        });
      }
      return { ok: false, message: t("errors.validation"), fieldErrors };
    }
    case "conflict": {
      // Name the changed fields as the form labels them ("Nama, Telepon"), not as the code does ("name, phone");
      // columns the form does not show (sortName, which follows the name) go unnamed.
      const fields = failure.changedFields
        .filter((field) => fieldLabels && t.has(`${fieldLabels}.${field}`))
        .map((field) => t(`${fieldLabels}.${field}`))
        .join(", ");
      return { ok: false, message: fields ? t("errors.conflictFields", { fields }) : t("errors.conflict") };
    }
    case "domain": {
      const path = messagePath(failure.reason, "errors.domain");
      const message = t.has(path) ? t(path, failure.params) : t("errors.domainUnknown");
      return { ok: false, message, fieldErrors: failure.field ? { [failure.field]: [message] } : undefined };
    }
    default:
      return { ok: false, message: t(`errors.${failure.code}`) };
  }
}

/**
 * Runs a mutation for `context.user` on a form's input and turns the outcome into form state in the user's
 * language; on success it revalidates the pages that show the result.
 */
export async function runMutation<S extends z.ZodType, R>(
  mutation: Mutation<S, R>,
  input: FormData | Record<string, unknown>,
  context: SubmitContext,
  options: SubmitOptions<R> = {},
): Promise<ActionState & { data?: R }> {
  const raw = input instanceof FormData ? formDataToObject(input) : input;
  const result = await mutation.execute(context.user, raw);
  if (!result.ok) return describeFailure(result, context.t, options.fieldLabels);
  for (const path of options.revalidate?.(result.data) ?? []) context.revalidatePath(path);
  return { ok: true, data: result.data, message: options.saved ? context.t(options.saved) : undefined };
}

/** `runMutation` for the signed-in user of this request. A redirect, if any, belongs to the caller after this. */
export async function submitMutation<S extends z.ZodType, R>(
  mutation: Mutation<S, R>,
  input: FormData | Record<string, unknown>,
  options: SubmitOptions<R> = {},
): Promise<ActionState & { data?: R }> {
  return runMutation(mutation, input, await requestContext(), options);
}

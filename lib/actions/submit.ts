import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import type { z } from "zod";
import { requireUser } from "@/lib/auth/current-user";
import { formDataToObject } from "./field-issues";
import type { Mutation, MutationFailure } from "./mutation";

/** What a form gets back from its server action (React's useActionState). */
export interface ActionState {
  ok?: boolean;
  message?: string;
  fieldErrors?: Record<string, string[]>;
}

/**
 * Message keys from schemas and domain errors: a plain key ("required") lives in the shared `validation` or
 * `errors.domain` namespace; a dotted key ("officialRecord.errors.nipTaken") is a full path in a module's catalogue.
 */
function messagePath(key: string, sharedNamespace: string): string {
  return key.includes(".") ? key : `${sharedNamespace}.${key}`;
}

async function describeFailure(failure: MutationFailure, fieldLabels?: string): Promise<ActionState> {
  const root = await getTranslations();
  const t = await getTranslations("errors");
  switch (failure.code) {
    case "validation": {
      const fieldErrors: Record<string, string[]> = {};
      for (const [field, issues] of Object.entries(failure.fieldErrors)) {
        fieldErrors[field] = issues.map((issue) => {
          const path = messagePath(issue.key, "validation");
          return root.has(path) ? root(path, issue.params) : root("validation.invalid");
        });
      }
      return { ok: false, message: t("validation"), fieldErrors };
    }
    case "conflict": {
      // Name the changed fields as the form labels them ("Nama, Telepon"), not as the code does ("name, phone").
      const label = (field: string) =>
        fieldLabels && root.has(`${fieldLabels}.${field}`) ? root(`${fieldLabels}.${field}`) : field;
      const fields = failure.changedFields.map(label).join(", ");
      return { ok: false, message: fields ? t("conflictFields", { fields }) : t("conflict") };
    }
    case "domain": {
      const path = messagePath(failure.reason, "errors.domain");
      const message = root.has(path) ? root(path, failure.params) : t("domainUnknown");
      return { ok: false, message, fieldErrors: failure.field ? { [failure.field]: [message] } : undefined };
    }
    default:
      return { ok: false, message: t(failure.code) };
  }
}

/**
 * Runs a mutation for the signed-in user from a form submission and turns the outcome into form state in the
 * user's language. On success it revalidates `paths`; a redirect, if any, belongs to the caller after this.
 */
export async function submitMutation<S extends z.ZodType, R>(
  mutation: Mutation<S, R>,
  input: FormData | Record<string, unknown>,
  options: {
    revalidate?: (data: R) => string[];
    successMessage?: string;
    /** The catalogue namespace with one label per field name, for naming a conflict's changed fields. */
    fieldLabels?: string;
  } = {},
): Promise<ActionState & { data?: R }> {
  const user = await requireUser();
  const raw = input instanceof FormData ? formDataToObject(input) : input;
  const result = await mutation.execute(user, raw);
  if (!result.ok) return describeFailure(result, options.fieldLabels);
  for (const path of options.revalidate?.(result.data) ?? []) revalidatePath(path);
  return { ok: true, data: result.data, message: options.successMessage };
}

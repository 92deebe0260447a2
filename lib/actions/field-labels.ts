import { getTranslations } from "next-intl/server";
import type { z } from "zod";
import type { Mutation } from "./mutation";

/**
 * The mutation with a conflict's changed fields named in the user's language ("Kuota pegawai" rather than
 * "staffQuota"), because errors.conflictFields lists them as given. `namespace` holds one label per field name.
 */
export function withFieldLabels<S extends z.ZodType, R>(
  mutation: Mutation<S, R>,
  namespace: string,
): Mutation<S, R> {
  return {
    ...mutation,
    async execute(user, rawInput, db) {
      const result = await mutation.execute(user, rawInput, db);
      if (result.ok || result.code !== "conflict") return result;
      const t = await getTranslations(namespace);
      return {
        ...result,
        changedFields: result.changedFields.map((field) => (t.has(field) ? t(field) : field)),
      };
    },
  };
}

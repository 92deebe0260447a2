/**
 * The form's rules on one import row, every problem at once. zod runs a transform only once every field has
 * parsed, so a bad email would hide a NIP that contradicts the birth date until the clerk fixed the email and
 * checked again. When fields fail, the rules between fields (applyOfficialRules) run again on those that parsed.
 */
import type { z } from "zod";
import { toFieldIssues, type FieldIssues } from "@/lib/actions/field-issues";
import { applyOfficialRules } from "../official-rules";
import { officialFieldsSchema, type OfficialInput } from "../schemas";

type OfficialFields = z.output<typeof officialFieldsSchema>;

export function checkOfficialFields(
  input: Record<string, unknown>,
  today: Date,
): { fields: OfficialInput | null; issues: FieldIssues } {
  const parsed = officialFieldsSchema
    .transform((fields, context) => applyOfficialRules(fields, context, today))
    .safeParse(input);
  if (parsed.success) return { fields: parsed.data, issues: {} };
  const issues = toFieldIssues(parsed.error, input);
  if (officialFieldsSchema.safeParse(input).success) return { fields: null, issues };

  const failed = new Set(Object.keys(issues));
  const parsedFields = Object.fromEntries(Object.entries(input).filter(([field]) => !failed.has(field)));
  // Name and unit play no part in the rules: without them the rules still run.
  const rules = officialFieldsSchema
    .partial({ name: true, unitId: true })
    .transform((fields, context) => applyOfficialRules(fields as OfficialFields, context, today))
    .safeParse(parsedFields);
  if (!rules.success) {
    for (const [field, more] of Object.entries(toFieldIssues(rules.error, parsedFields)))
      if (!failed.has(field)) issues[field] = more;
  }
  return { fields: null, issues };
}

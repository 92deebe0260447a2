/** Columns every edit touches; showing them would bury the change a reader looks for. */
const BOOKKEEPING = new Set(["version", "updatedAt", "createdAt", "id"]);

export interface FieldChange {
  field: string;
  before: string;
  after: string;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function show(value: unknown): string {
  if (value === undefined || value === null || value === "") return "—";
  const text = typeof value === "string" ? value : JSON.stringify(value);
  return text.length > 120 ? `${text.slice(0, 119)}…` : text;
}

/** What an audit entry changed, field by field: for a creation every field it set, for an edit only those that differ. */
export function auditChanges(before: unknown, after: unknown): FieldChange[] {
  const old = isRecord(before) ? before : {};
  const next = isRecord(after) ? after : {};
  const fields = [...new Set([...Object.keys(old), ...Object.keys(next)])].filter(
    (field) => !BOOKKEEPING.has(field),
  );
  return fields
    .map((field) => ({ field, before: show(old[field]), after: show(next[field]) }))
    .filter((change) => change.before !== change.after);
}

/** Where each record type's field labels live in the catalogues, so the trail names fields as the forms do. */
export const FIELD_LABELS: Record<string, string> = {
  Official: "officialRecord.fields",
  WorkUnit: "units.fields",
  Section: "units.fields",
  Position: "units.fields",
};

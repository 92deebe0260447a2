/**
 * What changed between two versions of a record, as its audit entry holds them. The one place that knows which
 * columns are bookkeeping: the audit trail, a unit's history and the stale-save check all ask it.
 */

/** Columns every write touches or that never change; showing them would bury the change a reader looks for. */
const BOOKKEEPING = new Set(["id", "version", "createdAt", "updatedAt"]);

export type JsonRecord = Record<string, unknown>;

export function asRecord(value: unknown): JsonRecord | null {
  return typeof value === "object" && value !== null && !Array.isArray(value) ? (value as JsonRecord) : null;
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

/**
 * The fields whose value differs between `before` and `after` (a creation: every field `after` sets), in the order
 * they appear, bookkeeping columns and `skip` left out.
 */
export function changedFields(before: unknown, after: unknown, skip: Iterable<string> = []): string[] {
  const old = asRecord(before) ?? {};
  const next = asRecord(after) ?? {};
  const ignored = new Set(skip);
  const fields = [...new Set([...Object.keys(old), ...Object.keys(next)])];
  return fields.filter(
    (field) => !BOOKKEEPING.has(field) && !ignored.has(field) && !same(old[field], next[field]),
  );
}

/**
 * The fields that audit entries written after `version` changed, limited to `columns` (the record's own fields;
 * entries may carry more, such as the posts a move ended): what someone else did since a form was loaded.
 */
export function fieldsChangedSince(
  entries: { before: unknown; after: unknown }[],
  version: number,
  columns?: Iterable<string>,
): string[] {
  const wanted = columns ? new Set(columns) : null;
  const fields = new Set<string>();
  for (const { before, after } of entries) {
    const next = asRecord(after);
    if (!next || typeof next.version !== "number" || next.version <= version) continue;
    for (const field of changedFields(before, next)) if (!wanted || wanted.has(field)) fields.add(field);
  }
  return [...fields].sort();
}

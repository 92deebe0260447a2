/**
 * Audit rows read as entries of the trail: the rows one transaction wrote become one entry (a move: the official
 * and both units' copies), each record it touched named, each change field by field as the forms show it.
 * Pure: the names come from names.ts.
 */
import type { Translate } from "@/lib/i18n/translate";
import { asRecord, changedFields } from "./changes";
import { fieldLabel, isHiddenField } from "./fields";
import { formatMoment, formatValue, type ValueContext } from "./format-value";

export interface AuditRow {
  id: bigint;
  groupId: string | null;
  at: Date;
  actorName: string;
  action: string;
  entityType: string;
  entityId: string;
  before: unknown;
  after: unknown;
}

/** A record as people know it: "Baiq Nurul Aini · 19850312 201001 2 004", with the page that shows it. */
export interface AuditSubject {
  name: string;
  href?: string;
}

export interface AuditLine {
  label: string;
  /** Empty for a value the record did not have (a creation). */
  before: string[];
  after: string[];
}

export interface AuditPart {
  action: string;
  /** The record type in words ("Pegawai"). */
  kind: string;
  subject: AuditSubject | null;
  lines: AuditLine[];
}

export interface AuditItem {
  /** The newest row's id: the key of the entry and the paging cursor's neighbour. */
  id: string;
  at: Date;
  /** "12 Maret 2026 10.15 WITA", on the reader's clock. */
  when: string;
  actorName: string;
  parts: AuditPart[];
}

export interface DescribeContext extends ValueContext {
  subjects: ReadonlyMap<string, AuditSubject>;
}

const sameRecord = (a: AuditRow, b: AuditRow) => a.entityType === b.entityType && a.entityId === b.entityId;

export const subjectKey = (entityType: string, entityId: string) => `${entityType}:${entityId}`;

/** "Pangkat/golongan: III/a → III/b", field by field; hidden fields left out. */
export function describeChanges(
  ctx: ValueContext,
  entityType: string,
  before: unknown,
  after: unknown,
): AuditLine[] {
  const old = asRecord(before);
  const next = asRecord(after);
  const lines: AuditLine[] = [];
  for (const field of changedFields(old, next)) {
    if (isHiddenField(entityType, field)) continue;
    const was = old && field in old ? formatValue(ctx, entityType, field, old[field]) : [];
    const now = next && field in next ? formatValue(ctx, entityType, field, next[field]) : [];
    // A creation's empty fields say nothing.
    if (!old && now.join() === "—") continue;
    if (was.join("\n") === now.join("\n")) continue;
    lines.push({ label: fieldLabel(ctx.t, entityType, field), before: was, after: now });
  }
  return lines;
}

function label(t: Translate, key: string, fallback: string): string {
  return t.has(key) ? t(key) : fallback;
}

export function actionLabel(t: Translate, action: string): string {
  return label(t, `audit.actions.${action.replace(".", "_")}`, action);
}

export function entityLabel(t: Translate, entityType: string): string {
  return label(t, `audit.entities.${entityType}`, entityType);
}

/**
 * Groups rows (newest first) into entries: rows sharing a group id, in the order the newest of each was
 * written. Rows with the same action on the same record (a move's copy for each unit) are shown once.
 */
export function groupRows(rows: AuditRow[]): [AuditRow, ...AuditRow[]][] {
  const groups = new Map<string, [AuditRow, ...AuditRow[]]>();
  for (const row of rows) {
    const key = row.groupId ?? `row:${row.id.toString()}`;
    const group = groups.get(key);
    if (!group) groups.set(key, [row]);
    else if (!group.some((seen) => seen.action === row.action && sameRecord(seen, row))) group.push(row);
  }
  return [...groups.values()];
}

export function describeGroup(
  ctx: DescribeContext,
  [newest, ...older]: [AuditRow, ...AuditRow[]],
): AuditItem {
  const group = [newest, ...older];
  // Oldest first inside an entry: the order the action did things in.
  const parts = [...group].reverse().map((row) => ({
    action: actionLabel(ctx.t, row.action),
    kind: entityLabel(ctx.t, row.entityType),
    subject: ctx.subjects.get(subjectKey(row.entityType, row.entityId)) ?? null,
    lines: describeChanges(ctx, row.entityType, row.before, row.after),
  }));
  return {
    id: newest.id.toString(),
    at: newest.at,
    when: formatMoment(newest.at, ctx.locale, ctx.timeZone),
    actorName: newest.actorName,
    parts,
  };
}

export function describeRows(ctx: DescribeContext, rows: AuditRow[]): AuditItem[] {
  return groupRows(rows).map((group) => describeGroup(ctx, group));
}

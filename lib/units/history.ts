import { asRecord, changedFields, type JsonRecord } from "@/lib/audit/changes";
import type { SectionKind } from "@/lib/generated/prisma/enums";

/** The audit entity types that make up a unit's own history (riwayat perubahan satuan kerja). */
export const UNIT_HISTORY_ENTITIES = ["WorkUnit", "Section", "Position"] as const;

export type HistorySubject =
  | { type: "unit"; name: string }
  | { type: "section"; kind: SectionKind; name: string }
  | { type: "position"; title: string };

export interface QuotaChange {
  /** Which quota: a section's formasi, a post's quota, or the unit's support-staff quota. */
  field: "staffQuota" | "quota" | "supportStaffQuota";
  from: number | null;
  to: number | null;
}

export interface HistoryItem {
  verb: "create" | "update" | "abolish" | "other";
  subject: HistorySubject | null;
  quotaChanges: QuotaChange[];
  /** Other fields whose value changed, by name (labels come from the catalogue). */
  otherFields: string[];
}

const QUOTA_FIELDS = ["staffQuota", "quota", "supportStaffQuota"] as const;

function asNumber(value: unknown): number | null {
  return typeof value === "number" ? value : null;
}

function subjectOf(entityType: string, record: JsonRecord | null): HistorySubject | null {
  if (!record) return null;
  if (entityType === "WorkUnit" && typeof record.name === "string")
    return { type: "unit", name: record.name };
  if (entityType === "Section" && typeof record.name === "string") {
    return { type: "section", kind: record.kind === "BAGIAN" ? "BAGIAN" : "SUB_BAGIAN", name: record.name };
  }
  if (entityType === "Position" && typeof record.title === "string")
    return { type: "position", title: record.title };
  return null;
}

function verbOf(action: string): HistoryItem["verb"] {
  const verb = action.split(".").at(-1);
  return verb === "create" || verb === "update" || verb === "abolish" ? verb : "other";
}

/**
 * Reads one audit entry of a unit, section or post into what changed: quota changes first ("Kuota Sub Bagian
 * Keuangan: 5 → 6"), then the names of the other fields that changed. Entries written by other modules read as
 * "other" with whatever fields differ.
 */
export function describeHistoryEntry(entry: {
  action: string;
  entityType: string;
  before: unknown;
  after: unknown;
}): HistoryItem {
  const before = asRecord(entry.before);
  const after = asRecord(entry.after);
  const verb = verbOf(entry.action);
  const quotaChanges: QuotaChange[] = [];
  const otherFields: string[] = [];
  if (verb === "create") {
    for (const field of QUOTA_FIELDS) {
      if (after && field in after) quotaChanges.push({ field, from: null, to: asNumber(after[field]) });
    }
  } else if (before && after) {
    // The unit a section or post belongs to is where its history is shown; naming it again says nothing.
    for (const key of changedFields(before, after, ["unitId"])) {
      const quotaField = QUOTA_FIELDS.find((field) => field === key);
      if (quotaField)
        quotaChanges.push({ field: quotaField, from: asNumber(before[key]), to: asNumber(after[key]) });
      else if (!(verb === "abolish" && key === "abolishedAt")) otherFields.push(key);
    }
  }
  return { verb, subject: subjectOf(entry.entityType, after ?? before), quotaChanges, otherFields };
}

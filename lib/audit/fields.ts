/**
 * Which fields of an audit entry a reader sees, and by which label: the forms' own labels where a form has the
 * field, the trail's catalogue otherwise. Pure: no I/O.
 */
import type { Translate } from "@/lib/i18n/translate";

/**
 * Never shown: bookkeeping (`version`, timestamps every write touches), derived columns (`sortName` follows the
 * name), and links between rows that say nothing to a reader on their own (`changeId`, `createdById`).
 */
const HIDDEN = new Set([
  "id",
  "version",
  "createdAt",
  "updatedAt",
  "sortName",
  "changeId",
  "createdById",
  "cancelledById",
  "actorId",
  "passwordHash",
  "sha256",
]);

/** Id columns the trail names (a unit by its name, a post by its title); every other `…Id` stays hidden. */
export const REFERENCE_FIELDS = {
  unitId: "unit",
  toUnitId: "unit",
  scheduledUnitId: "unit",
  hostUnitId: "unit",
  sectionId: "section",
  toSectionId: "section",
  positionId: "position",
  officialId: "official",
} as const satisfies Record<string, ReferenceKind>;

export type ReferenceKind = "unit" | "section" | "position" | "official";

/** A section's or unit's `parentId` points at a record of its own kind. */
export function referenceKind(entityType: string, field: string): ReferenceKind | null {
  if (field === "parentId")
    return entityType === "Section" ? "section" : entityType === "WorkUnit" ? "unit" : null;
  return (REFERENCE_FIELDS as Record<string, ReferenceKind>)[field] ?? null;
}

export function isHiddenField(entityType: string, field: string): boolean {
  if (HIDDEN.has(field)) return true;
  if (/Ids$/.test(field)) return true;
  return /Id$/.test(field) && referenceKind(entityType, field) === null;
}

/** Where each record type's form labels live in the catalogues. */
const FORM_LABELS: Record<string, string[]> = {
  Official: ["officialRecord.fields"],
  WorkUnit: ["units.fields"],
  Section: ["units.fields"],
  Position: ["units.fields"],
};

/** Fields a section or post names differently from a unit (a section's `parentId` is its parent section). */
const OVERRIDES: Record<string, Record<string, string>> = {
  Section: { parentId: "units.fields.sectionParent" },
};

/** "Pangkat/golongan" for an official's `rank`; a field no catalogue names is shown by its words ("decree number"). */
export function fieldLabel(t: Translate, entityType: string, field: string): string {
  const override = OVERRIDES[entityType]?.[field];
  if (override && t.has(override)) return t(override);
  for (const namespace of [...(FORM_LABELS[entityType] ?? []), "audit.fields"]) {
    if (t.has(`${namespace}.${field}`)) return t(`${namespace}.${field}`);
  }
  return field.replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase();
}

/**
 * The rows of a file against the officials already stored: which are new, which change someone, which change
 * nothing, and which cannot be imported (their own problems, a NIP twice in the file, a stored official out of
 * reach). Rows find their official by NIP; rows without one (non-ASN) by name without titles within the unit.
 * Pure: the stored officials come in as lookups (load-plan.ts reads them).
 */
import { createHash } from "node:crypto";
import type { Official } from "@/lib/generated/prisma/client";
import { sortNameOf } from "../names";
import { normalizeNip } from "../nip";
import { OFFICIAL_FORM_FIELDS } from "../form-values";
import { RANK_HISTORY_FIELDS } from "../rank-history";
import { serviceLengthOn } from "../service-length";
import { isEndedStatus } from "../status";
import type { HeaderMatch, ImportColumn } from "./columns";
import type { ImportedField, MappedRow, RowProblem } from "./map-row";
import { placePost, type Placement, type PostLookup } from "./place-post";

/** The stored columns an import may change: the form's fields, the rank history, the religion. */
export type ComparedField = ImportedField;
export const COMPARED_FIELDS: readonly ComparedField[] = [
  ...OFFICIAL_FORM_FIELDS,
  ...RANK_HISTORY_FIELDS,
  "religion",
];

export type ExistingOfficial = Pick<Official, "id" | "version" | ComparedField>;

export interface ExistingOfficials {
  byNip: ReadonlyMap<string, ExistingOfficial>;
  /** nameKey(unitId, name) → the officials without NIP of that name (without titles) in that unit. */
  byUnitAndName: ReadonlyMap<string, readonly ExistingOfficial[]>;
  /** Officials who hold a post now: they change unit by mutasi, not by import. */
  holdingPosts: ReadonlySet<string>;
  inScope(unitId: string): boolean;
  /** The posts of the units in the file, by title, with who holds them. */
  posts: PostLookup;
}

export function nameKey(unitId: string, name: string): string {
  return `${unitId}\u0000${sortNameOf(name)}`;
}

export type PlanKind = "create" | "update" | "unchanged" | "invalid";

/** The fields a row writes: the stored values kept where the file says nothing. */
export type PlannedFields = NonNullable<MappedRow["fields"]>;

export interface PlanEntry {
  rowNumber: number;
  kind: PlanKind;
  fields: PlannedFields | null;
  existing: ExistingOfficial | null;
  changes: ComparedField[];
  /** The post the row takes up on its TMT, when it exists and has room. */
  placement: Placement | null;
  problems: RowProblem[];
  /** What the import will not do and why (a post it cannot take up): the row is imported all the same. */
  notes: RowProblem[];
  display: MappedRow["display"];
}

export interface ImportPlan {
  entries: PlanEntry[];
  problems: RowProblem[];
  summary: Record<PlanKind, number>;
  /** Fingerprint of what a commit would write: the commit refuses if it no longer matches the preview's. */
  digest: string;
}

const same = (a: unknown, b: unknown) =>
  a instanceof Date || b instanceof Date
    ? (a as Date | null)?.getTime() === (b as Date | null)?.getTime()
    : (a ?? null) === (b ?? null);

export function changedFields(fields: PlannedFields, existing: ExistingOfficial): ComparedField[] {
  return COMPARED_FIELDS.filter((field) => !same(fields[field], existing[field]));
}

/**
 * The row's fields over the stored ones: what the file does not give stays as stored, and a masa kerja that
 * counts on to the same figure on the file's day is the stored one (the file's date is only when it was counted).
 */
function overStored(row: MappedRow, fields: PlannedFields, existing: ExistingOfficial): PlannedFields {
  const merged: Record<string, unknown> = { ...fields };
  for (const field of COMPARED_FIELDS) {
    if (!row.provided.has(field)) merged[field] = existing[field] ?? undefined;
  }
  const asOf = fields.serviceAsOf;
  if (fields.serviceYears !== undefined && asOf) {
    // The day before too: a list made today in WITA is yesterday's in WIT until midnight there.
    const days = [asOf, new Date(asOf.getTime() - 86_400_000)];
    const sameFigure = days.some((day) => {
      const stored = serviceLengthOn(existing, day);
      return stored?.years === fields.serviceYears && stored?.months === (fields.serviceMonths ?? 0);
    });
    if (sameFigure) {
      merged.serviceYears = existing.serviceYears;
      merged.serviceMonths = existing.serviceMonths;
      merged.serviceAsOf = existing.serviceAsOf;
    }
  }
  return merged as PlannedFields;
}

/** Rows that share a key (a NIP, or a name in a unit), as row number → the other rows with that key. */
function repeats(
  rows: readonly MappedRow[],
  keyOf: (row: MappedRow) => string | null,
): Map<number, number[]> {
  const groups = new Map<string, number[]>();
  for (const row of rows) {
    const key = keyOf(row);
    if (key) groups.set(key, [...(groups.get(key) ?? []), row.rowNumber]);
  }
  const result = new Map<number, number[]>();
  for (const numbers of groups.values()) {
    if (numbers.length < 2) continue;
    for (const rowNumber of numbers) {
      const others = numbers.filter((other) => other !== rowNumber);
      result.set(rowNumber, others);
    }
  }
  return result;
}

export function planImport(
  rows: readonly MappedRow[],
  columns: HeaderMatch["columns"],
  existing: ExistingOfficials,
): ImportPlan {
  const headerOf = (column: ImportColumn) => columns.get(column)?.header ?? column;
  const sameNip = repeats(rows, (row) => normalizeNip(row.display.nip));
  const sameName = repeats(rows, (row) =>
    row.display.nip || !row.display.name
      ? null
      : `${row.display.unitCode}\u0000${sortNameOf(row.display.name)}`,
  );

  const entries = rows.map((row): PlanEntry => {
    const problems: RowProblem[] = [...row.problems];
    const add = (column: ImportColumn, key: string, params: Record<string, string | number> = {}) =>
      problems.push({
        rowNumber: row.rowNumber,
        column: headerOf(column),
        key: `import.problems.${key}`,
        params,
      });
    const nipTwins = sameNip.get(row.rowNumber);
    if (nipTwins) add("NIP", "duplicateNip", { rows: nipTwins.join(", ") });
    const nameTwins = sameName.get(row.rowNumber);
    if (nameTwins) add("Nama", "duplicateName", { rows: nameTwins.join(", ") });

    let { fields } = row;
    let match: ExistingOfficial | null = null;
    if (fields?.nip) {
      match = existing.byNip.get(fields.nip) ?? null;
      if (match && !existing.inScope(match.unitId)) add("NIP", "nipOutsideScope");
    }
    // A row without a NIP, or one giving a NIP to someone stored without one (a PPPK whose NI PPPK came later),
    // is the same person as the one of that name in that unit: update them rather than create a twin.
    if (fields && !match) {
      const candidates = existing.byUnitAndName.get(nameKey(fields.unitId, fields.name)) ?? [];
      if (candidates.length > 1) add("Nama", "nameAmbiguous", { count: candidates.length });
      match = candidates.length === 1 ? (candidates[0] ?? null) : null;
    }
    if (fields && isEndedStatus(fields.status) && fields.status !== match?.status) {
      add("Status", "statusViaEndService");
    }
    if (fields && match && fields.unitId !== match.unitId && existing.holdingPosts.has(match.id)) {
      add("Kode Satuan Kerja", "unitChangeHoldsPost");
    }

    if (fields && match) fields = overStored(row, fields, match);
    const placed = fields
      ? placePost(row, fields, match, existing.posts, headerOf)
      : { placement: null, notes: [] };
    if (fields && placed.placement?.sectionId && !row.provided.has("sectionId") && !fields.sectionId)
      fields = { ...fields, sectionId: placed.placement.sectionId };
    const changes = fields && match ? changedFields(fields, match) : [];
    const kind: PlanKind =
      problems.length > 0 || !fields
        ? "invalid"
        : !match
          ? "create"
          : changes.length > 0 || placed.placement
            ? "update"
            : "unchanged";
    return {
      rowNumber: row.rowNumber,
      kind,
      fields,
      existing: match,
      changes,
      placement: kind === "invalid" ? null : placed.placement,
      problems,
      notes: placed.notes,
      display: row.display,
    };
  });

  const summary: Record<PlanKind, number> = { create: 0, update: 0, unchanged: 0, invalid: 0 };
  for (const entry of entries) summary[entry.kind] += 1;
  return {
    entries,
    problems: entries.flatMap((entry) => entry.problems),
    summary,
    digest: planDigest(entries),
  };
}

function planDigest(entries: readonly PlanEntry[]): string {
  const basis = entries.map((entry) => [
    entry.rowNumber,
    entry.kind,
    entry.existing?.id ?? null,
    entry.existing?.version ?? null,
    entry.fields,
    entry.placement,
  ]);
  return createHash("sha256").update(JSON.stringify(basis)).digest("hex");
}

/**
 * What an import row will write, field by field, as the preview shows it before anything is written: the values a
 * new official gets, or each changed value of a stored one with what it was. Values are written as the staff list
 * writes them (the import's own format). Pure.
 */
import {
  EDUCATION_VALUES,
  EMPLOYMENT_TYPE_VALUES,
  GENDER_VALUES,
  RELIGION_VALUES,
  STATUS_VALUES,
} from "../export";
import { formatNip } from "../nip";
import { rankLabel } from "../ranks";
import { isoDate } from "@/lib/validations/input";
import type { Rank } from "@/lib/generated/prisma/enums";
import { FIELD_COLUMNS, type ImportColumn } from "./columns";
import type { ImportedField } from "./map-row";
import type { PlanEntry } from "./plan";

export interface FieldChange {
  /** The import's column the value belongs to ("Pangkat/Golongan", "TMT Pangkat", "Jabatan"). */
  column: string;
  /** Null for a new official. */
  before: string | null;
  after: string;
}

const COLUMN_OF: Readonly<Record<ImportedField, ImportColumn | null>> = {
  ...FIELD_COLUMNS,
  rankStartDate: "TMT Pangkat",
  serviceYears: "MK Tahun",
  serviceMonths: "MK Bulan",
  serviceAsOf: null,
  educationLevel: "Pendidikan",
  educationMajor: "Jurusan",
  religion: "Agama",
};

const ENUMS: Partial<Record<ImportedField, Readonly<Record<string, string>>>> = {
  gender: GENDER_VALUES,
  employmentType: EMPLOYMENT_TYPE_VALUES,
  status: STATUS_VALUES,
  educationLevel: EDUCATION_VALUES,
  religion: RELIGION_VALUES,
};

function shown(field: ImportedField, value: unknown, labels: ReadonlyMap<string, string>): string {
  if (value === null || value === undefined || value === "") return "";
  if (value instanceof Date) return isoDate(value);
  if (field === "rank") return rankLabel(value as Rank);
  if (field === "nip") return formatNip(String(value));
  if (field === "unitId" || field === "sectionId") return labels.get(String(value)) ?? String(value);
  return ENUMS[field]?.[String(value)] ?? String(value);
}

export function describeChanges(entry: PlanEntry, labels: ReadonlyMap<string, string>): FieldChange[] {
  if (!entry.fields || entry.kind === "invalid" || entry.kind === "unchanged") return [];
  const fields = entry.fields as Record<string, unknown>;
  const changed: ImportedField[] =
    entry.kind === "create"
      ? (Object.keys(COLUMN_OF) as ImportedField[]).filter(
          (field) => shown(field, fields[field], labels) !== "",
        )
      : entry.changes;
  const result: FieldChange[] = changed.flatMap((field) => {
    const column = COLUMN_OF[field];
    if (!column) return [];
    const before = entry.existing ? shown(field, entry.existing[field], labels) : null;
    return [{ column, before, after: shown(field, fields[field], labels) }];
  });
  if (entry.placement) {
    const title = labels.get(entry.placement.positionId) ?? "";
    result.push({
      column: "Jabatan",
      before: entry.existing ? "" : null,
      after: `${title} (TMT ${isoDate(entry.placement.startDate)})`,
    });
  }
  return result;
}

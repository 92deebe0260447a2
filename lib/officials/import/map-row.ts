/**
 * One spreadsheet row → the fields of an official, checked by the same rules as the form (officialFieldsSchema
 * and applyOfficialRules), plus every problem, each tied to its column. Pure: the units come in as a lookup.
 */
import type { Cell, SheetRow } from "@/lib/uploads/spreadsheet-cells";
import type { OfficialFormField } from "../form-values";
import type { OfficialInput } from "../schemas";
import {
  readDate,
  readEmploymentType,
  readGender,
  readNip,
  readPhone,
  readRank,
  readStatus,
  readText,
  type CellProblem,
  type CellResult,
} from "./cells";
import { checkOfficialFields } from "./check-fields";
import { FIELD_COLUMNS, type HeaderMatch, type ImportColumn } from "./columns";

/** A unit of the user's scope as the import finds it: by region code, its sections by name. */
export interface ImportUnit {
  id: string;
  code: string;
  shortName: string;
  active: boolean;
  /** sectionKey(name) → section id. */
  sections: Map<string, string>;
}

/** Region code → unit; only units in the user's scope are in it. */
export type UnitLookup = ReadonlyMap<string, ImportUnit>;

/** Section names match whatever their case and spacing. */
export function sectionKey(name: string): string {
  return name.toLowerCase().replace(/\s+/g, " ").trim();
}

export interface RowProblem extends CellProblem {
  rowNumber: number;
  /** The header as the file writes it; null for a problem of the row as a whole. */
  column: string | null;
}

export interface MappedRow {
  rowNumber: number;
  /** The official's fields when the row has no problem of its own. */
  fields: OfficialInput | null;
  problems: RowProblem[];
  /** What the preview shows of the row, even when it has problems. */
  display: { name: string; nip: string; unitCode: string };
}

export function mapRow(
  row: SheetRow,
  columns: HeaderMatch["columns"],
  units: UnitLookup,
  today: Date,
): MappedRow {
  const problems: RowProblem[] = [];
  const failedColumns = new Set<ImportColumn>();
  const headerOf = (column: ImportColumn) => columns.get(column)?.header ?? column;
  const cell = (column: ImportColumn): Cell => {
    const index = columns.get(column)?.index;
    return index === undefined ? null : (row.cells[index] ?? null);
  };
  const report = (column: ImportColumn, found: CellProblem) => {
    failedColumns.add(column);
    problems.push({ rowNumber: row.rowNumber, column: headerOf(column), ...found });
  };
  const read = <T>(column: ImportColumn, reader: (cell: Cell) => CellResult<T>): T | undefined => {
    const result = reader(cell(column));
    if (result.ok) return result.value;
    report(column, result.problem);
    return undefined;
  };

  const unitCode = readText(cell("Kode Satuan Kerja"));
  const unit = unitCode ? units.get(unitCode) : undefined;
  if (unitCode && !unit) {
    report("Kode Satuan Kerja", { key: "import.problems.unitUnknown", params: { value: unitCode } });
  } else if (unit && !unit.active) {
    report("Kode Satuan Kerja", { key: "import.problems.unitInactive", params: { value: unit.shortName } });
  }
  const sectionName = readText(cell("Sub Bagian"));
  const sectionId = unit && sectionName ? unit.sections.get(sectionKey(sectionName)) : undefined;
  if (unit && sectionName && !sectionId) {
    report("Sub Bagian", {
      key: "import.problems.sectionUnknown",
      params: { value: sectionName, unit: unit.shortName },
    });
  }

  const input: Record<OfficialFormField, unknown> = {
    name: readText(cell("Nama")),
    nip: read("NIP", readNip),
    gender: read("Jenis Kelamin", readGender),
    birthPlace: readText(cell("Tempat Lahir")),
    birthDate: read("Tanggal Lahir", readDate),
    employmentType: read("Status Kepegawaian", readEmploymentType),
    rank: read("Pangkat/Golongan", readRank),
    status: read("Status", readStatus),
    email: readText(cell("Email")),
    phone: readPhone(cell("Telepon")),
    unitId: unit?.id,
    sectionId,
  };

  const checked = checkOfficialFields(input, today);
  for (const [field, issues] of Object.entries(checked.issues)) {
    const column = FIELD_COLUMNS[field as OfficialFormField] as ImportColumn | undefined;
    // A cell already reported as unreadable was left out; "required" on top of it would only repeat that.
    if (column && failedColumns.has(column)) continue;
    for (const issue of issues) {
      // zod 4 reports a missing enum value as a wrong option; for an empty cell "required" says what to do.
      const missing = issue.key === "invalidOption" && input[field as keyof typeof input] === undefined;
      problems.push({
        rowNumber: row.rowNumber,
        column: column ? headerOf(column) : null,
        ...(missing ? { key: "required" } : issue),
      });
    }
  }
  // Left to right, as the clerk reads the row; a problem of the whole row first.
  const position = (problem: RowProblem) =>
    problem.column === null
      ? -1
      : ([...columns.values()].find((found) => found.header === problem.column)?.index ?? -1);
  return {
    rowNumber: row.rowNumber,
    fields: problems.length === 0 ? checked.fields : null,
    problems: problems.sort((a, b) => position(a) - position(b)),
    display: {
      name: readText(cell("Nama")) ?? "",
      nip: readText(cell("NIP")) ?? "",
      unitCode: unitCode ?? "",
    },
  };
}

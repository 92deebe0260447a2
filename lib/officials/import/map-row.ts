/**
 * One spreadsheet row → the fields of an official, checked by the same rules as the form (officialFieldsSchema
 * and applyOfficialRules), plus every problem, each tied to its column. Cells are read as offices write them
 * (row-cells.ts); what the sheet lacks comes from the choices made once for the file (unit, employment type) or is
 * derived (gender and birth date from the NIP, the employment type from the rank or the NIP). Pure: the units
 * come in as a lookup.
 */
import { z } from "zod";
import type { EducationLevel, EmploymentType } from "@/lib/generated/prisma/enums";
import type { SheetRow } from "@/lib/uploads/spreadsheet-cells";
import type { OfficialFormField } from "../form-values";
import { checkRankHistory, rankHistoryShape, type RankHistoryField } from "../rank-history";
import type { OfficialInput } from "../schemas";
import type { CellProblem } from "./cells";
import { checkOfficialFields } from "./check-fields";
import { FIELD_COLUMNS, type HeaderMatch, type ImportColumn } from "./columns";
import type { ImportRow } from "./find-table";
import { readRowCells, type PostCell, type RowCells } from "./row-cells";
import { sectionKey } from "./section-key";

export { sectionKey };

/** A unit of the user's scope as the import finds it: by region code (or name), its sections by name. */
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

/** What holds for every row of the file: chosen once on the page, or read from its title block. */
export interface FileContext {
  /** The unit of rows whose sheet names none. */
  unit?: ImportUnit;
  /** The employment type of rows whose sheet says none; otherwise derived from the rank or the NIP. */
  employmentType?: EmploymentType;
  /** unitNameKey(name) → unit, for a sheet that names units rather than giving their codes. */
  unitsByName?: UnitLookup;
  /** The day the sheet describes ("keadaan per"): its masa kerja is counted to it. */
  asOf?: Date;
}

export interface RowProblem extends CellProblem {
  rowNumber: number;
  /** The header as the file writes it; null for a problem of the row as a whole. */
  column: string | null;
}

/** The stored columns an import may set: the form's fields, the rank history, the religion. */
export type ImportedField = OfficialFormField | RankHistoryField | "religion";

export type RankHistoryValues = Partial<{
  rankStartDate: Date;
  serviceYears: number;
  serviceMonths: number;
  serviceAsOf: Date;
  educationLevel: EducationLevel;
  educationMajor: string;
}>;

export interface MappedRow {
  rowNumber: number;
  /** The official's fields when the row has no problem of its own. */
  fields: (OfficialInput & RankHistoryValues) | null;
  /** The fields the file gives (a column, or a choice for the file); the others keep what is stored. */
  provided: ReadonlySet<ImportedField>;
  /** The post (jabatan) the row names, with its TMT and decree. */
  post: PostCell | null;
  problems: RowProblem[];
  /** What the preview shows of the row, even when it has problems. */
  display: { name: string; nip: string; unitCode: string };
}

const historySchema = z.object(rankHistoryShape).superRefine(checkRankHistory);

export function mapRow(
  row: SheetRow & Partial<Pick<ImportRow, "group">>,
  columns: HeaderMatch["columns"],
  units: UnitLookup,
  today: Date,
  file: FileContext = {},
): MappedRow {
  const problems: RowProblem[] = [];
  const headerOf = (column: ImportColumn) => columns.get(column)?.header ?? column;
  const cells: RowCells = readRowCells(row, columns, units, file, today);
  for (const { column, problem } of cells.problems)
    problems.push({ rowNumber: row.rowNumber, column: headerOf(column), ...problem });
  const failedColumns = new Set(cells.problems.map((found) => found.column));

  const checked = checkOfficialFields(cells.input, today);
  const history = historySchema.safeParse(cells.history);
  const issues = { ...checked.issues };
  if (!history.success) {
    for (const issue of history.error.issues) {
      const field = String(issue.path[0]);
      issues[field] = [...(issues[field] ?? []), { key: issue.message }];
    }
  }
  for (const [field, found] of Object.entries(issues)) {
    const column = cells.sources[field as ImportedField] ?? FIELD_COLUMNS[field as OfficialFormField];
    // A cell already reported as unreadable was left out; "required" on top of it would only repeat that.
    if (column && failedColumns.has(column)) continue;
    for (const issue of found) {
      // zod 4 reports a missing enum value as a wrong option; for an empty cell "required" says what to do.
      const missing =
        issue.key === "invalidOption" && cells.input[field as keyof typeof cells.input] === undefined;
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
  const fields =
    problems.length === 0 && checked.fields && history.success
      ? { ...checked.fields, ...history.data }
      : null;
  return {
    rowNumber: row.rowNumber,
    fields,
    provided: cells.provided,
    post: cells.post,
    problems: problems.sort((a, b) => position(a) - position(b)),
    display: cells.display,
  };
}

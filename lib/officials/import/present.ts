/**
 * A prepared import as the page shows it: every problem by row and column in the user's language, each row's
 * outcome, the summary. Pure given a translator (next-intl's, from the catalogues).
 */
import type { CellProblem } from "./cells";
import { FIELD_COLUMNS } from "./columns";
import type { PreparedImport } from "./prepare";
import type { ImportPreview } from "./view";

export interface Translate {
  (key: string, values?: Record<string, string | number>): string;
  has(key: string): boolean;
}

/** Problem keys follow the schemas' convention: a plain key is shared (`validation.<key>`), a dotted one a full path. */
export function describeProblem(t: Translate, problem: CellProblem): string {
  const path = problem.key.includes(".") ? problem.key : `validation.${problem.key}`;
  return t.has(path) ? t(path, problem.params) : t("validation.invalid");
}

export function presentPreview(
  t: Translate,
  file: { fileName: string; sha256: string },
  prepared: PreparedImport,
): ImportPreview {
  const base = { fileName: file.fileName, sha256: file.sha256 };
  if (!prepared.ok) {
    return {
      ...base,
      digest: "",
      summary: { create: 0, update: 0, unchanged: 0, invalid: 0 },
      problems: prepared.fileProblems.map((problem) => ({
        rowNumber: null,
        column: null,
        message: describeProblem(t, problem),
      })),
      rows: [],
      ignoredColumns: [],
      canCommit: false,
    };
  }
  const { plan } = prepared;
  return {
    ...base,
    digest: plan.digest,
    summary: plan.summary,
    problems: plan.problems.map((problem) => ({
      rowNumber: problem.rowNumber,
      column: problem.column,
      message: describeProblem(t, problem),
    })),
    rows: plan.entries.map((entry) => ({
      rowNumber: entry.rowNumber,
      kind: entry.kind,
      name: entry.display.name,
      nip: entry.display.nip,
      unitCode: entry.display.unitCode,
      changes: entry.changes.map((field) => FIELD_COLUMNS[field]),
    })),
    ignoredColumns: prepared.ignoredColumns,
    canCommit: plan.summary.invalid === 0 && plan.summary.create + plan.summary.update > 0,
  };
}

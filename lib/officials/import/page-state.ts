/**
 * What the import page gets back from its server actions, in the user's language: the preview (every problem by
 * row and column, each row's outcome, the summary) and the commit's outcome. Plain data; presentPreview is pure
 * given a translator.
 */
import type { Translate } from "@/lib/i18n/translate";
import type { CellProblem } from "./cells";
import type { PlannedImport, TableReading } from "./load-plan";
import type { PlanKind } from "./plan";
import { describeChanges, type FieldChange } from "./describe-changes";

export interface PreviewRow {
  rowNumber: number;
  kind: PlanKind;
  name: string;
  /** As the file writes it. */
  nip: string;
  unitCode: string;
  /** Field by field: what a new official gets, or what changes for a stored one (before → after). */
  changes: FieldChange[];
  /** What the import will not do for this row, and why (a post it cannot take up). */
  notes: string[];
}

export interface PreviewProblem {
  /** Null for a problem of the file as a whole. */
  rowNumber: number | null;
  /** The header as the file writes it; null for the row as a whole. */
  column: string | null;
  message: string;
}

export interface ImportPreview {
  fileName: string;
  sha256: string;
  /** The plan's fingerprint: the commit is refused if the database changed what it would write. */
  digest: string;
  summary: Record<PlanKind, number>;
  problems: PreviewProblem[];
  rows: PreviewRow[];
  ignoredColumns: string[];
  /** How the file was read (header row, rows left out, the column mapping), when it could be. */
  reading:
    | (Omit<TableReading, "skipped"> & { skipped: { rowNumber: number; reason: string; text: string }[] })
    | null;
  /** Units the import takes beyond their formasi, in words: read before committing, not a refusal. */
  formasi: string[];
  /** No problem and something to write. */
  canCommit: boolean;
}

export interface PreviewState {
  ok: boolean;
  message?: string;
  preview?: ImportPreview;
}

export interface CommitState {
  ok: boolean;
  message?: string;
  result?: { created: number; updated: number; unchanged: number };
}

/** Problem keys follow the schemas' convention: a plain key is shared (`validation.<key>`), a dotted one a full path. */
export function describeProblem(t: Translate, problem: CellProblem): string {
  const path = problem.key.includes(".") ? problem.key : `validation.${problem.key}`;
  return t.has(path) ? t(path, problem.params) : t("validation.invalid");
}

export function presentPreview(
  t: Translate,
  file: { fileName: string; sha256: string },
  planned: PlannedImport,
): ImportPreview {
  const base = { fileName: file.fileName, sha256: file.sha256 };
  if (!planned.ok) {
    return {
      ...base,
      digest: "",
      summary: { create: 0, update: 0, unchanged: 0, invalid: 0 },
      problems: planned.fileProblems.map((problem) => ({
        rowNumber: null,
        column: null,
        message: describeProblem(t, problem),
      })),
      rows: [],
      ignoredColumns: [],
      reading: planned.reading ?? null,
      formasi: [],
      canCommit: false,
    };
  }
  const { plan } = planned;
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
      changes: describeChanges(entry, planned.labels),
      notes: entry.notes.map((note) => describeProblem(t, note)),
    })),
    ignoredColumns: planned.ignoredColumns,
    reading: planned.reading,
    formasi: planned.formasi.map(({ support, ...figures }) =>
      t(support ? "import.summary.formasiSupport" : "import.summary.formasiAsn", figures),
    ),
    canCommit: plan.summary.invalid === 0 && plan.summary.create + plan.summary.update > 0,
  };
}

/** What the import page gets back from its server actions: plain data, already in the user's language. */
import type { PlanKind } from "./plan";

export interface PreviewRow {
  rowNumber: number;
  kind: PlanKind;
  name: string;
  /** As the file writes it. */
  nip: string;
  unitCode: string;
  /** Headers of the columns whose value differs from the stored one (for "update"). */
  changes: string[];
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

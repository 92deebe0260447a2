/** Pratinjau impor: read the file and plan it against the database, writing nothing. */
import type { CurrentUser } from "@/lib/auth/types";
import { prisma } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { prepareImport, type PreparedImport } from "./prepare";
import { readTable } from "./read-table";
import type { Table } from "./table";
import type { UploadedFile } from "./upload";

/** The file as a table, or its one problem as a prepared import that failed. */
export async function tableOf(
  file: UploadedFile,
): Promise<{ ok: true; table: Table } | Extract<PreparedImport, { ok: false }>> {
  const read = await readTable(file.fileName, file.bytes);
  return read.ok ? read : { ok: false, fileProblems: [{ key: `import.file.${read.problem}` }] };
}

export async function previewImportFile(
  user: Pick<CurrentUser, "scopeUnitIds">,
  file: UploadedFile,
  db: Prisma.TransactionClient = prisma,
): Promise<PreparedImport> {
  const read = await tableOf(file);
  return read.ok ? prepareImport(db, user, read.table) : read;
}

/**
 * Impor pegawai: all or nothing. The file is planned again inside the transaction; any problem, or a plan that is
 * no longer the one the clerk previewed, refuses the whole import. New and changed officials are written with one
 * audit entry each (their history reads as if the form had done it) and one `official.import` entry for the file.
 * Rows that change nothing are neither written nor audited, so importing the same file again changes nothing.
 */
import { z } from "zod";
import { DomainError, StaleRecordError } from "@/lib/actions/errors";
import { defineMutation, type MutationResult } from "@/lib/actions/mutation";
import type { CurrentUser } from "@/lib/auth/types";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { officialData } from "../official-data";
import { prepareImport } from "./prepare";
import { tableOf } from "./preview";
import type { Table } from "./table";
import type { UploadedFile } from "./upload";

/** Serialises imports: two clerks committing the same file at once must not both create its officials. */
const IMPORT_LOCK_KEY = 73_776_201;

const HEX_SHA256 = /^[0-9a-f]{64}$/;

const commitSchema = z.object({
  fileName: z.string().min(1).max(255),
  sha256: z.string().regex(HEX_SHA256),
  table: z.custom<Table>(
    (value) => Array.isArray((value as Table | null)?.rows) && Array.isArray((value as Table).headers),
  ),
  /** The preview's plan digest; without it the plan is not compared (the server action always sends it). */
  expectedDigest: z.string().regex(HEX_SHA256).optional(),
});

export interface ImportResult {
  created: number;
  updated: number;
  unchanged: number;
}

const prismaCode = (error: unknown) => (error as { code?: unknown } | null)?.code;

export const commitOfficialImport = defineMutation({
  action: "official.manage",
  schema: commitSchema,
  async run({ tx, user, input, authorize, audit }): Promise<ImportResult> {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(${IMPORT_LOCK_KEY}::bigint)`;
    const prepared = await prepareImport(tx, user, input.table);
    if (!prepared.ok) throw new DomainError("import.errors.fileProblems");
    const { plan } = prepared;
    if (plan.summary.invalid > 0) {
      throw new DomainError("import.errors.hasProblems", { count: plan.summary.invalid });
    }
    if (input.expectedDigest && plan.digest !== input.expectedDigest) {
      throw new DomainError("import.errors.changedSincePreview");
    }
    const creates = plan.entries.flatMap((entry) =>
      entry.kind === "create" && entry.fields ? [entry.fields] : [],
    );
    const updates = plan.entries.filter((entry) => entry.kind === "update");
    if (creates.length + updates.length === 0) throw new DomainError("import.errors.nothingToImport");

    for (const fields of creates) authorize({ unitId: fields.unitId });
    const created = await tx.official
      .createManyAndReturn({ data: creates.map(officialData) })
      .catch((error: unknown) => {
        // A NIP someone else recorded since the plan was made.
        throw prismaCode(error) === "P2002" ? new DomainError("import.errors.changedSincePreview") : error;
      });
    for (const official of created) {
      await audit({
        action: "official.create",
        entityType: "Official",
        entityId: official.id,
        unitId: official.unitId,
        after: official,
      });
    }

    const updatedIds: string[] = [];
    for (const { existing: before, fields } of updates) {
      if (!before || !fields) continue;
      authorize(before);
      authorize({ unitId: fields.unitId });
      const after = await tx.official
        .update({
          where: { id: before.id, version: before.version },
          data: { ...officialData(fields), version: { increment: 1 } },
        })
        .catch((error: unknown) => {
          throw prismaCode(error) === "P2025" ? new StaleRecordError([]) : error;
        });
      await audit({
        action: "official.update",
        entityType: "Official",
        entityId: after.id,
        unitId: after.unitId,
        before,
        after,
      });
      updatedIds.push(after.id);
    }

    const result = { created: created.length, updated: updatedIds.length, unchanged: plan.summary.unchanged };
    await audit({
      action: "official.import",
      entityType: "OfficialImport",
      entityId: input.sha256,
      unitId: user.unit.id,
      after: {
        fileName: input.fileName,
        sha256: input.sha256,
        rows: plan.entries.length,
        ...result,
        createdIds: created.map((o) => o.id),
        updatedIds,
      },
    });
    return result;
  },
});

/** Reads the uploaded file again and commits it: what the server action and the tests call. */
export async function commitImportFile(
  user: CurrentUser,
  file: UploadedFile,
  expectedDigest?: string,
  db?: PrismaClient,
): Promise<MutationResult<ImportResult>> {
  const read = await tableOf(file);
  if (!read.ok) return { ok: false, code: "domain", reason: "import.errors.fileProblems", params: {} };
  return commitOfficialImport.execute(
    user,
    { fileName: file.fileName, sha256: file.sha256, table: read.table, expectedDigest },
    db,
  );
}

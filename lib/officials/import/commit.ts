/**
 * Impor pegawai: all or nothing. The file is planned again inside the transaction; a file other than the one the
 * clerk previewed, any problem, or a plan that is no longer the previewed one refuses the whole import. New and changed officials are written with one
 * audit entry each (their history reads as if the form had done it) and one `official.import` entry for the file.
 * Rows that change nothing are neither written nor audited, so importing the same file again changes nothing.
 */
import "server-only";
import { z } from "zod";
import { text } from "@/lib/validations/input";
import { DomainError, StaleRecordError } from "@/lib/actions/errors";
import { defineMutation } from "@/lib/actions/mutation";
import { violatedIndex } from "@/lib/actions/unique-violations";
import type { UploadedFile } from "@/lib/uploads/form-file";
import { EmploymentType } from "@/lib/generated/prisma/enums";
import { officialData } from "../official-data";
import { startAssignment } from "../start-assignment";
import type { CellProblem } from "./cells";
import { isImportColumn } from "./columns";
import { insertOfficials, newId, updateOfficials } from "./write-officials";
import { mappingId, planImportTable, type ImportOptions } from "./load-plan";
import type { PlannedFields } from "./plan";
import { readImportTable } from "./read-table";
import type { Table } from "./table";

/**
 * The commit's transaction may take this long. 5,000 rows (the documented maximum) are planned again and written
 * in a few seconds (tests/bench/officials-import.ts prints the figures); this leaves room for a busy server.
 */
export const IMPORT_TIMEOUT_MS = 60_000;

/** Rows per statement: a few megabytes of JSON at most. */
const WRITE_CHUNK = 1_000;

/** Serialises imports: two clerks committing the same file at once must not both create its officials. */
const IMPORT_LOCK_KEY = 73_776_201;

const HEX_SHA256 = /^[0-9a-f]{64}$/;

const commitSchema = z.object({
  fileName: text({ max: 255 }),
  /** Of the bytes the server read for this commit. */
  sha256: z.string().regex(HEX_SHA256),
  table: z.custom<Table>(
    (value) => Array.isArray((value as Table | null)?.rows) && Array.isArray((value as Table).headers),
  ),
  /** What the clerk previewed, as the page sends it back: the file's hash and the plan's digest. */
  previewed: z.object({ sha256: z.string().regex(HEX_SHA256), digest: z.string().regex(HEX_SHA256) }),
  /** The choices made once for the file, as for the preview. */
  options: z
    .object({
      unitId: z.string().max(40).optional(),
      employmentType: z.enum(EmploymentType).optional(),
      mapping: z
        .array(
          z
            .string()
            .max(60)
            .nullable()
            .refine((v) => v === null || isImportColumn(v)),
        )
        .max(200)
        .optional(),
    })
    .default({}),
});

/** The stored row of a planned official: the form's columns with the rank history and religion. */
function officialRow(fields: PlannedFields) {
  return {
    ...officialData(fields),
    religion: fields.religion ?? null,
    rankStartDate: fields.rankStartDate ?? null,
    serviceYears: fields.serviceYears ?? null,
    serviceMonths:
      fields.serviceYears === undefined || fields.serviceYears === null ? null : (fields.serviceMonths ?? 0),
    serviceAsOf: fields.serviceAsOf ?? null,
    educationLevel: fields.educationLevel ?? null,
    educationMajor: fields.educationMajor ?? null,
  };
}

export type CommitInput = z.input<typeof commitSchema>;

export interface ImportResult {
  created: number;
  updated: number;
  unchanged: number;
}

export const commitOfficialImport = defineMutation({
  action: "official.manage",
  schema: commitSchema,
  timeout: IMPORT_TIMEOUT_MS,
  async run({ tx, user, input, authorize, audit, auditMany }): Promise<ImportResult> {
    if (input.sha256 !== input.previewed.sha256) throw new DomainError("import.errors.fileChanged");
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(${IMPORT_LOCK_KEY}::bigint)`;
    const options = input.options as ImportOptions;
    const planned = await planImportTable(tx, user, input.table, undefined, options);
    if (!planned.ok) throw new DomainError("import.errors.fileProblems");
    const { plan } = planned;
    if (plan.summary.invalid > 0) {
      throw new DomainError("import.errors.hasProblems", { count: plan.summary.invalid });
    }
    if (plan.digest !== input.previewed.digest) {
      throw new DomainError("import.errors.changedSincePreview");
    }
    const creates = plan.entries.flatMap((entry) =>
      entry.kind === "create" && entry.fields
        ? [{ id: newId(), fields: entry.fields, placement: entry.placement }]
        : [],
    );
    const updates = plan.entries.filter((entry) => entry.kind === "update");
    if (creates.length + updates.length === 0) throw new DomainError("import.errors.nothingToImport");

    for (const { fields } of creates) authorize({ unitId: fields.unitId });
    const created = [];
    for (let start = 0; start < creates.length; start += WRITE_CHUNK) {
      const chunk = creates
        .slice(start, start + WRITE_CHUNK)
        .map(({ id, fields }) => ({ ...officialRow(fields), id }));
      // A NIP someone else recorded since the plan was made fails the whole import on the unique index.
      const inserted = await insertOfficials(tx, chunk).catch((error: unknown) => {
        throw violatedIndex(error) === null ? error : new DomainError("import.errors.changedSincePreview");
      });
      created.push(...inserted);
    }
    // Posts taken up on their TMT, each through the one way an assignment starts (its post locked, its room checked).
    const placements = [
      ...creates.map(({ id, placement }) => ({ officialId: id, placement })),
      ...updates.map((entry) => ({ officialId: entry.existing?.id ?? "", placement: entry.placement })),
    ];
    const newAssignments = new Map<string, unknown>();
    for (const { officialId, placement } of placements) {
      if (!placement) continue;
      const started = await startAssignment({ tx, authorize }, { officialId, ...placement });
      newAssignments.set(officialId, started.assignment);
    }
    const withPost = (id: string) =>
      newAssignments.has(id) ? { newAssignment: newAssignments.get(id) } : {};
    await auditMany(
      created.map((official) => ({
        action: "official.create",
        entityType: "Official",
        entityId: official.id,
        unitId: official.unitId,
        after: { ...official, ...withPost(official.id) },
      })),
    );

    const changes = updates.flatMap(({ existing: before, fields, changes: changed }) =>
      before && fields && changed.length > 0 ? [{ before, fields }] : [],
    );
    const postOnly = updates.flatMap(({ existing: before, changes: changed }) =>
      before && changed.length === 0 ? [before] : [],
    );
    for (const { before, fields } of changes) {
      authorize(before);
      authorize({ unitId: fields.unitId });
    }
    const updated = [];
    for (let start = 0; start < changes.length; start += WRITE_CHUNK) {
      const chunk = changes.slice(start, start + WRITE_CHUNK);
      const rows = chunk.map(({ before, fields }) => ({
        ...officialRow(fields),
        id: before.id,
        version: before.version,
      }));
      const stored = await updateOfficials(tx, rows).catch((error: unknown) => {
        throw violatedIndex(error) === null ? error : new DomainError("import.errors.changedSincePreview");
      });
      // Someone saved one of these officials since the plan was read (under the lock, only a form can).
      if (stored.length !== rows.length) throw new StaleRecordError([]);
      updated.push(...stored);
    }
    // An official whose only change is the post: the row is as stored, the assignment is the change.
    if (postOnly.length > 0) {
      updated.push(...(await tx.official.findMany({ where: { id: { in: postOnly.map(({ id }) => id) } } })));
    }
    const beforeById = new Map(
      [...changes.map(({ before }) => before), ...postOnly].map((before) => [before.id, before]),
    );
    await auditMany(
      updated.map((after) => ({
        action: "official.update",
        entityType: "Official",
        entityId: after.id,
        unitId: after.unitId,
        before: beforeById.get(after.id),
        after: { ...after, ...withPost(after.id) },
      })),
    );
    const updatedIds = updated.map((official) => official.id);

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
        ...(options.mapping ? { mapping: options.mapping } : {}),
      },
    });
    // The clerk's column mapping, remembered for the unit's next file with these headers.
    if (options.mapping && planned.reading.mappingUnitId) {
      const { mappingUnitId: unitId, signature } = planned.reading;
      authorize({ unitId });
      await tx.importColumnMapping.upsert({
        where: { id: mappingId(unitId, signature) },
        create: { id: mappingId(unitId, signature), unitId, signature, columns: options.mapping },
        update: { columns: options.mapping },
      });
    }
    return result;
  },
});

/**
 * The commit's input: the uploaded file read again through the bounded reader, with what the clerk previewed.
 * What the server action and the tests commit. A file that cannot be read is its one problem.
 */
export async function commitInput(
  file: UploadedFile,
  previewed: CommitInput["previewed"],
  options: ImportOptions = {},
): Promise<{ ok: true; input: CommitInput } | { ok: false; problem: CellProblem }> {
  const read = await readImportTable(file);
  if (!read.ok) return read;
  return {
    ok: true,
    input: { fileName: file.fileName, sha256: file.sha256, table: read.table, previewed, options },
  };
}

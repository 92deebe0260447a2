import "server-only";
import { fieldsChangedSince } from "@/lib/audit/changes";
import type { Prisma } from "@/lib/generated/prisma/client";
import { StaleRecordError } from "./errors";

/**
 * Optimistic locking, one way for every record people edit (docs/decisions/010-shared-kit.md): refuses the change
 * when the stored `version` moved on since the user loaded the form, naming the fields others changed in between,
 * read from the audit log (which holds every change with its before and after). Call it after locking the row
 * (lib/db/lock-row.ts), so that nobody can save between this check and the write.
 */
export async function assertVersion(
  tx: Prisma.TransactionClient,
  entityType: string,
  record: { id: string; version: number },
  expected: number,
): Promise<void> {
  if (record.version === expected) return;
  const entries = await tx.auditLog.findMany({
    where: { entityType, entityId: record.id },
    select: { before: true, after: true },
    orderBy: { id: "desc" },
    take: 50,
  });
  throw new StaleRecordError(fieldsChangedSince(entries, expected, Object.keys(record)));
}

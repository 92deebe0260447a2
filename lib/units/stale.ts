import { StaleRecordError } from "@/lib/actions/errors";
import type { Prisma } from "@/lib/generated/prisma/client";

const BOOKKEEPING = new Set(["version", "updatedAt", "createdAt"]);

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** The fields that audit entries after `version` changed: what someone else did since this user opened the form. */
export function fieldsChangedSince(
  entries: { before: unknown; after: unknown }[],
  version: number,
): string[] {
  const fields = new Set<string>();
  for (const { before, after } of entries) {
    if (!isObject(after) || typeof after.version !== "number" || after.version <= version) continue;
    for (const key of Object.keys(after)) {
      if (BOOKKEEPING.has(key)) continue;
      if (!isObject(before) || JSON.stringify(before[key]) !== JSON.stringify(after[key])) fields.add(key);
    }
  }
  return [...fields].sort();
}

/**
 * Optimistic locking: refuses the change when the record's version moved on since the user opened the form,
 * naming the fields others changed in between (read from the audit log, which holds every change).
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
  throw new StaleRecordError(fieldsChangedSince(entries, expected));
}

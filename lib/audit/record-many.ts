import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { groupIdOf, toAuditJson, type AuditEntry } from "./record";

/** Entries per INSERT: a few megabytes of JSON at most. */
const CHUNK = 1_000;

/**
 * Writes many audit entries inside the transaction of the change they describe, one INSERT per thousand: the
 * entries travel as one JSON document spread over the table's row type, so an import of 5,000 officials writes 5
 * statements instead of 5,000 (docs/decisions/017-hostile-input.md). They share the transaction's group id with
 * every other entry it writes (recordAudit), so the trail shows the import as one action.
 */
export async function recordAudits(
  tx: Prisma.TransactionClient,
  entries: readonly AuditEntry[],
): Promise<void> {
  const groupId = groupIdOf(tx);
  for (let start = 0; start < entries.length; start += CHUNK) {
    const rows = entries.slice(start, start + CHUNK).map((entry) => ({
      actorId: entry.actor.id,
      actorName: entry.actor.name,
      unitId: entry.unitId ?? null,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId,
      before: toAuditJson(entry.before) ?? null,
      after: toAuditJson(entry.after) ?? null,
      groupId,
    }));
    await tx.$executeRaw`
      INSERT INTO "audit_log" ("actorId", "actorName", "unitId", "action", "entityType", "entityId", "before", "after",
        "groupId")
      SELECT "actorId", "actorName", "unitId", "action", "entityType", "entityId", "before", "after", "groupId"
      FROM jsonb_populate_recordset(NULL::"audit_log", ${JSON.stringify(rows)}::jsonb)`;
  }
}

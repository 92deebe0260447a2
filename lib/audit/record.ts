import "server-only";
import { randomUUID } from "node:crypto";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/auth/types";
import { prisma } from "@/lib/db/client";

export interface AuditEntry {
  actor: Actor;
  /** What happened, as `<entity>.<verb>`: "official.update", "appointment.approve". */
  action: string;
  entityType: string;
  entityId: string;
  unitId?: string | null;
  before?: unknown;
  after?: unknown;
}

/** Audit-friendly JSON: dates as ISO strings, big integers as text, file contents and password hashes left out. */
export function toAuditJson(value: unknown): Prisma.InputJsonValue | undefined {
  if (value === undefined || value === null) return undefined;
  const text = JSON.stringify(value, (key, item: unknown) => {
    if (key === "passwordHash" || key === "content") return undefined;
    if (typeof item === "bigint") return item.toString();
    return item;
  });
  return JSON.parse(text) as Prisma.InputJsonValue;
}

// One group id per transaction: every entry written through the same transaction client shares it, so a move
// (the official, the posts it ended and began, both units' copies) reads as one action. Keyed weakly by the
// client, so nothing outlives the transaction; an entry written through the shared client (no transaction) gets
// an id of its own.
const groups = new WeakMap<object, string>();

/** The group id of the entries written through `tx` (exported for batched writers such as record-many.ts). */
export function groupIdOf(tx: Prisma.TransactionClient): string {
  if (tx === prisma) return randomUUID();
  let id = groups.get(tx);
  if (!id) groups.set(tx, (id = randomUUID()));
  return id;
}

/** Writes one audit entry; call it inside the same transaction as the change it describes. */
export async function recordAudit(tx: Prisma.TransactionClient, entry: AuditEntry): Promise<void> {
  await tx.auditLog.create({
    data: {
      groupId: groupIdOf(tx),
      actorId: entry.actor.id,
      actorName: entry.actor.name,
      unitId: entry.unitId ?? null,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId,
      before: toAuditJson(entry.before),
      after: toAuditJson(entry.after),
    },
  });
}

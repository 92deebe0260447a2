/** Reads of attached files (lampiran): their metadata only, for the records the user may see. */
import "server-only";
import { can } from "@/lib/auth/policy";
import type { CurrentUser } from "@/lib/auth/types";
import { prisma, type PrismaClient } from "@/lib/db/client";
import { ATTACHMENT_OWNERS, type AttachmentEntityType } from "./owners";

export interface AttachmentSummary {
  id: string;
  fileName: string;
  mimeType: string;
  sizeBytes: number;
  createdAt: Date;
}

/** The files of each record of `entityIds` the user may see, oldest first, by record id, in two queries. */
export async function listAttachments(
  user: CurrentUser,
  entityType: AttachmentEntityType,
  entityIds: readonly string[],
  db: PrismaClient = prisma,
): Promise<Map<string, AttachmentSummary[]>> {
  const owner = ATTACHMENT_OWNERS[entityType];
  const places = await owner.find(db, entityIds);
  const visible = [...places].filter(([, place]) => can(user, owner.view, place)).map(([id]) => id);
  const byEntity = new Map<string, AttachmentSummary[]>();
  if (visible.length === 0) return byEntity;
  const rows = await db.attachment.findMany({
    where: { entityType, entityId: { in: visible } },
    select: { id: true, entityId: true, fileName: true, mimeType: true, sizeBytes: true, createdAt: true },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
  for (const { entityId, ...summary } of rows) {
    byEntity.set(entityId, [...(byEntity.get(entityId) ?? []), summary]);
  }
  return byEntity;
}

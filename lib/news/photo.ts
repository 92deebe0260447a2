/**
 * Foto berita: a photo shown on a news item, served to whoever may see the item. The activity's own download
 * route (/api/lampiran) follows the activity's scope, which a regency reading its province's news does not have;
 * this one follows the item's, and only for files chosen as its photos. While the item is unpublished, its editors
 * (who alone see it) also get the activity's other images, to choose from.
 */
import "server-only";
import { downloadHeaders } from "@/lib/attachments/download";
import type { CurrentUser } from "@/lib/auth/types";
import { prisma, type PrismaClient } from "@/lib/db/client";
import { recordId } from "@/lib/validations/input";
import type { NewsSourceKind } from "@/lib/generated/prisma/enums";
import { isPhotoOf, photoOwnerOf } from "./load-facts";
import { ancestorsOf } from "./queries";
import { canSeeNewsItem } from "./visibility";

async function isCandidate(
  db: PrismaClient,
  item: { sourceKind: NewsSourceKind; sourceId: string },
  attachmentId: string,
): Promise<boolean> {
  return isPhotoOf(db, await photoOwnerOf(db, item.sourceKind, item.sourceId), attachmentId);
}

const notFound = () =>
  new Response("Not Found", { status: 404, headers: { "Cache-Control": "private, no-store" } });

export async function newsPhotoResponse(
  user: CurrentUser | null,
  newsId: string,
  attachmentId: string,
  db: PrismaClient = prisma,
): Promise<Response> {
  if (!user) return new Response("Unauthorized", { status: 401 });
  if (!recordId.safeParse(newsId).success || !recordId.safeParse(attachmentId).success) return notFound();
  const item = await db.newsItem.findUnique({
    where: { id: newsId },
    select: { unitId: true, status: true, authorId: true, sourceKind: true, sourceId: true },
  });
  if (!item || !canSeeNewsItem(user, await ancestorsOf(user.unit.id), item)) return notFound();
  const chosen = await db.newsPhoto.findUnique({
    where: { newsId_attachmentId: { newsId, attachmentId } },
    select: { attachmentId: true },
  });
  if (!chosen && !(item.status !== "PUBLISHED" && (await isCandidate(db, item, attachmentId))))
    return notFound();
  const file = await db.attachment.findUnique({
    where: { id: attachmentId },
    select: { fileName: true, mimeType: true, content: true },
  });
  if (!file) return notFound();
  const { fileName, mimeType, content } = file;
  return new Response(content, { headers: downloadHeaders(fileName, mimeType, content.byteLength) });
}

/**
 * Foto berita: a photo shown on a news item, served to whoever may see the item. The activity's own download
 * route (/api/lampiran) follows the activity's scope, which a regency reading its province's news does not have;
 * this one follows the item's, and only for files chosen as its photos.
 */
import "server-only";
import { downloadHeaders } from "@/lib/attachments/download";
import type { CurrentUser } from "@/lib/auth/types";
import { prisma, type PrismaClient } from "@/lib/db/client";
import { recordId } from "@/lib/validations/input";
import { ancestorsOf } from "./queries";
import { canSeeNewsItem } from "./visibility";

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
    select: { unitId: true, status: true, authorId: true },
  });
  if (!item || !canSeeNewsItem(user, await ancestorsOf(user.unit.id), item)) return notFound();
  const photo = await db.newsPhoto.findUnique({
    where: { newsId_attachmentId: { newsId, attachmentId } },
    select: { attachment: { select: { fileName: true, mimeType: true, content: true } } },
  });
  if (!photo) return notFound();
  const { fileName, mimeType, content } = photo.attachment;
  return new Response(content, { headers: downloadHeaders(fileName, mimeType, content.byteLength) });
}

/**
 * Unduh lampiran: the one way a stored file leaves the database. Unknown ids, and files of records outside the
 * user's scope, both answer 404 (decision 003), so nobody learns which files exist elsewhere. The bytes go out as
 * a download with the MIME type found by content at upload, never sniffed again by the browser.
 */
import "server-only";
import { can } from "@/lib/auth/policy";
import type { CurrentUser } from "@/lib/auth/types";
import { prisma, type PrismaClient } from "@/lib/db/client";
import { recordId } from "@/lib/validations/input";
import { contentDisposition } from "./content-disposition";
import { ATTACHMENT_OWNERS, isAttachmentEntityType } from "./owners";

/** The headers every file download carries; a PDF opened by mistake in the browser can run nothing. */
export function downloadHeaders(fileName: string, mimeType: string, length: number): HeadersInit {
  return {
    "Content-Type": mimeType,
    "Content-Length": String(length),
    "Content-Disposition": contentDisposition(fileName),
    "X-Content-Type-Options": "nosniff",
    "Content-Security-Policy": "default-src 'none'; sandbox",
    "Cache-Control": "private, no-store",
  };
}

const notFound = () =>
  new Response("Not Found", { status: 404, headers: { "Cache-Control": "private, no-store" } });

export async function attachmentResponse(
  user: CurrentUser | null,
  id: string,
  db: PrismaClient = prisma,
): Promise<Response> {
  if (!user) return new Response("Unauthorized", { status: 401 });
  if (!recordId.safeParse(id).success) return notFound();
  const file = await db.attachment.findUnique({
    where: { id },
    select: { entityType: true, entityId: true, fileName: true, mimeType: true },
  });
  if (!file || !isAttachmentEntityType(file.entityType)) return notFound();
  const owner = ATTACHMENT_OWNERS[file.entityType];
  const place = (await owner.find(db, [file.entityId])).get(file.entityId);
  if (!place || !can(user, owner.view, place)) return notFound();
  // The bytes only once the user may have them.
  const stored = await db.attachment.findUnique({ where: { id }, select: { content: true } });
  if (!stored) return notFound();
  return new Response(stored.content, {
    headers: downloadHeaders(file.fileName, file.mimeType, stored.content.byteLength),
  });
}

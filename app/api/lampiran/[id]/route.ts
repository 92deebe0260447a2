import { getCurrentUser } from "@/lib/auth/current-user";
import { attachmentResponse } from "@/lib/attachments/download";

// Reads the session and the database on every request: never prerendered or cached.
export const dynamic = "force-dynamic";

/** Unduh lampiran: a stored file, for those who may see the record it belongs to; 404 for everyone else. */
export async function GET(
  _request: Request,
  { params }: { params: Promise<{ id: string }> },
): Promise<Response> {
  return attachmentResponse(await getCurrentUser(), (await params).id);
}

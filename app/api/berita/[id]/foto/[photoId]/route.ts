import { getCurrentUser } from "@/lib/auth/current-user";
import { newsPhotoResponse } from "@/lib/news/photo";

// Reads the session and the database on every request: never prerendered or cached.
export const dynamic = "force-dynamic";

/** Foto berita: a photo of a news item, for those who may see the item; 404 for everyone else. */
export async function GET(
  _request: Request,
  { params }: { params: Promise<{ id: string; photoId: string }> },
): Promise<Response> {
  const { id, photoId } = await params;
  return newsPhotoResponse(await getCurrentUser(), id, photoId);
}

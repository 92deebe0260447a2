import { buildFeed, findFeedOwner } from "@/lib/calendar/feed";
import { tokenOfFeedFile } from "@/lib/calendar/feed-token";
import { publicOrigin } from "@/lib/calendar/origin";

export const dynamic = "force-dynamic";

const PRIVATE = { "Cache-Control": "private, no-store", "X-Robots-Tag": "noindex" };

/**
 * A personal calendar feed (/api/kalender/<token>.ics), fetched by calendar apps without a session: the token is
 * the key. Unknown, revoked and deactivated answer the same 404.
 */
export async function GET(request: Request, { params }: { params: Promise<{ file: string }> }) {
  const token = tokenOfFeedFile((await params).file);
  const owner = token ? await findFeedOwner(token) : null;
  if (!owner) {
    return new Response("Not Found", { status: 404, headers: { ...PRIVATE, "Content-Type": "text/plain" } });
  }
  const body = await buildFeed(owner, publicOrigin(request.headers, new URL(request.url).origin));
  return new Response(body, {
    headers: {
      ...PRIVATE,
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": 'inline; filename="kalender.ics"',
    },
  });
}

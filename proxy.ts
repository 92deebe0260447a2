import { NextResponse } from "next/server";
import { withAuth } from "next-auth/middleware";
import { recordActivity } from "@/lib/auth/session-activity";

// Only sends the signed-out to the sign-in page, and records the session's activity (idle timeout,
// lib/auth/sessions.ts); every page and action still checks the session and the policy.
// Calendar feeds (api/kalender) are fetched by calendar apps without a session: the address's token is the key.
export default withAuth(
  async function proxy(request) {
    const response = NextResponse.next();
    await recordActivity(request.nextauth.token, response);
    return response;
  },
  { pages: { signIn: "/login" } },
);

export const config = {
  matcher: ["/((?!login|api/auth|api/kalender|_next/static|_next/image|favicon.ico|icon.svg).*)"],
};

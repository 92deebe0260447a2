import { withAuth } from "next-auth/middleware";

// Only sends the signed-out to the sign-in page; every page and action still checks the session and the policy.
// Calendar feeds (api/kalender) are fetched by calendar apps without a session: the address's token is the key.
export default withAuth({ pages: { signIn: "/login" } });

export const config = {
  matcher: ["/((?!login|api/auth|api/kalender|_next/static|_next/image|favicon.ico|icon.svg).*)"],
};

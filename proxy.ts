import { withAuth } from "next-auth/middleware";

// Only sends the signed-out to the sign-in page; every page and action still checks the session and the policy.
export default withAuth({ pages: { signIn: "/login" } });

export const config = {
  matcher: ["/((?!login|api/auth|_next/static|_next/image|favicon.ico|icon.svg).*)"],
};

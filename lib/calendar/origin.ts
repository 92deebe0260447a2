/**
 * The app's public origin, for addresses used outside the browser (a calendar app's subscription, the links in
 * its items): NEXTAUTH_URL when configured (the app's public URL), otherwise the host the request came to.
 */
export function publicOrigin(
  headers: Pick<Headers, "get">,
  fallback = "http://localhost",
  configured = process.env.NEXTAUTH_URL,
): string {
  if (configured) {
    try {
      return new URL(configured).origin;
    } catch {
      // A malformed setting falls back to the request, as if unset.
    }
  }
  const host = headers.get("host");
  if (!host) return fallback;
  const protocol = headers.get("x-forwarded-proto") === "https" ? "https" : "http";
  return `${protocol}://${host}`;
}

import { getToken, type JWT } from "next-auth/jwt";
import { createTranslator } from "next-intl";
import { NextResponse, type NextRequest } from "next/server";
import { safeCallbackPath } from "@/lib/auth/callback-url";
import { recordActivity } from "@/lib/auth/session-activity";
import { isLocale, LOCALE_COOKIE, DEFAULT_LOCALE } from "@/lib/i18n/config";
import en from "@/lib/i18n/messages/en/security.json";
import id from "@/lib/i18n/messages/id/security.json";
import { readSecurityConfig } from "@/lib/security/config";
import { contentSecurityPolicy, createNonce, staticSecurityHeaders } from "@/lib/security/headers";
import { ownOrigins, refusalOf, type Refusal } from "@/lib/security/request-guard";
import { MAX_REQUEST_BODY_LABEL } from "@/lib/security/request-limits";

/** Reached without a session: the sign-in page, next-auth's own routes, calendar feeds (their token is the key). */
const PUBLIC_PATHS = ["/login", "/api/auth/", "/api/kalender/", "/_next/", "/favicon.ico", "/icon.svg"];

/** Read once per process, as the rest of the auth configuration is: the proxy runs on every request. */
const trustProxy = readSecurityConfig().TRUST_PROXY === "1";

/**
 * Every request passes here first (Next 16's proxy, formerly middleware):
 * 1. a change sent from another site, or a body too large to take, is refused (403, 413);
 * 2. the signed-out are sent to the sign-in page (only a redirect: every page and action still checks the session
 *    and the policy);
 * 3. every response gets the security headers, pages a Content Security Policy with a nonce of their own;
 * 4. without TRUST_PROXY=1, an X-Forwarded-For sent by the client is dropped, so that Next records the socket's
 *    address there (read by the sign-in limits, lib/security/client-address.ts).
 */
export default async function proxy(request: NextRequest) {
  const https = servedOverHttps(request, trustProxy);
  const nonce = createNonce();
  const policy = contentSecurityPolicy({ nonce, development: process.env.NODE_ENV === "development", https });

  const response = await route(request, { trustProxy, policy, nonce });
  response.headers.set("Content-Security-Policy", policy);
  for (const [name, value] of Object.entries(staticSecurityHeaders({ https })))
    response.headers.set(name, value);
  return response;
}

async function route(
  request: NextRequest,
  { trustProxy, policy, nonce }: { trustProxy: boolean; policy: string; nonce: string },
): Promise<NextResponse> {
  const origins = ownOrigins({
    headers: request.headers,
    protocol: request.nextUrl.protocol,
    trustProxy,
    publicUrl: process.env.NEXTAUTH_URL,
  });
  const refusal = refusalOf({ method: request.method, headers: request.headers, origins });
  if (refusal) return refuse(request, refusal);

  const { pathname, search } = request.nextUrl;
  // next-auth answers an unparsable callbackUrl ("javascript:alert(1)") with a 500: hand it a safe one instead.
  const callbackUrl = request.nextUrl.searchParams.get("callbackUrl");
  if (pathname.startsWith("/api/auth/") && callbackUrl !== null) {
    const safe = safeCallbackPath(callbackUrl, request.nextUrl.origin);
    if (safe !== callbackUrl) {
      const target = request.nextUrl.clone();
      target.searchParams.set("callbackUrl", safe);
      return NextResponse.redirect(target);
    }
  }
  let token: JWT | null = null;
  if (!PUBLIC_PATHS.some((path) => pathname === path || pathname.startsWith(path))) {
    token = await getToken({ req: request, secret: process.env.NEXTAUTH_SECRET });
    if (!token) {
      const signIn = new URL("/login", request.url);
      signIn.searchParams.set("callbackUrl", `${pathname}${search}`);
      return NextResponse.redirect(signIn);
    }
  }

  // Next reads the nonce for its own scripts from the policy on the request (Content Security Policy guide).
  const forwarded = new Headers(request.headers);
  forwarded.set("x-nonce", nonce);
  forwarded.set("Content-Security-Policy", policy);
  if (!trustProxy) forwarded.delete("x-forwarded-for");
  const response = NextResponse.next({ request: { headers: forwarded } });
  // The idle timeout counts from the last request: the session cookie records it, at most once a minute.
  await recordActivity(token, response);
  return response;
}

function refuse(request: NextRequest, refusal: Refusal): NextResponse {
  const cookieLocale = request.cookies.get(LOCALE_COOKIE)?.value;
  const locale = isLocale(cookieLocale) ? cookieLocale : DEFAULT_LOCALE;
  // Through a translator, not the message's text: the build precompiles messages (next.config.js).
  const t = createTranslator({ locale, messages: locale === "en" ? en : id, namespace: "security" });
  const text =
    refusal.reason === "foreignOrigin"
      ? t("foreignOrigin")
      : t("bodyTooLarge", { limit: MAX_REQUEST_BODY_LABEL });
  return new NextResponse(text, {
    status: refusal.status,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
  });
}

function servedOverHttps(request: NextRequest, trustProxy: boolean): boolean {
  if (request.nextUrl.protocol === "https:") return true;
  if (trustProxy && request.headers.get("x-forwarded-proto")?.split(",").at(-1)?.trim() === "https")
    return true;
  return process.env.NEXTAUTH_URL?.startsWith("https://") ?? false;
}

export const config = {
  // Everything: the headers belong on every response, static files included.
  matcher: "/:path*",
};

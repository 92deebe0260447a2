import type { NextResponse } from "next/server";
import type { JWT } from "next-auth/jwt";
import { readEnv } from "@/lib/env";
import { encodeSessionCookie } from "./session-cookie";
import { nowInSeconds, readClaims, sessionLimits, touchClaims } from "./sessions";

const limits = sessionLimits(readEnv());

/**
 * Records this request as the session's last activity, at most once a minute, by rewriting the session cookie on
 * the response (the proxy sees every page and action request; pages themselves cannot set cookies). A session
 * that has gone idle or expired is never revived, and the rewritten token keeps the sign-in's lifetime.
 */
export async function recordActivity(token: JWT | null, response: NextResponse): Promise<void> {
  const claims = readClaims(token);
  if (!token || !claims) return;
  const now = nowInSeconds();
  const touched = touchClaims(claims, now, limits);
  const cookie = touched && (await encodeSessionCookie(token, touched, now));
  if (cookie) response.cookies.set(cookie.name, cookie.value, cookie.options);
}

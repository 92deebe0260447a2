import type { NextResponse } from "next/server";
import { encode, type JWT } from "next-auth/jwt";
import { readEnv } from "@/lib/env";
import {
  nowInSeconds,
  readClaims,
  remainingSeconds,
  secureCookies,
  sessionCookieName,
  sessionLimits,
  touchClaims,
} from "./sessions";

const env = readEnv();
const limits = sessionLimits(env);
const secure = secureCookies(env);

/**
 * Records this request as the session's last activity, at most once a minute, by rewriting the session cookie on
 * the response (the proxy sees every page and action request; pages themselves cannot set cookies). A session
 * that has gone idle or expired is never revived, and the rewritten token keeps the sign-in's lifetime.
 */
export async function recordActivity(token: JWT | null, response: NextResponse): Promise<void> {
  const claims = readClaims(token);
  if (!token || !claims || !env.NEXTAUTH_SECRET) return;
  const now = nowInSeconds();
  const touched = touchClaims(claims, now, limits);
  if (!touched) return;
  const maxAge = remainingSeconds(touched, now, limits);
  const value = await encode({ token: { ...token, ...touched }, secret: env.NEXTAUTH_SECRET, maxAge });
  response.cookies.set(sessionCookieName(secure), value, {
    httpOnly: true,
    sameSite: "lax",
    path: "/",
    secure,
    maxAge,
  });
}

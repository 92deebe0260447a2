import { decode, encode, type JWT } from "next-auth/jwt";
import { readEnv } from "@/lib/env";
import {
  remainingSeconds,
  secureCookies,
  sessionCookieName,
  sessionLimits,
  type SessionClaims,
} from "./sessions";

const env = readEnv();
const limits = sessionLimits(env);
const secure = secureCookies(env);

/** The session cookie's name and attributes, as next-auth writes them (httpOnly, SameSite=Lax, Secure on HTTPS). */
export const SESSION_COOKIE = {
  name: sessionCookieName(secure),
  httpOnly: true,
  sameSite: "lax",
  path: "/",
  secure,
} as const;

/**
 * The session cookie carrying `claims` (rewritten last activity, or a new session version), or null without a
 * secret. The token keeps the sign-in's lifetime: rewriting it never extends a session.
 */
export async function encodeSessionCookie(token: JWT, claims: SessionClaims, now: number) {
  if (!env.NEXTAUTH_SECRET) return null;
  const maxAge = remainingSeconds(claims, now, limits);
  const value = await encode({ token: { ...token, ...claims }, secret: env.NEXTAUTH_SECRET, maxAge });
  const { name, ...attributes } = SESSION_COOKIE;
  return { name, value, options: { ...attributes, maxAge } };
}

/** The session token of a cookie value, or null when it cannot be read (another secret, tampered, expired). */
export async function decodeSessionCookie(value: string): Promise<JWT | null> {
  if (!env.NEXTAUTH_SECRET) return null;
  try {
    return await decode({ token: value, secret: env.NEXTAUTH_SECRET });
  } catch {
    return null;
  }
}

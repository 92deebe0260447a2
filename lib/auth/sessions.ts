/**
 * Sessions (sesi): what the session token carries, how long a sign-in lasts and when it has gone idle. Pure, so
 * the proxy and the auth options share it. A user's sessions end when their `sessionVersion` moves on
 * (lib/users/account-mutations.ts, lib/auth/sign-out.ts; docs/decisions/015-sessions-and-accounts.md).
 */
import type { Env } from "@/lib/env";

/** What the session token says about its sign-in; times are whole seconds since the epoch. */
export interface SessionClaims {
  userId: string;
  /** The user's `sessionVersion` at sign-in: a token is honoured only while the user's is still the same. */
  sessionVersion: number;
  signedInAt: number;
  /** The last request seen, recorded at most once a minute. */
  lastActivity: number;
}

export interface SessionLimits {
  /** From sign-in, whatever the activity (SESSION_MAX_AGE_HOURS). */
  maxAgeSeconds: number;
  /** Without a request (SESSION_IDLE_MINUTES). */
  idleSeconds: number;
}

/** Last activity is rewritten at most this often, so a busy page does not rewrite the cookie on every request. */
export const ACTIVITY_RESOLUTION_SECONDS = 60;

export function sessionLimits(
  env: Pick<Env, "SESSION_MAX_AGE_HOURS" | "SESSION_IDLE_MINUTES">,
): SessionLimits {
  return {
    maxAgeSeconds: Math.round(env.SESSION_MAX_AGE_HOURS * 60 * 60),
    idleSeconds: env.SESSION_IDLE_MINUTES * 60,
  };
}

/** Session cookies are `Secure` when the app is served over HTTPS, as its public address says. */
export function secureCookies(env: Pick<Env, "NEXTAUTH_URL">): boolean {
  return env.NEXTAUTH_URL?.startsWith("https://") ?? false;
}

/** next-auth's cookie name for the session token (the `__Secure-` prefix makes browsers demand HTTPS). */
export function sessionCookieName(secure: boolean): string {
  return `${secure ? "__Secure-" : ""}next-auth.session-token`;
}

export function nowInSeconds(now: Date = new Date()): number {
  return Math.floor(now.getTime() / 1000);
}

function isCount(value: unknown): value is number {
  return typeof value === "number" && Number.isSafeInteger(value) && value >= 0;
}

/** The claims of a decoded token, or null when any is missing (a token minted before sessions were versioned). */
export function readClaims(token: Record<string, unknown> | null | undefined): SessionClaims | null {
  if (!token) return null;
  const { userId, sessionVersion, signedInAt, lastActivity } = token;
  if (typeof userId !== "string" || !userId) return null;
  if (!isCount(sessionVersion) || !isCount(signedInAt) || !isCount(lastActivity)) return null;
  return { userId, sessionVersion, signedInAt, lastActivity };
}

export function newClaims(userId: string, sessionVersion: number, now: number): SessionClaims {
  return { userId, sessionVersion, signedInAt: now, lastActivity: now };
}

/** `active`, or why the session is over: past its lifetime (`expired`) or unused too long (`idle`). */
export type SessionState = "active" | "expired" | "idle";

export function sessionState(claims: SessionClaims, now: number, limits: SessionLimits): SessionState {
  if (now - claims.signedInAt >= limits.maxAgeSeconds) return "expired";
  if (now - claims.lastActivity >= limits.idleSeconds) return "idle";
  return "active";
}

/** The claims with this request recorded as the last activity, or null when the token needs no rewrite. */
export function touchClaims(claims: SessionClaims, now: number, limits: SessionLimits): SessionClaims | null {
  if (sessionState(claims, now, limits) !== "active") return null;
  if (now - claims.lastActivity < ACTIVITY_RESOLUTION_SECONDS) return null;
  return { ...claims, lastActivity: now };
}

/** Seconds the token has left before its lifetime ends: a rewritten token never outlives the sign-in. */
export function remainingSeconds(claims: SessionClaims, now: number, limits: SessionLimits): number {
  return Math.max(0, claims.signedInAt + limits.maxAgeSeconds - now);
}

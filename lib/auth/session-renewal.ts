import "server-only";
import { cookies } from "next/headers";
import { decodeSessionCookie, encodeSessionCookie, SESSION_COOKIE } from "./session-cookie";
import { nowInSeconds, readClaims } from "./sessions";

/**
 * After the user changed their own password, every session ended but this one: its cookie is rewritten with the
 * account's new session version (a server action may set cookies). Other devices must sign in again.
 */
export async function renewSessionCookie(sessionVersion: number): Promise<void> {
  const store = await cookies();
  const value = store.get(SESSION_COOKIE.name)?.value;
  const token = value ? await decodeSessionCookie(value) : null;
  const claims = readClaims(token);
  if (!token || !claims) return;
  const now = nowInSeconds();
  const cookie = await encodeSessionCookie(token, { ...claims, sessionVersion, lastActivity: now }, now);
  if (cookie) store.set(cookie.name, cookie.value, cookie.options);
}

/**
 * The secret in a personal calendar feed's address (alamat langganan kalender): 32 random bytes (256 bits) in
 * base64url, which a calendar app fetches without signing in. Whoever holds the address reads the feed, so it is
 * made only by the server's CSPRNG and never written to the audit log (docs/decisions/013-calendar-feed.md).
 */
import { randomBytes } from "node:crypto";

const TOKEN_BYTES = 32;
const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;
const FEED_FILE = /^([A-Za-z0-9_-]{43})\.ics$/;

export function newFeedToken(): string {
  return randomBytes(TOKEN_BYTES).toString("base64url");
}

export function isFeedToken(value: string): boolean {
  return TOKEN_PATTERN.test(value);
}

/** "/api/kalender/<token>.ics". */
export function feedPath(token: string): string {
  return `/api/kalender/${token}.ics`;
}

/** The token in the last segment of a feed address ("<token>.ics"), or null when it is not one. */
export function tokenOfFeedFile(file: string): string | null {
  return FEED_FILE.exec(file)?.[1] ?? null;
}

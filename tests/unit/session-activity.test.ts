import { beforeAll, describe, expect, it, vi } from "vitest";
import { NextResponse } from "next/server";
import { decode } from "next-auth/jwt";

const SECRET = "unit-test-secret-0123456789abcdef";
let recordActivity: typeof import("@/lib/auth/session-activity").recordActivity;

beforeAll(async () => {
  vi.stubEnv("NEXTAUTH_SECRET", SECRET);
  vi.stubEnv("SESSION_MAX_AGE_HOURS", "8");
  vi.stubEnv("SESSION_IDLE_MINUTES", "60");
  ({ recordActivity } = await import("@/lib/auth/session-activity"));
});

const now = () => Math.floor(Date.now() / 1000);

function token(signedInAgo: number, activeAgo: number) {
  return {
    userId: "user-1",
    name: "Baiq Uji",
    sessionVersion: 4,
    signedInAt: now() - signedInAgo,
    lastActivity: now() - activeAgo,
  };
}

describe("the proxy's record of activity", () => {
  it("rewrites the cookie with this request as the last activity, keeping the sign-in's lifetime", async () => {
    const response = NextResponse.next();
    await recordActivity(token(3600, 120), response);

    const cookie = response.cookies.get("next-auth.session-token");
    expect(cookie?.httpOnly).toBe(true);
    expect(cookie?.maxAge).toBeLessThanOrEqual(7 * 3600);
    expect(cookie?.maxAge).toBeGreaterThan(7 * 3600 - 60);
    const decoded = await decode({ token: cookie?.value, secret: SECRET });
    expect(decoded).toMatchObject({ userId: "user-1", sessionVersion: 4 });
    expect(Number(decoded?.lastActivity)).toBeGreaterThanOrEqual(now() - 5);
    expect(Number(decoded?.exp)).toBeLessThanOrEqual(Number(decoded?.signedInAt) + 8 * 3600 + 5);
  });

  it("leaves a cookie written within the minute alone", async () => {
    const response = NextResponse.next();
    await recordActivity(token(600, 30), response);
    expect(response.cookies.get("next-auth.session-token")).toBeUndefined();
  });

  it("never revives a session idle for an hour, nor one past its lifetime, nor a token without claims", async () => {
    for (const stale of [token(7200, 3600), token(8 * 3600, 100), { userId: "user-1" }, null]) {
      const response = NextResponse.next();
      await recordActivity(stale, response);
      expect(response.cookies.get("next-auth.session-token")).toBeUndefined();
    }
  });
});

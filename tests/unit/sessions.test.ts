import { describe, expect, it } from "vitest";
import {
  ACTIVITY_RESOLUTION_SECONDS,
  newClaims,
  readClaims,
  remainingSeconds,
  secureCookies,
  sessionCookieName,
  sessionLimits,
  sessionState,
  touchClaims,
} from "@/lib/auth/sessions";

const limits = sessionLimits({ SESSION_MAX_AGE_HOURS: 8, SESSION_IDLE_MINUTES: 60 });
const SIGNED_IN = 1_800_000_000;
const claims = newClaims("user-1", 3, SIGNED_IN);

describe("session limits", () => {
  it("reads hours and minutes as seconds", () => {
    expect(limits).toEqual({ maxAgeSeconds: 8 * 3600, idleSeconds: 3600 });
  });

  it("is active until an hour passes without a request, or eight hours after signing in", () => {
    expect(sessionState(claims, SIGNED_IN + 3599, limits)).toBe("active");
    expect(sessionState(claims, SIGNED_IN + 3600, limits)).toBe("idle");
    const busy = { ...claims, lastActivity: SIGNED_IN + 8 * 3600 - 10 };
    expect(sessionState(busy, SIGNED_IN + 8 * 3600 - 1, limits)).toBe("active");
    expect(sessionState(busy, SIGNED_IN + 8 * 3600, limits)).toBe("expired");
  });
});

describe("last activity", () => {
  it("is rewritten at most once a minute", () => {
    expect(touchClaims(claims, SIGNED_IN + ACTIVITY_RESOLUTION_SECONDS - 1, limits)).toBeNull();
    expect(touchClaims(claims, SIGNED_IN + ACTIVITY_RESOLUTION_SECONDS, limits)).toEqual({
      ...claims,
      lastActivity: SIGNED_IN + ACTIVITY_RESOLUTION_SECONDS,
    });
  });

  it("never revives an idle or expired session", () => {
    expect(touchClaims(claims, SIGNED_IN + 3600, limits)).toBeNull();
    const busy = { ...claims, lastActivity: SIGNED_IN + 8 * 3600 - 100 };
    expect(touchClaims(busy, SIGNED_IN + 8 * 3600, limits)).toBeNull();
  });

  it("leaves a rewritten token only the sign-in's remaining lifetime", () => {
    expect(remainingSeconds(claims, SIGNED_IN + 3 * 3600, limits)).toBe(5 * 3600);
    expect(remainingSeconds(claims, SIGNED_IN + 9 * 3600, limits)).toBe(0);
  });
});

describe("token claims", () => {
  it("are read back whole", () => {
    expect(readClaims({ ...claims, name: "Ani", exp: 1 })).toEqual(claims);
  });

  it("are refused when a token predates session versions or was tampered into another shape", () => {
    expect(readClaims(null)).toBeNull();
    expect(readClaims({ userId: "user-1" })).toBeNull();
    expect(readClaims({ ...claims, sessionVersion: "3" })).toBeNull();
    expect(readClaims({ ...claims, signedInAt: -1 })).toBeNull();
    expect(readClaims({ ...claims, userId: "" })).toBeNull();
  });
});

describe("cookies", () => {
  it("are Secure when the app's public address is https", () => {
    expect(secureCookies({ NEXTAUTH_URL: "https://sekretariat.kpu.example" })).toBe(true);
    expect(secureCookies({ NEXTAUTH_URL: "http://127.0.0.1:3000" })).toBe(false);
    expect(secureCookies({})).toBe(false);
    expect(sessionCookieName(true)).toBe("__Secure-next-auth.session-token");
    expect(sessionCookieName(false)).toBe("next-auth.session-token");
  });
});

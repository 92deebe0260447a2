import { describe, expect, it } from "vitest";
import { blockedMinutesOf, SignInBlockedError } from "@/lib/auth/sign-in-blocked";
import { clientAddressFrom } from "@/lib/security/client-address";

describe("clientAddressFrom", () => {
  it.each([
    ["203.0.113.7", "203.0.113.7"],
    ["::ffff:203.0.113.7", "203.0.113.7"],
    ["2001:db8::1", "2001:db8::1"],
    // Behind a trusted proxy the last entry is the one it added; earlier entries are the client's own words.
    ["1.1.1.1, 203.0.113.7", "203.0.113.7"],
    ["spoofed, 10.0.0.9 ", "10.0.0.9"],
    ["", "unknown"],
    [null, "unknown"],
    ["<script>", "unknown"],
    ["a".repeat(300), "unknown"],
  ])("reads %j as %j", (header, expected) => {
    expect(clientAddressFrom(header)).toBe(expected);
  });
});

describe("SignInBlockedError", () => {
  it.each([
    [1, 1],
    [60_000, 1],
    [60_001, 2],
    [15 * 60_000, 15],
  ])("names a wait of %i ms as %i minute(s), as the form reads it", (ms, minutes) => {
    const error = new SignInBlockedError(ms);
    expect(error.minutes).toBe(minutes);
    expect(blockedMinutesOf(error.message)).toBe(minutes);
  });

  it("leaves other sign-in errors alone", () => {
    expect(blockedMinutesOf("CredentialsSignin")).toBeNull();
    expect(blockedMinutesOf("SignInBlocked:x")).toBeNull();
    expect(blockedMinutesOf(undefined)).toBeNull();
  });
});

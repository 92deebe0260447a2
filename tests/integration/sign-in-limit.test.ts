/**
 * Sign-in rate limits (issue 11, finding 4): counted in PostgreSQL by account and by client address, before the
 * password is hashed, shared by every app instance, and audited without the password.
 */
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { authenticate } from "@/lib/auth/authenticate";
import { SignInBlockedError } from "@/lib/auth/sign-in-blocked";
import { prisma, processPool } from "@/lib/db/client";
import { SignInLimiter, type SignInLimits } from "@/lib/security/sign-in-limiter";
import * as factory from "./db-utils";

const LIMITS: SignInLimits = { perAccount: 5, perAddress: 20, windowMinutes: 15 };
const WRONG = "salah-sekali-123";

let addressCounter = 0;
/** A fresh client address per test, so that the tests' per-address counts stay apart. */
function freshAddress(): string {
  addressCounter += 1;
  return `10.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}.${addressCounter}`;
}

async function userWithPassword() {
  const unit = await factory.createUnit();
  return factory.createUser({ role: "STAFF", unitId: unit.id });
}

/** Outcome of one attempt: the user, "failed" or "blocked". */
async function attempt(username: string, password: string, address: string, limiter: SignInLimiter) {
  try {
    return (await authenticate(username, password, { address, limiter })) ? "ok" : "failed";
  } catch (error) {
    if (error instanceof SignInBlockedError) return "blocked";
    throw error;
  }
}

function signInAudit(entityId: string) {
  return prisma.auditLog.findMany({
    where: { entityId, action: { startsWith: "auth." } },
    orderBy: { id: "asc" },
  });
}

const otherPools: pg.Pool[] = [];
afterAll(async () => {
  await Promise.all(otherPools.map((pool) => pool.end()));
});

describe("sign-in rate limit", () => {
  it("the table exists from the migration; the limiter never creates it", async () => {
    const rows = await prisma.$queryRaw<
      { t: string | null }[]
    >`SELECT to_regclass('sign_in_limit')::text AS t`;
    expect(rows[0]?.t).toBe("sign_in_limit");
  });

  it("refuses the 6th wrong password for one account before checking it, and audits each attempt", async () => {
    const limiter = new SignInLimiter(processPool(), LIMITS);
    const user = await userWithPassword();
    const address = freshAddress();

    const outcomes = [];
    for (let i = 0; i < 6; i += 1) outcomes.push(await attempt(user.username, WRONG, address, limiter));

    expect(outcomes).toEqual(["failed", "failed", "failed", "failed", "failed", "blocked"]);
    const entries = await signInAudit(user.id);
    // Five checked and failed; the sixth stopped at the count: no "failed" entry, which only a checked password writes.
    expect(entries.map((entry) => entry.action)).toEqual([
      ...Array(5).fill("auth.signInFailed"),
      "auth.signInBlocked",
    ]);
    expect(entries[5]?.after).toMatchObject({ username: user.username, address, waitMinutes: 15 });
    const written = entries.map(({ actorName, entityId, before, after }) => ({
      actorName,
      entityId,
      before,
      after,
    }));
    expect(JSON.stringify(written)).not.toContain(WRONG);
    expect(await limiter.failuresOf(user.username)).toBe(6);
  });

  it("refuses the right password too while the account is blocked, with the wait in minutes", async () => {
    const limiter = new SignInLimiter(processPool(), LIMITS);
    const user = await userWithPassword();
    const address = freshAddress();
    for (let i = 0; i < 5; i += 1) await attempt(user.username, WRONG, address, limiter);

    const refusal = await authenticate(user.username, factory.TEST_PASSWORD, { address, limiter }).catch(
      (error: unknown) => error,
    );

    expect(refusal).toBeInstanceOf(SignInBlockedError);
    expect((refusal as SignInBlockedError).minutes).toBeGreaterThanOrEqual(14);
    expect((refusal as SignInBlockedError).minutes).toBeLessThanOrEqual(15);
    const stored = await prisma.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(stored.lastLoginAt).toBeNull();
    expect((await signInAudit(user.id)).map((entry) => entry.action)).not.toContain("auth.signIn");
  });

  it("blocks the account from another address too: the count is the account's", async () => {
    const limiter = new SignInLimiter(processPool(), LIMITS);
    const user = await userWithPassword();
    for (let i = 0; i < 5; i += 1) await attempt(user.username, WRONG, freshAddress(), limiter);

    expect(await attempt(user.username, factory.TEST_PASSWORD, freshAddress(), limiter)).toBe("blocked");
  });

  it("a success clears the account's count", async () => {
    const limiter = new SignInLimiter(processPool(), LIMITS);
    const user = await userWithPassword();
    const address = freshAddress();
    for (let i = 0; i < 4; i += 1) await attempt(user.username, WRONG, address, limiter);
    expect(await limiter.failuresOf(user.username)).toBe(4);

    expect(await attempt(user.username, factory.TEST_PASSWORD, address, limiter)).toBe("ok");

    expect(await limiter.failuresOf(user.username)).toBe(0);
    for (let i = 0; i < 5; i += 1)
      expect(await attempt(user.username, WRONG, address, limiter)).toBe("failed");
  });

  it("two app instances (two limiters, two pools, one database) share the count", async () => {
    const second = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 1 });
    otherPools.push(second);
    const instanceA = new SignInLimiter(processPool(), LIMITS);
    const instanceB = new SignInLimiter(second, LIMITS);
    const user = await userWithPassword();
    const address = freshAddress();

    for (let i = 0; i < 3; i += 1) await attempt(user.username, WRONG, address, instanceA);
    for (let i = 0; i < 2; i += 1) await attempt(user.username, WRONG, address, instanceB);

    expect(await attempt(user.username, factory.TEST_PASSWORD, address, instanceA)).toBe("blocked");
    expect(await attempt(user.username, factory.TEST_PASSWORD, address, instanceB)).toBe("blocked");
    expect(await instanceB.failuresOf(user.username)).toBe(7);
  });

  it("lets exactly the allowed number of a parallel burst reach the password check", async () => {
    const limiter = new SignInLimiter(processPool(), LIMITS);
    const user = await userWithPassword();
    const address = freshAddress();

    const outcomes = await Promise.all(
      Array.from({ length: 12 }, () => attempt(user.username, WRONG, address, limiter)),
    );

    expect(outcomes.filter((outcome) => outcome === "failed")).toHaveLength(5);
    expect(outcomes.filter((outcome) => outcome === "blocked")).toHaveLength(7);
  });

  it("lets parallel correct sign-ins from one address all through", async () => {
    const limiter = new SignInLimiter(processPool(), LIMITS);
    const address = freshAddress();
    const users = [await userWithPassword(), await userWithPassword(), await userWithPassword()];

    const outcomes = await Promise.all(
      users.map((user) => attempt(user.username, factory.TEST_PASSWORD, address, limiter)),
    );

    expect(outcomes).toEqual(["ok", "ok", "ok"]);
  });

  it("limits one address across accounts, and a success does not count against it", async () => {
    const limiter = new SignInLimiter(processPool(), { perAccount: 100, perAddress: 3, windowMinutes: 15 });
    const address = freshAddress();
    const [a, b, c, d] = [
      await userWithPassword(),
      await userWithPassword(),
      await userWithPassword(),
      await userWithPassword(),
    ];

    expect(await attempt(a.username, factory.TEST_PASSWORD, address, limiter)).toBe("ok");
    expect(await attempt(a.username, WRONG, address, limiter)).toBe("failed");
    expect(await attempt(b.username, WRONG, address, limiter)).toBe("failed");
    expect(await attempt(c.username, WRONG, address, limiter)).toBe("failed");
    expect(await attempt(d.username, factory.TEST_PASSWORD, address, limiter)).toBe("blocked");
    // Another address is not affected.
    expect(await attempt(d.username, factory.TEST_PASSWORD, freshAddress(), limiter)).toBe("ok");
  });

  it("audits an unknown username under the name typed, with no actor", async () => {
    const limiter = new SignInLimiter(processPool(), LIMITS);
    const username = `tidak.ada.${factory.uniqueSuffix()}`;

    expect(await attempt(username, WRONG, freshAddress(), limiter)).toBe("failed");

    const [entry] = await signInAudit(username);
    expect(entry).toMatchObject({ action: "auth.signInFailed", actorId: null, actorName: username });
    expect(JSON.stringify(entry?.after)).not.toContain(WRONG);
  });

  it("refuses a username with a NUL byte as a wrong one, not an error", async () => {
    const limiter = new SignInLimiter(processPool(), LIMITS);
    expect(await attempt("admin\u0000", WRONG, freshAddress(), limiter)).toBe("failed");
  });
});

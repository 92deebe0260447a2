import "server-only";
import { headers } from "next/headers";
import { prisma, processPool } from "@/lib/db/client";
import { recordAudit } from "@/lib/audit/record";
import type { Actor } from "./types";
import { clientAddressFrom } from "@/lib/security/client-address";
import { SignInLimiter, limitsFromEnvironment } from "@/lib/security/sign-in-limiter";
import { SignInBlockedError } from "./sign-in-blocked";
import { hashPassword, verifyPassword } from "./password";

// Compared against when the username is unknown, so a wrong username takes as long as a wrong password.
const timingDecoy = hashPassword("timing-decoy-password");

export interface AuthenticateOptions {
  /** The client's address; read from the request (lib/security/client-address.ts) when not given. */
  address?: string;
  /** The limiter to count with; the process's own by default. Tests pass two to play two app instances. */
  limiter?: SignInLimiter;
}

/**
 * Checks a username and password; on success records the sign-in. Returns null for a wrong username or password
 * (audited as `auth.signInFailed`); throws SignInBlockedError, before any password is hashed, once the account or
 * the address has too many failures (audited as `auth.signInBlocked`). The password is never written anywhere.
 */
export async function authenticate(username: string, password: string, options: AuthenticateOptions = {}) {
  const normalized = username.trim().toLowerCase();
  // Nothing a real username can hold: refused without counting (nothing was hashed, nothing to guess).
  if (!normalized || !password || normalized.length > 100 || /[\u0000-\u001f\u007f]/.test(normalized)) {
    return null;
  }
  const address = options.address ?? (await requestAddress());
  const limiter = options.limiter ?? processLimiter();
  const user = await prisma.user.findUnique({
    where: { username: normalized },
    // The session version is read with the hash it is checked against: a reset after this read raises the version
    // and so ends the session this sign-in is about to open.
    select: {
      id: true,
      displayName: true,
      passwordHash: true,
      active: true,
      unitId: true,
      sessionVersion: true,
    },
  });
  const attempt = { username: normalized, address, user };

  const admission = await limiter.begin(normalized, address);
  if (!admission.allowed) {
    const refusal = new SignInBlockedError(admission.retryAfterMs);
    await auditAttempt("auth.signInBlocked", attempt, { waitMinutes: refusal.minutes });
    throw refusal;
  }

  const valid = await verifyPassword(password, user?.passwordHash ?? (await timingDecoy));
  if (!user || !user.active || !valid) {
    await auditAttempt("auth.signInFailed", attempt);
    return null;
  }
  await limiter.succeeded(normalized, address);
  await prisma.$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { lastLoginAt: new Date() } });
    await recordAudit(tx, {
      actor: { id: user.id, name: user.displayName },
      action: "auth.signIn",
      entityType: "User",
      entityId: user.id,
      unitId: user.unitId,
    });
  });
  return user;
}

interface Attempt {
  username: string;
  address: string;
  user: { id: string; displayName: string; unitId: string } | null;
}

/**
 * A refused attempt: on the account's own record when the username exists (its unit's secretary sees it), else
 * under the name that was typed, with no actor id (the column allows none: there is no account to point at).
 */
async function auditAttempt(
  action: "auth.signInFailed" | "auth.signInBlocked",
  { username, address, user }: Attempt,
  extra: { waitMinutes?: number } = {},
) {
  await prisma.$transaction((tx) =>
    recordAudit(tx, {
      actor: user ? { id: user.id, name: user.displayName } : unknownAccount(username),
      action,
      entityType: "User",
      entityId: user?.id ?? username,
      unitId: user?.unitId ?? null,
      after: { username, address, ...extra },
    }),
  );
}

function unknownAccount(username: string): Actor {
  return { id: null as unknown as string, name: username };
}

async function requestAddress(): Promise<string> {
  try {
    return clientAddressFrom((await headers()).get("x-forwarded-for"));
  } catch {
    // Outside a request (a script): one shared key, still limited.
    return "unknown";
  }
}

// One limiter per pool: the pool is the process's (see lib/db/client.ts), replaced only when tests reconnect.
const limiters = new WeakMap<object, SignInLimiter>();

function processLimiter(): SignInLimiter {
  const pool = processPool();
  let limiter = limiters.get(pool);
  if (!limiter) limiters.set(pool, (limiter = new SignInLimiter(pool, limitsFromEnvironment())));
  return limiter;
}

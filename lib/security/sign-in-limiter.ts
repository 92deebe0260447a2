import "server-only";
import { RateLimiterPostgres, type RateLimiterRes } from "rate-limiter-flexible";
import type pg from "pg";
import { readSecurityConfig } from "./config";

/** The table created by the migration `sign_in_limit` (prisma/schema.prisma: SignInLimit). */
const TABLE = "sign_in_limit";

export interface SignInLimits {
  /** Failed attempts per account (username) within the window; the next one is refused. */
  perAccount: number;
  /** Failed attempts per client address within the window, whatever the account. */
  perAddress: number;
  windowMinutes: number;
}

export type SignInAttempt = { allowed: true } | { allowed: false; retryAfterMs: number };

/**
 * Sign-in rate limits (pembatasan percobaan masuk), by account and by client address, counted in PostgreSQL so that
 * every app instance shares them. An attempt takes its point BEFORE the password is checked: a burst of parallel
 * guesses cannot slip past the count, and a refused attempt never reaches bcrypt. A success gives its points back
 * (the account's counter is cleared); a failure keeps them.
 */
export class SignInLimiter {
  private readonly account: RateLimiterPostgres;
  private readonly address: RateLimiterPostgres;

  constructor(
    pool: pg.Pool,
    readonly limits: SignInLimits,
  ) {
    // Unnamed statements only: on the embedded database every connection shares one backend, where a statement
    // prepared by name on one connection would collide with the same name prepared again after a reconnect.
    const store = {
      query: (query: pg.QueryConfig) => pool.query({ text: query.text, values: query.values }),
    };
    const common = {
      storeClient: store,
      storeType: "pool",
      tableName: TABLE,
      // The migration creates the table; the app's database role may not create tables at all.
      tableCreated: true,
      duration: limits.windowMinutes * 60,
    };
    this.account = new RateLimiterPostgres({ ...common, keyPrefix: "account", points: limits.perAccount });
    this.address = new RateLimiterPostgres({ ...common, keyPrefix: "address", points: limits.perAddress });
  }

  /** Counts one attempt for both keys; refused if either is over its limit, with the longest wait. */
  async begin(username: string, address: string): Promise<SignInAttempt> {
    const [byAccount, byAddress] = [
      await this.account.penalty(accountKey(username), 1),
      await this.address.penalty(address, 1),
    ];
    const over = [
      [byAccount, this.limits.perAccount] as const,
      [byAddress, this.limits.perAddress] as const,
    ].filter(([result, limit]) => result.consumedPoints > limit);
    if (over.length === 0) return { allowed: true };
    return { allowed: false, retryAfterMs: Math.max(...over.map(([result]) => waitOf(result))) };
  }

  /** A correct password: the account starts afresh, and the address gets back the point this attempt took. */
  async succeeded(username: string, address: string): Promise<void> {
    await this.account.delete(accountKey(username));
    await this.address.reward(address, 1);
  }

  /** Failed attempts counted now against an account (0 when none), for tests and administrators. */
  async failuresOf(username: string): Promise<number> {
    return (await this.account.get(accountKey(username)))?.consumedPoints ?? 0;
  }
}

// Usernames are normalised by the caller; a key is at most 255 characters in the table.
function accountKey(username: string): string {
  return username.slice(0, 200);
}

function waitOf(result: RateLimiterRes): number {
  return Math.max(result.msBeforeNext, 1_000);
}

export function limitsFromEnvironment(): SignInLimits {
  const config = readSecurityConfig();
  return {
    perAccount: config.SIGN_IN_MAX_FAILURES_PER_ACCOUNT,
    perAddress: config.SIGN_IN_MAX_FAILURES_PER_ADDRESS,
    windowMinutes: config.SIGN_IN_WINDOW_MINUTES,
  };
}

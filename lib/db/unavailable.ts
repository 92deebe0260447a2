import { DATABASE_UNAVAILABLE_DIGEST } from "./unavailable-digest";

/**
 * PostgreSQL cannot be reached (stopped, restarting, unreachable): nothing was done, and trying again shortly will
 * work, as the pool reconnects by itself. Pages show it as "try again in a moment" (see app/error.tsx).
 */
export class DatabaseUnavailableError extends Error {
  readonly digest = `${DATABASE_UNAVAILABLE_DIGEST};${Math.random().toString(36).slice(2, 10)}`;
  constructor(cause: unknown) {
    super(`Database unavailable: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
    this.name = "DatabaseUnavailableError";
  }
}

// Prisma's codes for a server it cannot reach, that timed out or closed the connection.
const PRISMA_CODES = new Set(["P1001", "P1002", "P1017"]);
// The driver adapter's kinds for the same (kept in an error's meta.driverAdapterError.cause.kind).
const ADAPTER_KINDS = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout"]);
// Node socket errors, and PostgreSQL's: class 08 (connection exception), 57P01-57P03 (shut down, starting up).
const SOCKET_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EPIPE", "ENOTFOUND"]);
const SQL_STATES = /^(08...|57P0[123])$/;
// What pg says when the server goes away under an open connection; it carries no code.
const MESSAGES =
  /Connection terminated|terminating connection due to administrator command|database system is (starting up|shutting down)/i;

type ErrorLike = {
  code?: unknown;
  meta?: { driverAdapterError?: { cause?: { kind?: unknown } } };
  cause?: unknown;
};

/** Whether `error` (or an error it wraps) says the database could not be reached, rather than refused the query. */
export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== "object" || depth > 4) return false;
  if (error instanceof DatabaseUnavailableError) return true;
  const { code, meta, cause } = error as ErrorLike;
  if (typeof code === "string" && (PRISMA_CODES.has(code) || SOCKET_CODES.has(code) || SQL_STATES.test(code)))
    return true;
  const kind = meta?.driverAdapterError?.cause?.kind;
  if (typeof kind === "string" && ADAPTER_KINDS.has(kind)) return true;
  if (error instanceof Error && MESSAGES.test(error.message)) return true;
  return isDatabaseUnavailable(cause, depth + 1);
}

/** `error` itself, or a DatabaseUnavailableError in its place when it means the database could not be reached. */
export function asDatabaseUnavailable(error: unknown): unknown {
  return !(error instanceof DatabaseUnavailableError) && isDatabaseUnavailable(error)
    ? new DatabaseUnavailableError(error)
    : error;
}

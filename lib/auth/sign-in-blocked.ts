/**
 * Too many failed sign-ins: thrown from the credentials check, which next-auth hands to the sign-in form as the
 * error code `SignInBlocked:<minutes>` (its message). The form shows the wait in whole minutes, rounded up.
 */
const PREFIX = "SignInBlocked:";

export class SignInBlockedError extends Error {
  readonly minutes: number;

  constructor(retryAfterMs: number) {
    const minutes = Math.max(1, Math.ceil(retryAfterMs / 60_000));
    super(`${PREFIX}${minutes}`);
    this.name = "SignInBlockedError";
    this.minutes = minutes;
  }
}

/** The wait named by a sign-in error code, or null when the error is something else. */
export function blockedMinutesOf(error: string | null | undefined): number | null {
  if (!error?.startsWith(PREFIX)) return null;
  const minutes = Number(error.slice(PREFIX.length));
  return Number.isInteger(minutes) && minutes > 0 ? minutes : null;
}

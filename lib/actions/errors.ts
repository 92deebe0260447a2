/** A refusal that follows from the rules of the domain ("already approved"); shown to the user, never a 500. */
export class DomainError extends Error {
  constructor(
    /** Message key: plain keys live under `errors.domain`, dotted ones are full catalogue paths. */
    readonly reason: string,
    readonly params: Record<string, string | number> = {},
    /** The form field the refusal belongs to, if any. */
    readonly field?: string,
  ) {
    super(reason);
    this.name = "DomainError";
  }
}

export class NotFoundError extends Error {
  constructor(entity: string) {
    super(`${entity} not found`);
    this.name = "NotFoundError";
  }
}

/** Someone else saved the record after this user opened it (optimistic locking on `version`). */
export class StaleRecordError extends Error {
  constructor(
    /** The fields whose stored value differs from what this user started from. */
    readonly changedFields: string[] = [],
  ) {
    super("Record changed by someone else");
    this.name = "StaleRecordError";
  }
}

/**
 * The digest that marks "the database cannot be reached" on an error that crosses from the server to an error
 * page: Next keeps an error's own `digest` and hides its message in production. Safe to import in client code.
 */
export const DATABASE_UNAVAILABLE_DIGEST = "DATABASE_UNAVAILABLE";

export function isDatabaseUnavailableDigest(digest: string | undefined): boolean {
  return !!digest?.startsWith(DATABASE_UNAVAILABLE_DIGEST);
}

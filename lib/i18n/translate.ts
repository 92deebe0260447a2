/**
 * A translator over the whole catalogue: next-intl's `getTranslations()` on the server, `createTranslator` from
 * the catalogues in tests. Code that takes one instead of calling next-intl itself runs outside a request.
 */
export interface Translate {
  (key: string, values?: Record<string, string | number>): string;
  has(key: string): boolean;
}

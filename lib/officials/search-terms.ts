/**
 * What a search box for officials asks for, read once for both forms of the condition: Prisma's (searchCondition for
 * the list, pickerSearchCondition for the pickers of invitees and of officials without an account) and SQL's
 * (list-sql.ts, the export).
 */
import type { Prisma } from "@/lib/generated/prisma/client";
import { sortNameOf } from "./names";

// A name never contains digits, so input made of digits and the separators people put between NIP groups is a
// NIP, whole or partial, grouped or not: "19780512 200501", "1978-05", "2005011003".
const NIP_LIKE = /^[\d\s.\-\u2010-\u2015]+$/;
const NIP_LENGTH = 18;

/** What a search asks for: a whole NIP, a NIP fragment (digits only), or words of the name ("like" patterns). */
export type SearchTerms = { nip: string } | { nipFragment: string } | { namePatterns: string[] } | null;

/** A NIP fragment matches anywhere in the NIP; words match the name without titles, each anywhere, in any order. */
export function searchTerms(query: string | undefined): SearchTerms {
  const text = query?.trim();
  if (!text) return null;
  if (NIP_LIKE.test(text)) {
    const digits = text.replace(/\D/g, "");
    // A whole NIP is an equality on the unique index; a fragment is served by the trigram index (issue 13).
    if (digits.length === NIP_LENGTH) return { nip: digits };
    return digits ? { nipFragment: digits } : null;
  }
  // sortNameOf drops titles and lower-cases, as stored: "Dr. Suhardi" finds "suhardi soud". Each word must occur,
  // in any order, so "soud suhardi" finds him too.
  const words = sortNameOf(text).split(" ").filter(Boolean);
  return { namePatterns: words.map(escapeLike) };
}

/**
 * Whether a search is one the trigram index narrows better than walking the name index: words of the name, one of
 * them at least three characters long (a trigram). Shorter words match most names, and so do NIP fragments, which
 * begin with birth years; PostgreSQL already plans those well.
 */
export function narrowsByTrigram(query: string | undefined): boolean {
  const terms = searchTerms(query);
  if (!terms || !("namePatterns" in terms)) return false;
  return terms.namePatterns.some((pattern) => unescapeLike(pattern).length >= 3);
}

/** The list's search as a Prisma condition: no condition when the search is blank, so the list shows everyone. */
export function searchCondition(query: string | undefined): Prisma.OfficialWhereInput {
  const terms = searchTerms(query);
  return terms ? conditionOf(terms) : {};
}

/**
 * A picker's search (invitees, officials without an account) as a Prisma condition, or null when it leaves nothing
 * to search by ("-", "."): the picker then finds no one rather than the first twenty.
 */
export function pickerSearchCondition(query: string): Prisma.OfficialWhereInput | null {
  const terms = searchTerms(query);
  return terms ? conditionOf(terms) : null;
}

function conditionOf(terms: NonNullable<SearchTerms>): Prisma.OfficialWhereInput {
  if ("nip" in terms) return { nip: terms.nip };
  if ("nipFragment" in terms) return { nip: { contains: terms.nipFragment } };
  return { AND: terms.namePatterns.map((pattern) => ({ sortName: { contains: pattern } })) };
}

function unescapeLike(pattern: string): string {
  return pattern.replace(/\\(.)/g, "$1");
}

/** Prisma passes `contains` to LIKE as is: "%" would match every name. Backslash is PostgreSQL's LIKE escape. */
function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (character) => `\\${character}`);
}

/** Sumpah atau janji jabatan: how the appointee takes the oath follows their religion (agama). */
import type { OathKind, Religion } from "@/lib/generated/prisma/enums";

/**
 * Protestants and Catholics promise (janji); the others swear by God (sumpah). A religion not recorded gives no
 * answer: the berita acara must not guess, so a ceremony is completed only once every present appointee's is known.
 */
export function oathFor(religion: Religion): OathKind;
export function oathFor(religion: Religion | null): OathKind | null;
export function oathFor(religion: Religion | null): OathKind | null {
  if (!religion) return null;
  return religion === "PROTESTANT" || religion === "CATHOLIC" ? "JANJI" : "SUMPAH";
}

/** Sumpah atau janji jabatan: how the appointee takes the oath follows their religion (agama). */
import type { OathKind, Religion } from "@/lib/generated/prisma/enums";

/** Protestants and Catholics promise (janji); the others swear by God (sumpah). Unknown: sumpah, as the form reads. */
export function oathFor(religion: Religion | null): OathKind {
  return religion === "PROTESTANT" || religion === "CATHOLIC" ? "JANJI" : "SUMPAH";
}

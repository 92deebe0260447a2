/**
 * Ranks: the pangkat/golongan ruang of a PNS (I/a … IV/e) and the grade (golongan) of a PPPK (I … XVII).
 * The enum names (`III_A`, `PPPK_IX`) are storage keys; people read and type the labels ("III/a", "PPPK IX").
 */
import { EmploymentType, Rank } from "@/lib/generated/prisma/enums";

export type PnsRank = Exclude<Rank, `PPPK_${string}`>;
export type PppkRank = Extract<Rank, `PPPK_${string}`>;

/** Pangkat: the name that goes with each PNS golongan ruang. */
export const PANGKAT_NAMES: Readonly<Record<PnsRank, string>> = {
  I_A: "Juru Muda",
  I_B: "Juru Muda Tingkat I",
  I_C: "Juru",
  I_D: "Juru Tingkat I",
  II_A: "Pengatur Muda",
  II_B: "Pengatur Muda Tingkat I",
  II_C: "Pengatur",
  II_D: "Pengatur Tingkat I",
  III_A: "Penata Muda",
  III_B: "Penata Muda Tingkat I",
  III_C: "Penata",
  III_D: "Penata Tingkat I",
  IV_A: "Pembina",
  IV_B: "Pembina Tingkat I",
  IV_C: "Pembina Utama Muda",
  IV_D: "Pembina Utama Madya",
  IV_E: "Pembina Utama",
};

const ALL_RANKS = Object.values(Rank);

export function isPppkRank(rank: Rank): rank is PppkRank {
  return rank.startsWith("PPPK_");
}

/** PNS ranks, lowest first. */
export const PNS_RANKS: readonly PnsRank[] = ALL_RANKS.filter((rank): rank is PnsRank => !isPppkRank(rank));
/** PPPK grades, lowest first. */
export const PPPK_RANKS: readonly PppkRank[] = ALL_RANKS.filter(isPppkRank);

/** Which ranks each employment type may hold: non-ASN support staff hold none. */
export const RANKS_BY_EMPLOYMENT: Readonly<Record<EmploymentType, readonly Rank[]>> = {
  [EmploymentType.PNS]: PNS_RANKS,
  [EmploymentType.PPPK]: PPPK_RANKS,
  [EmploymentType.NON_ASN]: [],
};

/** Whether `rank` goes with `employmentType`; null (no rank recorded) fits every type. */
export function rankFitsEmployment(rank: Rank | null, employmentType: EmploymentType): boolean {
  return rank === null || RANKS_BY_EMPLOYMENT[employmentType].includes(rank);
}

/** "III/a", "IV/e", "PPPK IX". */
export function rankLabel(rank: Rank): string {
  if (isPppkRank(rank)) return `PPPK ${rank.slice("PPPK_".length)}`;
  const [group, room = ""] = rank.split("_");
  return `${group}/${room.toLowerCase()}`;
}

/** "Penata (III/c)" for a PNS, the label alone for a PPPK grade. */
export function rankWithPangkat(rank: Rank): string {
  return isPppkRank(rank) ? rankLabel(rank) : `${PANGKAT_NAMES[rank]} (${rankLabel(rank)})`;
}

/** Labels by rank, in enum order: for select options and spreadsheet export. */
export const RANK_LABELS: Readonly<Record<Rank, string>> = Object.fromEntries(
  ALL_RANKS.map((rank) => [rank, rankLabel(rank)]),
) as Record<Rank, string>;

const ROMAN_GRADES = [
  "I",
  "II",
  "III",
  "IV",
  "V",
  "VI",
  "VII",
  "VIII",
  "IX",
  "X",
  "XI",
  "XII",
  "XIII",
  "XIV",
  "XV",
  "XVI",
  "XVII",
];

/**
 * The rank a typed label names, or null. Tolerant of case, spaces and separators, as spreadsheets write them:
 * "III/a", "iii / A", "III-a", "IIIa", "III_A"; "PPPK IX", "pppk-ix", "PPPK 9".
 */
export function parseRankLabel(label: string): Rank | null {
  const compact = label.toUpperCase().replace(/\s+/g, "");
  const pppk = /^PPPK[-_/.]?([IVX]+|\d{1,2})$/.exec(compact);
  if (pppk?.[1]) {
    const grade = /^\d+$/.test(pppk[1]) ? ROMAN_GRADES[Number(pppk[1]) - 1] : pppk[1];
    return grade ? asRank(`PPPK_${grade}`) : null;
  }
  const pns = /^(IV|III|II|I)[-_/.]?([A-E])$/.exec(compact);
  return pns ? asRank(`${pns[1]}_${pns[2]}`) : null;
}

function asRank(key: string): Rank | null {
  return (ALL_RANKS as readonly string[]).includes(key) ? (key as Rank) : null;
}

/**
 * The parts of a person a staff list writes in its own ways: the name over title columns (GELAR DEPAN + NAMA +
 * GELAR BELAKANG) or above the birth line in one cell, schooling ("S-1 Ilmu Hukum", "D-III Akuntansi", "SLTA"),
 * religion, the masa kerja ("12 thn 4 bln"). And what a name never holds: a line break, a date, a NIP. Pure.
 */
import { EducationLevel, Religion } from "@/lib/generated/prisma/enums";
import { holdsDate } from "./cell-dates";

/** "Drs. H." + "Ahmad Yani" + "M.Si." → "Drs. H. Ahmad Yani, M.Si.", as the form stores names with titles. */
export function composeName(before: string, name: string, after: string): string {
  const degrees = after.replace(/^[\s,]+/, "");
  return [before, name].filter(Boolean).join(" ") + (degrees ? `, ${degrees}` : "");
}

/** The DUK's "name⏎place, date": the first line and the rest. */
export function splitNameCell(text: string): { name: string; rest: string } {
  const [first = "", ...rest] = text.split(/\r?\n/);
  return { name: first.trim(), rest: rest.join(" ").trim() };
}

/** Why a name cannot be stored as one, or null: a second line, a date, or a NIP's run of digits inside it. */
export function suspiciousName(name: string): "lineBreak" | "date" | "nip" | null {
  if (/[\r\n]/.test(name)) return "lineBreak";
  if (/\d{8,}|\d{8}\s\d{6}\s\d\s\d{3}/.test(name)) return "nip";
  if (holdsDate(name)) return "date";
  return null;
}

const LEVELS: readonly [RegExp, EducationLevel | ((n: string) => EducationLevel | undefined)][] = [
  [/^(?:S|STRATA)[\s.-]*(1|2|3|III|II|I)(?![\p{L}\d])/iu, (n) => STRATA[n.toUpperCase()]],
  [/^(?:D|DIPLOMA)[\s.-]*(1|2|3|4|IV|III|II|I)(?![\p{L}\d])/iu, (n) => DIPLOMA[n.toUpperCase()]],
  [/^(?:SMA|SMK|SMU|SLTA|STM|SMEA|MA|ALIYAH|PAKET C)(?![\p{L}\d])/iu, EducationLevel.SMA],
  [/^(?:SMP|SLTP|MTS|PAKET B)(?![\p{L}\d])/iu, EducationLevel.SMP],
  [/^(?:SD|MI|PAKET A)(?![\p{L}\d])/iu, EducationLevel.SD],
  [/^(?:SARJANA)(?![\p{L}\d])/iu, EducationLevel.S1],
  [/^(?:MAGISTER)(?![\p{L}\d])/iu, EducationLevel.S2],
  [/^(?:DOKTOR)(?![\p{L}\d])/iu, EducationLevel.S3],
];
const STRATA: Record<string, EducationLevel> = {
  "1": "S1",
  I: "S1",
  "2": "S2",
  II: "S2",
  "3": "S3",
  III: "S3",
};
const DIPLOMA: Record<string, EducationLevel> = {
  "1": "D1",
  I: "D1",
  "2": "D2",
  II: "D2",
  "3": "D3",
  III: "D3",
  "4": "D4",
  IV: "D4",
};

/** "S-1 Ilmu Hukum" → S1 and "Ilmu Hukum"; "S-1/SARJANA ILMU HUKUM" (SIASN) likewise; null when no level leads. */
export function readEducationText(text: string): { level: EducationLevel; major?: string } | null {
  const trimmed = text.replace(/\s+/g, " ").trim();
  for (const [pattern, level] of LEVELS) {
    const match = pattern.exec(trimmed);
    if (!match) continue;
    const found = typeof level === "function" ? level(match[1] ?? "") : level;
    if (!found) return null;
    const major = trimmed
      .slice(match[0].length)
      .replace(/^[\s/,.:-]+/, "")
      .replace(/^(?:sarjana|magister|doktor|diploma\s*[IVX\d]*)(?![\p{L}])\s*/iu, "")
      .replace(/^[\s/,.:-]+/, "")
      .trim();
    return major ? { level: found, major } : { level: found };
  }
  return null;
}

const RELIGIONS: readonly [RegExp, Religion][] = [
  [/^islam$/i, Religion.ISLAM],
  [/^(?:kristen(?:\s*protestan)?|protestan)$/i, Religion.PROTESTANT],
  [/^(?:katolik|katholik|kristen\s*katolik)$/i, Religion.CATHOLIC],
  [/^hindu$/i, Religion.HINDU],
  [/^(?:buddha|budha|budhha)$/i, Religion.BUDDHIST],
  [/^(?:khonghucu|konghucu|kong\s*hu\s*cu)$/i, Religion.CONFUCIAN],
];

export function readReligionText(text: string): Religion | null {
  const trimmed = text.replace(/\s+/g, " ").trim();
  return RELIGIONS.find(([pattern]) => pattern.test(trimmed))?.[1] ?? null;
}

/** "12 tahun 4 bulan", "12 thn 4 bln", "12 Th 04 Bl", "12/4", "12-04", "12": years and months, or null. */
export function readServiceText(text: string): { years: number; months: number } | null {
  const trimmed = text.trim().toLowerCase();
  const words = /^(\d{1,2})\s*(?:tahun|thn|th|t)\.?\s*(?:(\d{1,2})\s*(?:bulan|bln|bl|b)\.?)?$/.exec(trimmed);
  const pair = /^(\d{1,2})\s*[/-]\s*(\d{1,2})$/.exec(trimmed);
  const years = /^(\d{1,2})$/.exec(trimmed);
  const found = words ?? pair;
  if (found) return { years: Number(found[1]), months: Number(found[2] ?? 0) };
  return years ? { years: Number(years[1]), months: 0 } : null;
}

/**
 * Batas usia pensiun (BUP): the age at which an ASN retires, by the level of the post they hold (UU 20/2023 on ASN
 * and PP 11/2017 on PNS management, art. 239, as amended by PP 17/2020): 58 for Jabatan Administrasi
 * (Administrator, Pengawas, Pelaksana) and for the lower functional grades, 60 for Jabatan Pimpinan Tinggi and
 * for functional posts of the Ahli Madya grade, 65 for Ahli Utama. PPPK end at the same age of their post. Pure.
 * The functional grade is read from the post's title ("Analis SDM Aparatur Ahli Madya"): it is not a column.
 */
import type { EmploymentType, PositionLevel } from "@/lib/generated/prisma/enums";

export const ADMINISTRATIVE_RETIREMENT_AGE = 58;

export function retirementAge(post: { level: PositionLevel; title: string } | null): number {
  if (!post) return ADMINISTRATIVE_RETIREMENT_AGE;
  if (post.level === "HIGH_LEADERSHIP") return 60;
  if (post.level === "FUNCTIONAL") {
    if (/\bahli\s+utama\b/i.test(post.title)) return 65;
    if (/\bahli\s+madya\b/i.test(post.title)) return 60;
  }
  return ADMINISTRATIVE_RETIREMENT_AGE;
}

/** TMT pensiun of a regular retirement: the first day of the month after the one in which the age is reached. */
export function regularRetirementDate(birthDate: Date, age: number): Date {
  return new Date(Date.UTC(birthDate.getUTCFullYear() + age, birthDate.getUTCMonth() + 1, 1));
}

export interface EarlyRetirement {
  age: number;
  regularDate: Date;
}

/**
 * Whether a retirement on `effectiveDate` comes before the official's BUP: only ASN with a recorded birth date
 * can be told; support staff have no BUP. Returns the age and the regular date for the sentence that asks.
 */
export function earlyRetirement(
  official: { employmentType: EmploymentType; birthDate: Date | null },
  post: { level: PositionLevel; title: string } | null,
  effectiveDate: Date,
): EarlyRetirement | null {
  if (official.employmentType === "NON_ASN" || !official.birthDate) return null;
  const age = retirementAge(post);
  const regularDate = regularRetirementDate(official.birthDate, age);
  return effectiveDate < regularDate ? { age, regularDate } : null;
}

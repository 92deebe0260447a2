/**
 * NI PPPK (Nomor Induk PPPK): the 18-digit number of a PPPK (Pegawai Pemerintah dengan Perjanjian Kerja). It has
 * the NIP's length and grouping (8-6-1-3) but its own layout:
 *   digits  1-8   birth date, YYYYMMDD
 *   digits  9-12  year of appointment (the first contract)
 *   digit   13    "2": marks a PPPK (in a NIP these are a month, so 0 or 1)
 *   digit   14    the number of contracts (perjanjian kerja ke-), 1-9
 *   digit   15    gender: 1 male, 2 female
 *   digits 16-18  sequence (from 001)
 * A number whose digit 13 is not "2" is a PNS's NIP typed as a PPPK's, the commonest slip. Pure, like nip.ts.
 */
import { normalizeNip, readBirthDate, type NipGender } from "./nip";

/** Why an NI PPPK was refused; codes only, the UI translates them. */
export const PPPK_NUMBER_ERRORS = [
  /** Not 18 digits, neither in one run nor in 8-6-1-3 groups. */
  "format",
  /** Eighteen zeros: a placeholder, not a number. */
  "zeros",
  "birthDate",
  "birthDateInFuture",
  /** Digit 13 is not "2": the shape of a PNS's NIP (digits 13-14 a month). */
  "pnsShaped",
  /** Digit 14 is 0: there is always a first contract. */
  "contract",
  /** The year of appointment lies before the 18th birthday. */
  "appointmentBeforeAdulthood",
  "appointmentInFuture",
  /** Digit 15 is neither 1 (male) nor 2 (female). */
  "gender",
  /** Digits 16-18 are 000. */
  "sequence",
] as const;

export type PppkNumberError = (typeof PPPK_NUMBER_ERRORS)[number];

export interface PppkNumberParts {
  /** UTC midnight of the birth date. */
  birthDate: Date;
  /** Tahun pengangkatan: the year of the first contract. */
  appointmentYear: number;
  /** Perjanjian kerja ke-: 1 for the first contract, 2 after one renewal. */
  contract: number;
  gender: NipGender;
  /** 1-999. */
  sequence: number;
}

export type ParsedPppkNumber =
  ({ ok: true; number: string } & PppkNumberParts) | { ok: false; error: PppkNumberError };

const ADULT_AGE = 18;

/** Validates an NI PPPK and returns what it encodes; `today` bounds the birth date and the year of appointment. */
export function parsePppkNumber(input: string, today: Date = new Date()): ParsedPppkNumber {
  const number = normalizeNip(input);
  if (!number) return fail("format");
  if (/^0+$/.test(number)) return fail("zeros");

  const birthDate = readBirthDate(number, today);
  if (typeof birthDate === "string") return fail(birthDate);
  if (number.charAt(12) !== "2") return fail("pnsShaped");
  const contract = Number(number.charAt(13));
  if (contract === 0) return fail("contract");

  const appointmentYear = Number(number.slice(8, 12));
  if (appointmentYear < birthDate.getUTCFullYear() + ADULT_AGE) return fail("appointmentBeforeAdulthood");
  if (appointmentYear > today.getUTCFullYear()) return fail("appointmentInFuture");

  const genderDigit = number.charAt(14);
  if (genderDigit !== "1" && genderDigit !== "2") return fail("gender");
  const sequence = Number(number.slice(15, 18));
  if (sequence === 0) return fail("sequence");

  return {
    ok: true,
    number,
    birthDate,
    appointmentYear,
    contract,
    gender: genderDigit === "1" ? "MALE" : "FEMALE",
    sequence,
  };
}

/** The NI PPPK that encodes `parts` (the inverse of parsePppkNumber; the seed and tests build numbers with it). */
export function composePppkNumber(parts: PppkNumberParts): string {
  const { birthDate, appointmentYear, contract, gender, sequence } = parts;
  return [
    String(birthDate.getUTCFullYear()).padStart(4, "0"),
    String(birthDate.getUTCMonth() + 1).padStart(2, "0"),
    String(birthDate.getUTCDate()).padStart(2, "0"),
    String(appointmentYear).padStart(4, "0"),
    "2",
    String(contract),
    gender === "MALE" ? "1" : "2",
    String(sequence).padStart(3, "0"),
  ].join("");
}

function fail(error: PppkNumberError): ParsedPppkNumber {
  return { ok: false, error };
}

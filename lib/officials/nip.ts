/**
 * NIP (Nomor Induk Pegawai): the 18-digit number of a PNS, which encodes
 *   digits  1-8   birth date, YYYYMMDD
 *   digits  9-14  start of civil service (TMT CPNS), YYYYMM
 *   digit   15    gender: 1 male, 2 female
 *   digits 16-18  sequence among those sharing the first 15 digits (from 001)
 * On paper and in spreadsheets it is grouped 8-6-1-3 ("19780512 200501 1 003"): we accept both forms,
 * store the digits and show the groups. Pure (no I/O), so forms, imports and the seed share it.
 */

/** Why a NIP was refused; codes only, the UI translates them. */
export const NIP_ERRORS = [
  /** Not 18 digits, neither in one run nor in 8-6-1-3 groups. */
  "format",
  /** Digits 1-8 are not a real calendar date (or lie before 1900). */
  "birthDate",
  "birthDateInFuture",
  /** Digits 13-14 are not a month 01-12. */
  "serviceStartMonth",
  /** TMT CPNS lies before the month of the 18th birthday. */
  "serviceStartBeforeAdulthood",
  "serviceStartInFuture",
  /** Digit 15 is neither 1 (male) nor 2 (female). */
  "gender",
  /** Digits 16-18 are 000. */
  "sequence",
] as const;

export type NipError = (typeof NIP_ERRORS)[number];

export type NipGender = "MALE" | "FEMALE";

export interface NipParts {
  /** UTC midnight of the birth date. */
  birthDate: Date;
  /** TMT CPNS, month granularity. */
  serviceStart: { year: number; month: number };
  gender: NipGender;
  /** 1-999. */
  sequence: number;
}

export type ParsedNip = ({ ok: true; nip: string } & NipParts) | { ok: false; error: NipError };

const MIN_BIRTH_YEAR = 1900;
const ADULT_AGE = 18;

// Separators people type or paste between the groups: spaces (also non-breaking), dots, hyphens and dashes.
const DIGITS_18 = /^\d{18}$/;
const GROUPED = /^(\d{8})[\s.\-\u2010-\u2015]*(\d{6})[\s.\-\u2010-\u2015]*(\d)[\s.\-\u2010-\u2015]*(\d{3})$/;

/**
 * The 18 digits of a NIP typed as one run or in 8-6-1-3 groups, or null if the input has another shape.
 * Separators are accepted only between the groups, so a mistyped number is not silently "repaired".
 */
export function normalizeNip(input: string): string | null {
  // A stored NIP is already its 18 digits: the export reads 50,000 of them (issue 13).
  if (DIGITS_18.test(input)) return input;
  const match = GROUPED.exec(input.trim());
  return match ? match.slice(1, 5).join("") : null;
}

/** The paper form "19780512 200501 1 003"; input that is not NIP-shaped comes back unchanged. */
export function formatNip(input: string): string {
  const digits = normalizeNip(input);
  if (!digits) return input;
  return `${digits.slice(0, 8)} ${digits.slice(8, 14)} ${digits.slice(14, 15)} ${digits.slice(15)}`;
}

/**
 * Validates a NIP and returns what it encodes. `today` bounds the birth date and the start of service;
 * comparisons use its UTC calendar date (month granularity for the start of service).
 */
export function parseNip(input: string, today: Date = new Date()): ParsedNip {
  const nip = normalizeNip(input);
  if (!nip) return fail("format");

  const birthDate = readBirthDate(nip, today);
  if (typeof birthDate === "string") return fail(birthDate);
  const birthYear = birthDate.getUTCFullYear();
  const birthMonth = birthDate.getUTCMonth() + 1;

  const serviceStart = { year: digitsAt(nip, 8, 12), month: digitsAt(nip, 12, 14) };
  if (serviceStart.month < 1 || serviceStart.month > 12) return fail("serviceStartMonth");
  // TMT CPNS is a month, so the whole month of the 18th birthday counts as adult.
  const serviceMonthIndex = monthIndex(serviceStart.year, serviceStart.month);
  if (serviceMonthIndex < monthIndex(birthYear + ADULT_AGE, birthMonth))
    return fail("serviceStartBeforeAdulthood");
  if (serviceMonthIndex > monthIndex(today.getUTCFullYear(), today.getUTCMonth() + 1)) {
    return fail("serviceStartInFuture");
  }

  const genderDigit = nip.charAt(14);
  if (genderDigit !== "1" && genderDigit !== "2") return fail("gender");
  const sequence = digitsAt(nip, 15, 18);
  if (sequence === 0) return fail("sequence");

  return {
    ok: true,
    nip,
    birthDate,
    serviceStart,
    gender: genderDigit === "1" ? "MALE" : "FEMALE",
    sequence,
  };
}

/** The NIP that encodes `parts` (the inverse of parseNip; the seed and tests build NIPs with it). */
export function composeNip(parts: NipParts): string {
  const { birthDate, serviceStart, gender, sequence } = parts;
  return [
    pad(birthDate.getUTCFullYear(), 4),
    pad(birthDate.getUTCMonth() + 1, 2),
    pad(birthDate.getUTCDate(), 2),
    pad(serviceStart.year, 4),
    pad(serviceStart.month, 2),
    gender === "MALE" ? "1" : "2",
    pad(sequence, 3),
  ].join("");
}

/**
 * Digits 1-8 of an 18-digit number (a NIP or an NI PPPK) as the birth date they encode: UTC midnight, or why
 * they are not one (not a calendar date or before 1900, or after `today`).
 */
export function readBirthDate(digits: string, today: Date): Date | "birthDate" | "birthDateInFuture" {
  const year = digitsAt(digits, 0, 4);
  const birthDate = calendarDate(year, digitsAt(digits, 4, 6), digitsAt(digits, 6, 8));
  if (!birthDate || year < MIN_BIRTH_YEAR) return "birthDate";
  const todayUtc = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate());
  return birthDate.getTime() > todayUtc ? "birthDateInFuture" : birthDate;
}

function fail(error: NipError): ParsedNip {
  return { ok: false, error };
}

function digitsAt(nip: string, start: number, end: number): number {
  return Number(nip.slice(start, end));
}

function monthIndex(year: number, month: number): number {
  return year * 12 + (month - 1);
}

/** UTC midnight of year-month-day, or null when that day does not exist (31 April, 29 February 1999). */
function calendarDate(year: number, month: number, day: number): Date | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  const exists =
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return exists ? date : null;
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, "0");
}

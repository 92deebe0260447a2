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
  const fields = readNip(nip, today);
  if (typeof fields === "string") return fail(fields);
  const { birth, serviceStart, gender, sequence } = fields;
  return { ok: true, nip, birthDate: utcMidnight(birth), serviceStart, gender, sequence };
}

/** The TMT CPNS of a valid NIP, or null when the input is not one: parseNip without making a Date. */
export function nipServiceStart(input: string, today: Date): NipParts["serviceStart"] | null {
  const nip = normalizeNip(input);
  const fields = nip ? readNip(nip, today) : null;
  return fields && typeof fields !== "string" ? fields.serviceStart : null;
}

/** A day of the calendar as numbers, month 1-12. */
interface Day {
  year: number;
  month: number;
  day: number;
}

/** What the 18 digits encode, or why they are not a NIP. */
function readNip(nip: string, today: Date): (Omit<NipParts, "birthDate"> & { birth: Day }) | NipError {
  const birth = readBirthDay(nip, today);
  if (typeof birth === "string") return birth;

  const serviceStart = { year: digitsAt(nip, 8, 12), month: digitsAt(nip, 12, 14) };
  if (serviceStart.month < 1 || serviceStart.month > 12) return "serviceStartMonth";
  // TMT CPNS is a month, so the whole month of the 18th birthday counts as adult.
  const serviceMonthIndex = monthIndex(serviceStart.year, serviceStart.month);
  if (serviceMonthIndex < monthIndex(birth.year + ADULT_AGE, birth.month))
    return "serviceStartBeforeAdulthood";
  if (serviceMonthIndex > monthIndex(today.getUTCFullYear(), today.getUTCMonth() + 1)) {
    return "serviceStartInFuture";
  }

  const genderDigit = nip.charAt(14);
  if (genderDigit !== "1" && genderDigit !== "2") return "gender";
  const sequence = digitsAt(nip, 15, 18);
  if (sequence === 0) return "sequence";
  return { birth, serviceStart, gender: genderDigit === "1" ? "MALE" : "FEMALE", sequence };
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
  const birth = readBirthDay(digits, today);
  return typeof birth === "string" ? birth : utcMidnight(birth);
}

function readBirthDay(digits: string, today: Date): Day | "birthDate" | "birthDateInFuture" {
  const birth = { year: digitsAt(digits, 0, 4), month: digitsAt(digits, 4, 6), day: digitsAt(digits, 6, 8) };
  if (!isCalendarDay(birth) || birth.year < MIN_BIRTH_YEAR) return "birthDate";
  const todayUtc = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate());
  return Date.UTC(birth.year, birth.month - 1, birth.day) > todayUtc ? "birthDateInFuture" : birth;
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

/** Whether that day exists (not 31 April, not 29 February 1999). */
function isCalendarDay({ year, month, day }: Day): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

function utcMidnight({ year, month, day }: Day): Date {
  return new Date(Date.UTC(year, month - 1, day));
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, "0");
}

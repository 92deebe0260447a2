/**
 * The building blocks of every zod schema that reads user input (forms, imports, query strings): text that is
 * trimmed, capped and free of control characters, calendar dates parsed strictly within a plausible range, whole
 * numbers written as decimal digits, and record references. Messages are catalogue keys under `validation`.
 */
import { z } from "zod";

// C0 and C1 control characters and DEL; tab, line feed and carriage return are allowed only in multi-line text.
// PostgreSQL refuses a NUL byte outright, and the others corrupt exports and printed documents.
const CONTROL_SINGLE_LINE = /[\u0000-\u001F\u007F-\u009F]/;
const CONTROL_MULTI_LINE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;

interface TextOptions {
  /** Longest accepted length, after trimming. */
  max: number;
  /** Shortest accepted length, after trimming (1: required). */
  min?: number;
  /** Allows line breaks and tabs (descriptions, notes). */
  multiline?: boolean;
}

function cleanString({ max, min = 1, multiline = false }: TextOptions) {
  const control = multiline ? CONTROL_MULTI_LINE : CONTROL_SINGLE_LINE;
  return z
    .string()
    .transform((value) => (multiline ? value.replace(/\r\n?/g, "\n") : value).trim())
    .pipe(
      z
        .string()
        .min(min)
        .max(max)
        .refine((value) => !control.test(value), "controlCharacters"),
    );
}

/** A required text field. */
export function text(options: TextOptions) {
  return cleanString(options);
}

/** An optional text field: absent, empty and blank all read as `undefined`. */
export function optionalText(options: Omit<TextOptions, "min">) {
  return z.preprocess(
    (value) => (typeof value === "string" && value.trim() === "" ? undefined : value),
    cleanString({ ...options, min: 1 }).optional(),
  );
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A calendar date as UTC midnight, or null when `year-month-day` is not a real date. Years are taken as written. */
export function utcDate(year: number, month: number, day: number): Date | null {
  const date = new Date(Date.UTC(2000, month - 1, day));
  // Date.UTC maps years 0-99 to 1900-1999; setting the year afterwards keeps "0085" as the year 85.
  date.setUTCFullYear(year);
  const real =
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return real ? date : null;
}

/** "2026-11-30" as UTC midnight; anything else (other shapes, impossible dates) is null. */
export function parseIsoDate(value: string): Date | null {
  const match = ISO_DATE.exec(value.trim());
  if (!match) return null;
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  return utcDate(year, month, day);
}

const twoDigits = (value: number) => (value < 10 ? `0${value}` : `${value}`);

/**
 * YYYY-MM-DD of a UTC-midnight date, read from its UTC fields: `toISOString()` costs about seven times as much, and
 * an export of 50,000 officials formats five dates a row.
 */
export function isoDate(date: Date): string {
  const year = date.getUTCFullYear();
  if (Number.isNaN(year)) throw new RangeError("Invalid time value"); // as toISOString fails on an invalid date
  return `${String(year).padStart(4, "0")}-${twoDigits(date.getUTCMonth() + 1)}-${twoDigits(date.getUTCDate())}`;
}

export interface DateRange {
  /** Earliest plausible date, "YYYY-MM-DD" or a function of today (e.g. no birth date before 1900). */
  min?: string | (() => Date);
  /** Latest plausible date. */
  max?: string | (() => Date);
}

const EARLIEST = "1900-01-01";
const LATEST = "2100-12-31";

function bound(value: string | (() => Date)): Date {
  return typeof value === "string" ? (parseIsoDate(value) as Date) : value();
}

/**
 * A calendar date from a date input ("1978-05-12", four-digit year) or a spreadsheet cell (a Date), as UTC
 * midnight, refused outside `range` (by default 1900-2100: "0085-03-04" is a typo, not the year 85).
 */
export function dateOnly(range: DateRange = {}) {
  return z
    .union([z.date(), z.string()], {
      error: (issue) => (issue.input === undefined ? "required" : "date"),
    })
    .transform((value, context) => {
      const date =
        value instanceof Date
          ? Number.isNaN(value.getTime())
            ? null
            : utcDate(value.getUTCFullYear(), value.getUTCMonth() + 1, value.getUTCDate())
          : parseIsoDate(value);
      if (!date) {
        context.addIssue({ code: "custom", message: "date" });
        return z.NEVER;
      }
      const min = bound(range.min ?? EARLIEST);
      const max = bound(range.max ?? LATEST);
      if (date < min || date > max) {
        context.addIssue({
          code: "custom",
          message: "dateRange",
          params: { min: isoDate(min), max: isoDate(max) },
        });
        return z.NEVER;
      }
      return date;
    });
}

/** An optional date: absent or blank reads as `undefined`. */
export function optionalDate(range: DateRange = {}) {
  return z.preprocess(
    (value) => (typeof value === "string" && value.trim() === "" ? undefined : value),
    dateOnly(range).optional(),
  );
}

const DECIMAL = /^[+-]?\d{1,15}$/;

/**
 * A whole number from a form ("12") or a number: decimal digits only, so "0x10", "1e3", "12.0" and " " are refused
 * rather than read as 16, 1000 or 12.
 */
export function integer({ min, max, minMessage }: { min: number; max: number; minMessage?: string }) {
  return z
    .union([z.number(), z.string()], {
      error: (issue) => (issue.input === undefined ? "required" : "wholeNumber"),
    })
    .transform((value, context) => {
      const text = typeof value === "string" ? value.trim() : null;
      if (text === "") {
        context.addIssue({ code: "custom", message: "required" });
        return z.NEVER;
      }
      const number = text === null ? value : DECIMAL.test(text) ? Number(text) : Number.NaN;
      if (typeof number !== "number" || !Number.isSafeInteger(number)) {
        context.addIssue({ code: "custom", message: "wholeNumber" });
        return z.NEVER;
      }
      return number;
    })
    .pipe(z.number().min(min, minMessage).max(max));
}

/** A time of day from a time input, "09:00" (24-hour, the zone is the caller's to apply). */
export const clockTime = z
  .string({ error: (issue) => (issue.input === undefined ? "required" : "time") })
  .trim()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, "time");

/** A record's id as a form carries it (cuid), or a region code: short, no spaces or controls. */
export const recordId = z
  .string({ error: (issue) => (issue.input === undefined ? "required" : "invalid") })
  .trim()
  .min(1, "required")
  .max(64)
  .regex(/^[A-Za-z0-9_-]*$/, "invalid");

/** An optional record id: absent or blank reads as `undefined`. */
export const optionalRecordId = z.preprocess(
  (value) => (typeof value === "string" && value.trim() === "" ? undefined : value),
  recordId.optional(),
);

/**
 * A list a form sends under one name (checkboxes, a multiple select): none arrives as nothing, one as a string,
 * several as an array; all three are read by `list`, which carries the item schema and any bounds.
 */
export function formList<T extends z.ZodType>(list: z.ZodArray<T>) {
  return z.preprocess((value) => (value === undefined ? [] : [value].flat()), list);
}

/** The version a form was loaded at (optimistic locking). */
export const recordVersion = integer({ min: 1, max: 2_147_483_647 });

/**
 * Masa kerja golongan (length of service in the rank's reckoning), in years and months, on a given day. Pure.
 * Recorded as the decree states it ("12 tahun 4 bulan" as of a date) and counted on from there; when nothing is
 * recorded, a PNS's is derived from the TMT CPNS their NIP encodes (digits 9-14), which is the whole service and
 * is marked as derived, because a decree may count it differently.
 */
import type { EmploymentType } from "@/lib/generated/prisma/enums";
import { nipServiceStart } from "./nip";

export interface ServiceLength {
  years: number;
  months: number;
  /** Counted from the NIP's TMT CPNS, not from a recorded figure. */
  derived: boolean;
}

/**
 * A calendar date as its ISO text, "2026-11-30", as the export reads and writes it. Next wraps the server's Date
 * constructor (node-environment-extensions/date), so the five to seven Dates a row the export made, each only
 * written back as text, cost about a third of a national CSV's time (issue 13). Its order is the dates' order.
 */
export type DateText = string;

/** A calendar date as Prisma reads a `date` column (a Date at UTC midnight) or as the export does. */
export type CalendarDate = Date | DateText;

export interface ServiceRecord {
  serviceYears: number | null;
  serviceMonths: number | null;
  serviceAsOf: CalendarDate | null;
  nip: string | null;
  employmentType: EmploymentType;
}

/** Whole months from `from` to `to`; 0 when `to` is not later. */
export function wholeMonthsBetween(from: CalendarDate, to: CalendarDate): number {
  const months = monthIndex(to) - monthIndex(from) - (dayOf(to) < dayOf(from) ? 1 : 0);
  return Math.max(0, months);
}

const monthIndex = (date: CalendarDate) =>
  typeof date === "string"
    ? Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1
    : date.getUTCFullYear() * 12 + date.getUTCMonth();
const dayOf = (date: CalendarDate) =>
  typeof date === "string" ? Number(date.slice(8, 10)) : date.getUTCDate();

function fromMonths(total: number, derived: boolean): ServiceLength {
  return { years: Math.floor(total / 12), months: total % 12, derived };
}

/** The masa kerja on `day`, or null when neither a recorded figure nor a PNS NIP gives one. */
export function serviceLengthOn(record: ServiceRecord, day: Date): ServiceLength | null {
  if (record.serviceYears !== null && record.serviceAsOf) {
    const recorded = record.serviceYears * 12 + (record.serviceMonths ?? 0);
    return fromMonths(recorded + wholeMonthsBetween(record.serviceAsOf, day), false);
  }
  if (record.employmentType !== "PNS" || !record.nip) return null;
  const start = nipServiceStart(record.nip, day);
  if (!start) return null;
  const months = monthIndex(day) - (start.year * 12 + start.month - 1); // from the first of the TMT CPNS's month
  return fromMonths(Math.max(0, months), true);
}

/** Months of a service length, for ordering (longest first in the DUK). */
export function serviceMonthsOf(length: ServiceLength | null): number {
  return length ? length.years * 12 + length.months : -1;
}

/**
 * Masa kerja golongan (length of service in the rank's reckoning), in years and months, on a given day. Pure.
 * Recorded as the decree states it ("12 tahun 4 bulan" as of a date) and counted on from there; when nothing is
 * recorded, a PNS's is derived from the TMT CPNS their NIP encodes (digits 9-14), which is the whole service and
 * is marked as derived, because a decree may count it differently.
 */
import type { EmploymentType } from "@/lib/generated/prisma/enums";
import { parseNip } from "./nip";

export interface ServiceLength {
  years: number;
  months: number;
  /** Counted from the NIP's TMT CPNS, not from a recorded figure. */
  derived: boolean;
}

export interface ServiceRecord {
  serviceYears: number | null;
  serviceMonths: number | null;
  serviceAsOf: Date | null;
  nip: string | null;
  employmentType: EmploymentType;
}

/** Whole months from `from` to `to` (calendar dates at UTC midnight); 0 when `to` is not later. */
export function wholeMonthsBetween(from: Date, to: Date): number {
  let months = (to.getUTCFullYear() - from.getUTCFullYear()) * 12 + (to.getUTCMonth() - from.getUTCMonth());
  if (to.getUTCDate() < from.getUTCDate()) months -= 1;
  return Math.max(0, months);
}

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
  const parsed = parseNip(record.nip, day);
  if (!parsed.ok) return null;
  const start = new Date(Date.UTC(parsed.serviceStart.year, parsed.serviceStart.month - 1, 1));
  return fromMonths(wholeMonthsBetween(start, day), true);
}

/** Months of a service length, for ordering (longest first in the DUK). */
export function serviceMonthsOf(length: ServiceLength | null): number {
  return length ? length.years * 12 + length.months : -1;
}

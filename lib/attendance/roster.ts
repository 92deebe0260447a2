/**
 * Daftar hadir: the people expected at a ceremony (pelantikan) or an event (kegiatan), each marked present on site
 * (hadir luring), present online (hadir daring) or absent (tidak hadir). Plain functions for the attendance
 * component and for the pages that total attendance; no I/O.
 */
import type { AttendanceStatus } from "@/lib/generated/prisma/enums";
import { sortNameOf } from "@/lib/officials/names";

/** The marks a person can be given at the door; EXPECTED is only the state before anyone marks them. */
export const ATTENDANCE_MARKS = ["PRESENT_ONSITE", "PRESENT_ONLINE", "ABSENT"] as const;
export type AttendanceMark = (typeof ATTENDANCE_MARKS)[number];

export function isAttendanceMark(value: unknown): value is AttendanceMark {
  return (ATTENDANCE_MARKS as readonly unknown[]).includes(value);
}

/** One person on the list: an official (with NIP and unit) or a stakeholder contact (with organisation). */
export interface Attendee {
  id: string;
  /** As typed, with titles ("Dr. H. Suhardi Soud, S.H., M.H."). */
  name: string;
  /** 18 digits, for officials. */
  nip?: string | null;
  organisation?: string | null;
  unit?: string | null;
  status: AttendanceStatus;
}

const NIP_QUERY = /^[\d\s.\-\u2010-\u2015]+$/;

/**
 * Does `person` match what was typed in the search box? Digits (with or without the 8-6-1-3 spaces) search the
 * NIP; words search the name without its titles, ignoring case ("suhardi" finds "Dr. H. Suhardi Soud, S.H."), and
 * the organisation and unit.
 */
export function matchesAttendee(person: Attendee, query: string): boolean {
  const typed = query.trim();
  if (!typed) return true;
  if (NIP_QUERY.test(typed)) {
    const digits = typed.replace(/\D/g, "");
    return Boolean(person.nip?.includes(digits));
  }
  const words = sortNameOf(typed);
  const lower = typed.toLowerCase();
  return (
    sortNameOf(person.name).includes(words) ||
    person.name.toLowerCase().includes(lower) ||
    Boolean(person.organisation?.toLowerCase().includes(lower)) ||
    Boolean(person.unit?.toLowerCase().includes(lower))
  );
}

export function filterAttendees<P extends Attendee>(people: readonly P[], query: string): P[] {
  return people.filter((person) => matchesAttendee(person, query));
}

export type AttendanceCounts = Record<AttendanceStatus, number> & {
  /** Present on site and online together. */
  present: number;
  total: number;
};

/** How many people have each status, and how many are present in either mode. */
export function countAttendance(statuses: Iterable<AttendanceStatus>): AttendanceCounts {
  const counts: AttendanceCounts = {
    EXPECTED: 0,
    PRESENT_ONSITE: 0,
    PRESENT_ONLINE: 0,
    ABSENT: 0,
    present: 0,
    total: 0,
  };
  for (const status of statuses) {
    counts[status] += 1;
    counts.total += 1;
  }
  counts.present = counts.PRESENT_ONSITE + counts.PRESENT_ONLINE;
  return counts;
}

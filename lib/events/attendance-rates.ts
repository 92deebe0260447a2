/**
 * Attendance arithmetic of an event: per participating unit and per stakeholder category, how many were invited,
 * present on site, present online, absent or unmarked, and the rate of those present among the invited; and, where
 * attendance is required (kehadiran penuh), who is missing, unit by unit. Pure: the page and the tests share it.
 */
import { countAttendance, type AttendanceCounts } from "@/lib/attendance/roster";
import type { AttendanceStatus } from "@/lib/generated/prisma/enums";

export interface RateInvitee {
  id: string;
  name: string;
  attendance: AttendanceStatus;
  /** The participating unit an official represents; null for a stakeholder. */
  unit: { id: string; name: string } | null;
  /** The stakeholder category of the organisation; null for an official. */
  category: string | null;
}

export interface RateRow {
  key: string;
  label: string;
  counts: AttendanceCounts;
  /** Present in either mode among the invited, 0-100 rounded down; null when nobody was invited. */
  rate: number | null;
}

export function attendanceRate(counts: AttendanceCounts): number | null {
  return counts.total === 0 ? null : Math.floor((counts.present * 100) / counts.total);
}

function rowsBy(
  invitees: readonly RateInvitee[],
  keyOf: (invitee: RateInvitee) => { key: string; label: string } | null,
): RateRow[] {
  const groups = new Map<string, { label: string; statuses: AttendanceStatus[] }>();
  for (const invitee of invitees) {
    const group = keyOf(invitee);
    if (!group) continue;
    const entry = groups.get(group.key) ?? { label: group.label, statuses: [] };
    entry.statuses.push(invitee.attendance);
    groups.set(group.key, entry);
  }
  return [...groups].map(([key, { label, statuses }]) => {
    const counts = countAttendance(statuses);
    return { key, label, counts, rate: attendanceRate(counts) };
  });
}

/** Per participating unit, in the order of the given units (units with nobody invited show as such). */
export function ratesByUnit(
  invitees: readonly RateInvitee[],
  units: readonly { id: string; name: string }[],
): RateRow[] {
  const rows = new Map(
    rowsBy(invitees, (i) => (i.unit ? { key: i.unit.id, label: i.unit.name } : null)).map((r) => [r.key, r]),
  );
  return units.map(
    (unit) =>
      rows.get(unit.id) ?? { key: unit.id, label: unit.name, counts: countAttendance([]), rate: null },
  );
}

/** Per stakeholder category, labelled by the caller. */
export function ratesByCategory(
  invitees: readonly RateInvitee[],
  label: (category: string) => string,
): RateRow[] {
  return rowsBy(invitees, (i) => (i.category ? { key: i.category, label: label(i.category) } : null)).sort(
    (a, b) => a.label.localeCompare(b.label),
  );
}

export interface MissingGroup {
  unit: { id: string; name: string };
  /** Invited and not present: absent, or not marked at all. */
  people: { id: string; name: string; attendance: AttendanceStatus }[];
  /** A participating unit nobody of which was invited or came is missing as a whole. */
  nobodyInvited: boolean;
}

/** Kehadiran penuh: each participating unit with someone missing, or with nobody on the list. */
export function missingByUnit(
  invitees: readonly RateInvitee[],
  units: readonly { id: string; name: string }[],
): MissingGroup[] {
  const groups: MissingGroup[] = [];
  for (const unit of units) {
    const own = invitees.filter((invitee) => invitee.unit?.id === unit.id);
    const people = own
      .filter((invitee) => invitee.attendance === "ABSENT" || invitee.attendance === "EXPECTED")
      .map(({ id, name, attendance }) => ({ id, name, attendance }));
    if (own.length === 0 || people.length > 0) groups.push({ unit, people, nobodyInvited: own.length === 0 });
  }
  return groups;
}

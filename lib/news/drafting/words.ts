/**
 * The wording of drafted articles: Bahasa Indonesia as a KPU secretariat's website writes it, whatever language
 * the drafter reads the app in (the article is published in Indonesian; the author edits it before review).
 */
import { calendarDate as calendarDateIn, longDate, clockTime, zoneName } from "@/lib/pdf/print-time";
import type {
  EventKind,
  MeetingMode,
  OutcomeKind,
  PositionLevel,
  SupervisionArea,
} from "@/lib/generated/prisma/enums";

export const EVENT_KIND: Record<EventKind, string> = {
  STAKEHOLDER_DAY: "Stakeholder Day",
  SOCIALISATION: "sosialisasi",
  COORDINATION_MEETING: "rapat koordinasi",
  TECHNICAL_GUIDANCE: "bimbingan teknis",
  OTHER: "kegiatan",
};

export const OUTCOME_KIND: Record<OutcomeKind, string> = {
  DECISION: "keputusan",
  DRAFT_DECISION: "rancangan keputusan",
  AGREEMENT: "kesepakatan",
  NOTE: "catatan",
};

export const AREA: Record<SupervisionArea, string> = {
  STAFFING: "kepegawaian",
  FINANCE: "keuangan",
  LOGISTICS_GENERAL: "logistik dan umum",
  TECHNICAL: "teknis penyelenggaraan",
  LEGAL: "hukum",
  PLANNING_DATA: "perencanaan, data dan informasi",
};

export const LEVEL: Record<PositionLevel, string> = {
  HIGH_LEADERSHIP: "Pejabat Pimpinan Tinggi",
  ADMINISTRATOR: "Pejabat Administrator",
  SUPERVISOR: "Pejabat Pengawas",
  FUNCTIONAL: "Pejabat Fungsional",
  EXECUTOR: "pelaksana",
  SUPPORT: "tenaga pendukung",
};

const ID = "id-ID";

/** "Senin, 14 Maret 2022" in the zone of the activity's unit. */
export function day(date: Date, timeZone: string): string {
  return longDate(date, { locale: ID, timeZone });
}

/** "11 Maret 2022": a calendar date (a decree's, a visit's day), stored as UTC midnight. */
export function calendarDate(date: Date): string {
  return calendarDateIn(date, ID);
}

/** "09.00 WITA". */
export function time(date: Date, timeZone: string): string {
  return `${clockTime(date, { locale: ID, timeZone })} ${zoneName(timeZone, date)}`;
}

/** "a, b dan c": an Indonesian list; "a, b, serta c dan d" when an item holds its own "dan". */
export function listOf(items: readonly string[]): string {
  if (items.length <= 1) return items.join("");
  const nested = items.some((item) => item.includes(" dan "));
  const joiner = nested ? (items.length === 2 ? " serta " : ", serta ") : " dan ";
  return `${items.slice(0, -1).join(", ")}${joiner}${items.at(-1)}`;
}

/** Lower-cases the first letter of typed text to continue a sentence, unless it opens an acronym ("SAKIP"). */
export function continuing(text: string): string {
  const trimmed = text.trim();
  return /^[A-Z][a-z]/.test(trimmed) ? trimmed.charAt(0).toLowerCase() + trimmed.slice(1) : trimmed;
}

/** " di Aula KPU, serta secara daring" and the like: where the activity took place, by its mode. */
export function where(mode: MeetingMode, location: string | null): string {
  const place = location ? ` di ${location}` : "";
  if (mode === "ONLINE") return location ? `${place} secara daring` : " secara daring";
  if (mode === "HYBRID") return `${place}, luring dan daring`;
  return place;
}

/** "dua puluh" is not how news writes counts: digits, with "orang" where people are meant. */
export function people(count: number): string {
  return `${count} orang`;
}

/** Joins paragraphs with a blank line, leaving out empty ones. */
export function paragraphs(...parts: (string | null | false | undefined)[]): string {
  return parts.filter((part): part is string => Boolean(part && part.trim())).join("\n\n");
}

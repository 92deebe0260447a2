/**
 * Daftar Urut Kepangkatan (DUK): the order of seniority of the PNS of a unit, as PP 15/1979 lays it down. Pure.
 * Keys in turn: rank (pangkat, highest first); TMT of that rank (earliest first); post (jabatan, higher level
 * first); masa kerja (longest first); education (pendidikan, higher first); age (older first). The regulation's
 * fourth key, latihan jabatan (leadership training), is not recorded and is left out; the name settles the rest so
 * the order is always the same.
 */
import type { EducationLevel, PositionLevel, Rank } from "@/lib/generated/prisma/enums";
import { EducationLevel as EducationLevels } from "@/lib/generated/prisma/enums";
import { PNS_RANKS, type PnsRank } from "./ranks";
import { serviceMonthsOf, type DateText, type ServiceLength } from "./service-length";

export interface DukEntry {
  sortName: string;
  rank: Rank | null;
  rankStartDate: DateText | null;
  postLevel: PositionLevel | null;
  service: ServiceLength | null;
  educationLevel: EducationLevel | null;
  birthDate: DateText | null;
}

// Structural posts above functional ones, then executor and support posts; no post last.
const POST_LEVEL_ORDER: readonly PositionLevel[] = [
  "HIGH_LEADERSHIP",
  "ADMINISTRATOR",
  "SUPERVISOR",
  "FUNCTIONAL",
  "EXECUTOR",
  "SUPPORT",
];
const EDUCATION_ORDER = Object.values(EducationLevels);

const rankIndex = (rank: Rank | null) => (rank ? PNS_RANKS.indexOf(rank as PnsRank) : -1);
const postIndex = (level: PositionLevel | null) =>
  level ? POST_LEVEL_ORDER.indexOf(level) : POST_LEVEL_ORDER.length;
const educationIndex = (level: EducationLevel | null) => (level ? EDUCATION_ORDER.indexOf(level) : -1);
/** Earlier dates first; an unknown date after every known one. */
const byDate = (a: DateText | null, b: DateText | null) =>
  a === b ? 0 : a === null ? 1 : b === null ? -1 : a < b ? -1 : 1;

export function compareDuk(a: DukEntry, b: DukEntry): number {
  return (
    rankIndex(b.rank) - rankIndex(a.rank) ||
    byDate(a.rankStartDate, b.rankStartDate) ||
    postIndex(a.postLevel) - postIndex(b.postLevel) ||
    serviceMonthsOf(b.service) - serviceMonthsOf(a.service) ||
    educationIndex(b.educationLevel) - educationIndex(a.educationLevel) ||
    byDate(a.birthDate, b.birthDate) ||
    a.sortName.localeCompare(b.sortName, "id")
  );
}

export function dukOrder<T extends DukEntry>(entries: readonly T[]): T[] {
  return [...entries].sort(compareDuk);
}

/** Reads for one official's record (detail, edit, move, end of service), always within the user's scope. */
import "server-only";
import { heldOnWhere } from "@/lib/assignments/current";
import { inScope } from "@/lib/auth/scope";
import type { CurrentUser } from "@/lib/auth/types";
import { prisma } from "@/lib/db/client";
import { todayFor, todayInZone } from "@/lib/dates/today";
import { isoDate } from "@/lib/validations/input";
import { OFFICIAL_FORM_FIELDS, officialFormValues } from "./form-values";
import { RANK_HISTORY_SELECT, rankHistoryFormValues } from "./rank-history";

/** The official with personal data, placement and the whole riwayat jabatan (newest first), or null out of scope. */
export function getOfficialRecord(user: CurrentUser, id: string) {
  return prisma.official.findFirst({
    where: { id, ...inScope(user) },
    select: {
      id: true,
      name: true,
      nip: true,
      gender: true,
      birthDate: true,
      birthPlace: true,
      employmentType: true,
      rank: true,
      religion: true,
      ...RANK_HISTORY_SELECT,
      status: true,
      email: true,
      phone: true,
      unitId: true,
      unit: { select: { name: true } },
      section: { select: { name: true } },
      assignments: {
        select: {
          id: true,
          startDate: true,
          endDate: true,
          decreeNumber: true,
          decreeDate: true,
          endReason: true,
          position: { select: { title: true } },
          unit: { select: { name: true } },
        },
        orderBy: [{ startDate: "desc" }, { createdAt: "desc" }],
      },
    },
  });
}

export type OfficialRecord = NonNullable<Awaited<ReturnType<typeof getOfficialRecord>>>;

const FORM_SELECT = Object.fromEntries(OFFICIAL_FORM_FIELDS.map((field) => [field, true])) as Record<
  (typeof OFFICIAL_FORM_FIELDS)[number],
  true
>;

/**
 * What the edit, move and end-of-service forms start from: the values as the form shows them, the version, and
 * today in the official's unit (YYYY-MM-DD), the TMT a new status takes unless the clerk dates it later.
 */
export async function getOfficialForForm(user: CurrentUser, id: string) {
  const official = await prisma.official.findFirst({
    where: { id, ...inScope(user) },
    select: {
      ...FORM_SELECT,
      ...RANK_HISTORY_SELECT,
      id: true,
      version: true,
      religion: true,
      unit: { select: { timeZone: true } },
    },
  });
  if (!official) return null;
  return {
    id: official.id,
    version: official.version,
    today: isoDate(todayInZone(official.unit.timeZone)),
    values: officialFormValues(official),
    religion: official.religion,
    rankHistory: rankHistoryFormValues(official),
  };
}

/**
 * Where an official may be placed: the live units in scope (the province first), their sections, and their live
 * posts with how many hold each today (a full post may still be free from a later date). A province has a few
 * dozen posts per unit, so all of them fit one page.
 */
export async function getPlacementOptions(user: CurrentUser, withPosts = false) {
  const [units, sections, posts] = await Promise.all([
    prisma.workUnit.findMany({
      where: { id: { in: [...user.scopeUnitIds] }, deactivatedAt: null },
      select: { id: true, name: true },
      orderBy: [{ level: "asc" }, { name: "asc" }],
    }),
    prisma.section.findMany({
      where: inScope(user),
      select: { id: true, unitId: true, name: true },
      orderBy: [{ sortOrder: "asc" }, { name: "asc" }],
    }),
    withPosts
      ? prisma.position.findMany({
          where: { ...inScope(user), abolishedAt: null },
          select: {
            id: true,
            unitId: true,
            sectionId: true,
            title: true,
            quota: true,
            _count: { select: { assignments: { where: heldOnWhere(todayFor(user)) } } },
          },
          orderBy: [{ sortOrder: "asc" }, { title: "asc" }],
        })
      : Promise.resolve([]),
  ]);
  return {
    units,
    sections,
    posts: posts.map(({ _count, ...post }) => ({ ...post, held: _count.assignments })),
  };
}

export type PlacementOptions = Awaited<ReturnType<typeof getPlacementOptions>>;

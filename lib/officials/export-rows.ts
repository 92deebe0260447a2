/**
 * The rows of an officials export, read a batch at a time without nested relation reads: Prisma's mapping of
 * 50,000 officials each with unit, section and current post nested took about 2 s of the export's 3 s (issue 13).
 * Officials and their posts held on the day are read flat, one query each per batch; units, sections and posts
 * come from small lookups. The row keeps the shape the export's writers read (export.ts, staffing-list.ts).
 */
import "server-only";
import { heldOnWhere } from "@/lib/assignments/current";
import { prisma } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { PositionLevel } from "@/lib/generated/prisma/enums";

const OFFICIAL_COLUMNS = {
  id: true,
  name: true,
  nip: true,
  gender: true,
  birthPlace: true,
  birthDate: true,
  employmentType: true,
  rank: true,
  status: true,
  email: true,
  phone: true,
  religion: true,
  sortName: true,
  rankStartDate: true,
  serviceYears: true,
  serviceMonths: true,
  serviceAsOf: true,
  educationLevel: true,
  educationMajor: true,
  unitId: true,
  sectionId: true,
} satisfies Prisma.OfficialSelect;

/** The post an official holds on the export's day, with its TMT and decree. */
export interface ExportPost {
  startDate: Date;
  decreeNumber: string | null;
  decreeDate: Date | null;
  position: { title: string; level: PositionLevel; section: { name: string } | null };
}

export type OfficialExportRow = Omit<
  Prisma.OfficialGetPayload<{ select: typeof OFFICIAL_COLUMNS }>,
  "unitId" | "sectionId"
> & {
  unit: { code: string; shortName: string };
  section: { name: string } | null;
  /** The post held on the day (the latest taken up when there are two, a Plt. beside one's own), or none. */
  assignments: ExportPost[];
};

/** What every batch of one export looks up names in: the units and sections, a few thousand rows read once. */
export interface ExportLookups {
  units: Map<string, { code: string; shortName: string }>;
  sections: Map<string, { name: string }>;
}

export async function readExportLookups(): Promise<ExportLookups> {
  const [units, sections] = await Promise.all([
    prisma.workUnit.findMany({ select: { id: true, code: true, shortName: true } }),
    prisma.section.findMany({ select: { id: true, name: true } }),
  ]);
  return {
    units: new Map(units.map(({ id, ...unit }) => [id, unit])),
    sections: new Map(sections.map(({ id, name }) => [id, { name }])),
  };
}

/** The officials of `ids` (those that still exist, in no particular order) with their post held on `today`. */
export async function readExportRows(
  ids: string[],
  today: Date,
  lookups: ExportLookups,
): Promise<(OfficialExportRow & { unitId: string })[]> {
  const [officials, held] = await Promise.all([
    prisma.official.findMany({ where: { id: { in: ids } }, select: OFFICIAL_COLUMNS }),
    prisma.assignment.findMany({
      where: { officialId: { in: ids }, ...heldOnWhere(today) },
      select: { officialId: true, startDate: true, decreeNumber: true, decreeDate: true, positionId: true },
      orderBy: [{ startDate: "desc" }, { createdAt: "desc" }],
    }),
  ]);
  const positions = new Map(
    (
      await prisma.position.findMany({
        where: { id: { in: [...new Set(held.map((row) => row.positionId))] } },
        select: { id: true, title: true, level: true, sectionId: true },
      })
    ).map((position) => [position.id, position]),
  );
  const postOf = new Map<string, ExportPost>();
  for (const { officialId, positionId, ...post } of held) {
    const position = positions.get(positionId);
    if (postOf.has(officialId) || !position) continue; // ordered: the first is the latest taken up
    const section = position.sectionId ? (lookups.sections.get(position.sectionId) ?? null) : null;
    postOf.set(officialId, { ...post, position: { title: position.title, level: position.level, section } });
  }
  return officials.map((official) => ({
    ...official,
    unit: lookups.units.get(official.unitId) ?? { code: "", shortName: "" },
    section: official.sectionId ? (lookups.sections.get(official.sectionId) ?? null) : null,
    assignments: postOf.has(official.id) ? [postOf.get(official.id)!] : [],
  }));
}

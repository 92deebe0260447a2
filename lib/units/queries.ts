import "server-only";
import { heldOnWhere } from "@/lib/assignments/current";
import { unitsInScope } from "@/lib/auth/scope";
import type { CurrentUser } from "@/lib/auth/types";
import { prisma } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { UnitLevel } from "@/lib/generated/prisma/enums";
import type { Region } from "./regions";
import { unitFilterChoices } from "./unit-filter";

/** Units in the user's scope, as plain rows; `buildUnitTree` (tree.ts) nests them. */
export function listUnitsInScope(user: CurrentUser) {
  return prisma.workUnit.findMany({
    where: { ...unitsInScope(user), deactivatedAt: null },
    select: { id: true, code: true, name: true, shortName: true, level: true, parentId: true },
    orderBy: [{ level: "asc" }, { name: "asc" }],
  });
}

/**
 * What a list's unit filter offers (unit-filter.ts: the officials list, the follow-up board, kegiatan). A national
 * scope offers its regions, then the chosen region's units, so only those are read: every unit in scope, 553 rows at
 * national scale, cost the server about 4 ms of CPU on each such page.
 */
export async function loadUnitFilterChoices(user: CurrentUser, region: Region | null) {
  const regionsAndChosen: Prisma.WorkUnitWhereInput =
    user.unit.level === "NATIONAL"
      ? { OR: [{ level: { in: ["NATIONAL", "PROVINCE"] } }, { id: { in: region?.unitIds ?? [] } }] }
      : {};
  const units = await prisma.workUnit.findMany({
    where: { ...unitsInScope(user), deactivatedAt: null, ...regionsAndChosen },
    select: { id: true, code: true, shortName: true, level: true },
    orderBy: [{ level: "asc" }, { name: "asc" }],
  });
  return unitFilterChoices(units, region);
}

/** One unit by its region code, or null when it does not exist or lies outside the user's scope. */
export async function findUnitInScope(user: CurrentUser, code: string) {
  const unit = await prisma.workUnit.findUnique({
    where: { code },
    select: {
      id: true,
      code: true,
      name: true,
      shortName: true,
      level: true,
      timeZone: true,
      address: true,
      supportStaffQuota: true,
      parentId: true,
      version: true,
      parent: { select: { code: true, name: true } },
    },
  });
  return unit && user.scopeUnitIds.has(unit.id) ? unit : null;
}

/** The sections (Bagian, Sub Bagian) of a unit in display order; the caller has checked the unit's scope. */
export function listSections(unitId: string) {
  return prisma.section.findMany({
    where: { unitId },
    select: {
      id: true,
      name: true,
      kind: true,
      parentId: true,
      staffQuota: true,
      sortOrder: true,
      version: true,
    },
    orderBy: [{ sortOrder: "asc" }, { name: "asc" }],
  });
}

/** The unit's live posts with who holds each on `today` and since when. */
export function listPostsWithHolders(unitId: string, today: Date) {
  return prisma.position.findMany({
    where: { unitId, abolishedAt: null },
    select: {
      id: true,
      title: true,
      kind: true,
      level: true,
      quota: true,
      sectionId: true,
      assignments: {
        where: heldOnWhere(today),
        select: { id: true, startDate: true, official: { select: { id: true, name: true } } },
        orderBy: { startDate: "asc" },
      },
    },
    orderBy: [{ sortOrder: "asc" }, { title: "asc" }],
  });
}

/** A live post of the unit, for its edit form. */
export function findPostInUnit(unitId: string, id: string) {
  return prisma.position.findFirst({
    where: { id, unitId, abolishedAt: null },
    select: {
      id: true,
      title: true,
      kind: true,
      level: true,
      quota: true,
      sectionId: true,
      sortOrder: true,
      version: true,
    },
  });
}

const PARENT_LEVEL: Record<UnitLevel, UnitLevel | null> = {
  NATIONAL: null,
  PROVINCE: "NATIONAL",
  REGENCY_CITY: "PROVINCE",
};

/** Units in scope that may be the parent of a unit at `level`; for a new unit: every unit that may have children. */
export function listParentOptions(user: CurrentUser, level?: UnitLevel) {
  const levels: UnitLevel[] = level
    ? [PARENT_LEVEL[level]].filter((l): l is UnitLevel => l !== null)
    : ["NATIONAL", "PROVINCE"];
  return prisma.workUnit.findMany({
    where: { ...unitsInScope(user), level: { in: levels }, deactivatedAt: null },
    select: { id: true, name: true, code: true },
    orderBy: { name: "asc" },
  });
}

import "server-only";
import { heldOnSql } from "@/lib/assignments/current";
import type { CurrentUser } from "@/lib/auth/types";
import { todayFor } from "@/lib/dates/today";
import { prisma, type PrismaClient } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import type { UnitLevel } from "@/lib/generated/prisma/enums";
import { computePosture, type PostureInput, type StaffingPosture } from "./posture";

export interface UnitPosture {
  unit: {
    id: string;
    code: string;
    name: string;
    shortName: string;
    level: UnitLevel;
    parentId: string | null;
  };
  posture: StaffingPosture;
}

/**
 * Loads the inputs of the staffing posture for `units` (ids, or "all": every unit, with no unit condition) on
 * `today` in six grouped queries, however many units there are, and computes each unit's posture. Officials count
 * by their status and unit as applied (a change dated later is applied on its day), posts by who holds them on
 * `today`. Exported with `db` for the tests.
 */
export async function loadPostures(
  db: PrismaClient | Prisma.TransactionClient,
  units: string[] | "all",
  today: Date,
): Promise<UnitPosture[]> {
  const inUnits = units === "all" ? {} : { unitId: { in: units } };
  const queries = [
    db.workUnit.findMany({
      where: { ...(units === "all" ? {} : { id: { in: units } }), deactivatedAt: null },
      select: {
        id: true,
        code: true,
        name: true,
        shortName: true,
        level: true,
        parentId: true,
        supportStaffQuota: true,
      },
    }),
    db.section.findMany({
      where: inUnits,
      select: { id: true, unitId: true, name: true, staffQuota: true },
      orderBy: [{ sortOrder: "asc" }, { name: "asc" }],
    }),
    db.position.findMany({
      where: { ...inUnits, kind: "STRUCTURAL", abolishedAt: null },
      select: {
        id: true,
        unitId: true,
        title: true,
        sectionId: true,
        quota: true,
      },
      orderBy: [{ sortOrder: "asc" }, { title: "asc" }],
    }),
    db.position.groupBy({
      by: ["unitId"],
      where: { ...inUnits, sectionId: null, abolishedAt: null, kind: { not: "SUPPORT" } },
      orderBy: { unitId: "asc" },
      _sum: { quota: true },
    }),
    db.$queryRaw<{ positionId: string; holders: number }[]>`${heldStructuralPostsSql(units, today)}`,
    db.$queryRaw<
      { unitId: string; sectionId: string | null; asn: number; support: number }[]
    >`${activeStaffSql(units)}`,
  ] as const;
  // Inside a caller's transaction (a supervision report frozen on submit) the queries already share one snapshot.
  const [unitRows, sections, structuralPosts, unsectionedQuotas, holderCounts, officialCounts] =
    "$transaction" in db ? await db.$transaction([...queries]) : await Promise.all(queries);

  const inputs = new Map<string, PostureInput & { asnStaffBySection: Map<string | null, number> }>(
    unitRows.map((unit) => [
      unit.id,
      {
        sections: [],
        structuralPosts: [],
        asnStaffBySection: new Map(),
        unsectionedPostQuota: 0,
        supportStaff: 0,
        supportStaffQuota: unit.supportStaffQuota,
      },
    ]),
  );
  for (const section of sections) inputs.get(section.unitId)?.sections.push(section);
  const holders = new Map(holderCounts.map((row) => [row.positionId, row.holders]));
  for (const post of structuralPosts) {
    inputs.get(post.unitId)?.structuralPosts.push({
      id: post.id,
      title: post.title,
      sectionId: post.sectionId,
      quota: post.quota,
      holders: holders.get(post.id) ?? 0,
    });
  }
  for (const row of unsectionedQuotas) {
    const input = inputs.get(row.unitId);
    if (input) input.unsectionedPostQuota = row._sum?.quota ?? 0;
  }
  for (const row of officialCounts) {
    const input = inputs.get(row.unitId);
    if (!input) continue;
    input.supportStaff += row.support;
    if (row.asn > 0)
      input.asnStaffBySection.set(row.sectionId, (input.asnStaffBySection.get(row.sectionId) ?? 0) + row.asn);
  }

  return unitRows.map((unit) => ({
    unit: {
      id: unit.id,
      code: unit.code,
      name: unit.name,
      shortName: unit.shortName,
      level: unit.level,
      parentId: unit.parentId,
    },
    posture: computePosture(inputs.get(unit.id)!),
  }));
}

/** `column` is one of `units`; no condition for "all". */
export function unitCondition(units: string[] | "all", column: Prisma.Sql): Prisma.Sql {
  return units === "all" ? Prisma.sql`TRUE` : Prisma.sql`${column} = ANY(${units}::text[])`;
}

/**
 * Active ASN by unit and section, active support staff (non-ASN) by unit and section, of `units`: `unitId`,
 * `sectionId`, `asn`, `support`. In one pass of the posture index: grouped by employment type as well, a national
 * scope came back as 8,000 rows for Prisma to map (about 20 ms) instead of 2,800.
 */
export function activeStaffSql(units: string[] | "all"): Prisma.Sql {
  return Prisma.sql`
    SELECT "unitId", "sectionId",
      count(*) FILTER (WHERE "employmentType" <> 'NON_ASN')::int AS asn,
      count(*) FILTER (WHERE "employmentType" = 'NON_ASN')::int AS support
    FROM official
    WHERE status = 'ACTIVE' AND ${unitCondition(units, Prisma.sql`"unitId"`)}
    GROUP BY "unitId", "sectionId"`;
}

/**
 * The holders on `today` of each held structural post of `units`: `positionId`, `holders`. Found by post on the
 * assignment index: a relation `_count` grouped every open assignment in the country, and a join on the posts still
 * read every assignment (125,000 at national scale, 15-30 ms) where the index reads the 2,000 held ones (issue 13).
 */
export function heldStructuralPostsSql(units: string[] | "all", today: Date): Prisma.Sql {
  return Prisma.sql`
    SELECT a."positionId", count(*)::int AS holders
    FROM assignment a
    WHERE a."positionId" = ANY(ARRAY(
        SELECT p.id FROM position p
        WHERE ${unitCondition(units, Prisma.sql`p."unitId"`)} AND p.kind = 'STRUCTURAL' AND p."abolishedAt" IS NULL))
      AND ${heldOnSql("a", today)}
    GROUP BY a."positionId"`;
}

/** The posture of one unit, or null when it is outside the user's scope. */
export async function getUnitPosture(user: CurrentUser, unitId: string): Promise<StaffingPosture | null> {
  if (!user.scopeUnitIds.has(unitId)) return null;
  const [result] = await loadPostures(prisma, [unitId], todayFor(user));
  return result?.posture ?? null;
}

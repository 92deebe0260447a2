/**
 * The figures of each unit's posture counted by the database, for the posisi SDM table and its national roll-up:
 * one row per unit instead of the 11,000 rows of posts, sections and head counts that computing every posture reads
 * at national scale (issue 13). The rules are computePosture's (posture.ts), and
 * tests/integration/posture-figures.test.ts checks that both give the same figures for every unit.
 */
import "server-only";
import { scopeKey } from "@/lib/auth/scope";
import type { CurrentUser } from "@/lib/auth/types";
import { todayFor } from "@/lib/dates/today";
import { prisma } from "@/lib/db/client";
import { keptWhileUnchanged } from "@/lib/db/kept-while-unchanged";
import { Prisma } from "@/lib/generated/prisma/client";
import { isoDate } from "@/lib/validations/input";
import { countAgainstQuota } from "./posture";
import { activeStaffSql, heldStructuralPostsSql, unitCondition } from "./posture-queries";
import type { UnitFigures } from "./posture-rows";

type FiguresRow = UnitFigures["unit"] & {
  structuralTotal: number;
  vacantTitles: string[] | null;
  asnStaff: number;
  asnQuota: number;
  supportStaff: number;
  supportStaffQuota: number;
};

/**
 * Per unit of `units` (active ones), on `today`:
 * - a structural post is vacant while its holders are fewer than its quota, and at least one;
 * - the ASN quota is each section's quota (none below zero) plus that of the posts in no section, support posts
 *   excluded; every active ASN of the unit counts against it, whatever their section;
 * - support staff (non-ASN) count against the unit's own quota.
 */
export async function loadPostureFigures(units: string[] | "all", today: Date): Promise<UnitFigures[]> {
  const inUnits = (column: Prisma.Sql) => unitCondition(units, column);
  const rows = await prisma.$queryRaw<FiguresRow[]>`
    WITH held AS (${heldStructuralPostsSql(units, today)}),
    posts AS (
      SELECT p."unitId", count(*)::int AS total,
        array_agg(p.title ORDER BY p."sortOrder", p.title)
          FILTER (WHERE COALESCE(held.holders, 0) < GREATEST(1, p.quota)) AS vacant
      FROM position p LEFT JOIN held ON held."positionId" = p.id
      WHERE ${inUnits(Prisma.sql`p."unitId"`)} AND p.kind = 'STRUCTURAL' AND p."abolishedAt" IS NULL
      GROUP BY p."unitId"),
    section_quotas AS (
      SELECT "unitId", sum(GREATEST(0, "staffQuota"))::int AS quota FROM section
      WHERE ${inUnits(Prisma.sql`"unitId"`)} GROUP BY "unitId"),
    unsectioned_quotas AS (
      SELECT "unitId", GREATEST(0, sum(quota))::int AS quota FROM position
      WHERE ${inUnits(Prisma.sql`"unitId"`)} AND "sectionId" IS NULL AND "abolishedAt" IS NULL AND kind <> 'SUPPORT'
      GROUP BY "unitId"),
    staff AS (
      SELECT "unitId", sum(asn)::int AS asn, sum(support)::int AS support
      FROM (${activeStaffSql(units)}) by_section GROUP BY "unitId")
    SELECT u.id, u.code, u.name, u."shortName", u.level::text AS level, u."parentId",
      COALESCE(posts.total, 0) AS "structuralTotal", posts.vacant AS "vacantTitles",
      COALESCE(staff.asn, 0) AS "asnStaff",
      COALESCE(section_quotas.quota, 0) + COALESCE(unsectioned_quotas.quota, 0) AS "asnQuota",
      COALESCE(staff.support, 0) AS "supportStaff", u."supportStaffQuota"
    FROM work_unit u
      LEFT JOIN posts ON posts."unitId" = u.id
      LEFT JOIN section_quotas ON section_quotas."unitId" = u.id
      LEFT JOIN unsectioned_quotas ON unsectioned_quotas."unitId" = u.id
      LEFT JOIN staff ON staff."unitId" = u.id
    WHERE ${inUnits(Prisma.sql`u.id`)} AND u."deactivatedAt" IS NULL`;
  return rows.map(
    ({ structuralTotal, vacantTitles, asnStaff, asnQuota, supportStaff, supportStaffQuota, ...unit }) => {
      const vacant = vacantTitles ?? [];
      return {
        unit,
        figures: {
          structuralFilled: structuralTotal - vacant.length,
          structuralTotal,
          structuralVacant: vacant.length,
          asn: countAgainstQuota(asnStaff, asnQuota),
          support: countAgainstQuota(supportStaff, supportStaffQuota),
        },
        vacantTitles: vacant,
      };
    },
  );
}

/**
 * The figures of every unit in the user's scope: the posisi SDM table, rolled up by province when it spans several.
 * Kept until the database changes (a national scope's figures take the database tens of milliseconds).
 */
export function getFiguresInScope(user: CurrentUser): Promise<readonly UnitFigures[]> {
  const today = todayFor(user);
  return keptWhileUnchanged(`posture:${scopeKey(user)}:${isoDate(today)}`, () =>
    loadPostureFigures(user.scopeCoversAllUnits ? "all" : [...user.scopeUnitIds], today),
  );
}

/**
 * The figures of one province's units that are in the user's scope (the national roll-up's drill-down), with the
 * province's code and short name; null when the code names no province or none of its units is in scope.
 */
export async function getProvinceFiguresInScope(
  user: CurrentUser,
  code: string,
): Promise<{ province: { code: string; shortName: string }; units: UnitFigures[] } | null> {
  const province = await prisma.workUnit.findFirst({
    where: { code, level: "PROVINCE" },
    select: { id: true, code: true, shortName: true, children: { select: { id: true } } },
  });
  if (!province) return null;
  const unitIds = [province.id, ...province.children.map((child) => child.id)].filter((id) =>
    user.scopeUnitIds.has(id),
  );
  if (unitIds.length === 0) return null;
  return {
    province: { code: province.code, shortName: province.shortName },
    units: await loadPostureFigures(unitIds, todayFor(user)),
  };
}

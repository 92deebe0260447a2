import "server-only";
import { inScopeSql } from "@/lib/auth/scope-sql";
import type { CurrentUser } from "@/lib/auth/types";
import { prisma } from "@/lib/db/client";
import { heldOnSql } from "@/lib/assignments/current";
import { todayFor } from "@/lib/dates/today";
import { Prisma } from "@/lib/generated/prisma/client";

interface SummaryRow {
  officials: bigint;
  vacant_structural: bigint;
  open_follow_ups: bigint;
  upcoming_inaugurations: bigint;
}

/**
 * The counts on the home page, each scoped to the user's subtree, in one statement (decision 021). A vacant
 * structural post is a live post of the scope with no assignment held today: an anti-join (`NOT EXISTS`) from the
 * scope's posts, so only their assignments are looked at, not every open assignment in the country. An open
 * follow-up is one not yet closed: verified or cancelled ones are not (done ones still await verification).
 */
export async function getHomeSummary(user: CurrentUser) {
  const inUnits = (column: string) => inScopeSql(user, Prisma.raw(column));
  const today = todayFor(user);
  const [row] = await prisma.$queryRaw<SummaryRow[]>`
    SELECT
      (SELECT count(*) FROM official o WHERE ${inUnits(`o."unitId"`)} AND o.status = 'ACTIVE') AS officials,
      (SELECT count(*) FROM position p
        WHERE ${inUnits(`p."unitId"`)} AND p.kind = 'STRUCTURAL' AND p."abolishedAt" IS NULL
          AND NOT EXISTS (
            SELECT 1 FROM assignment a WHERE a."positionId" = p.id AND ${heldOnSql("a", today)})) AS vacant_structural,
      (SELECT count(*) FROM follow_up f
        WHERE ${inUnits(`f."unitId"`)} AND f.status NOT IN ('VERIFIED', 'CANCELLED')) AS open_follow_ups,
      (SELECT count(*) FROM inauguration i
        WHERE ${inUnits(`i."unitId"`)} AND i.status = 'PLANNED' AND i."scheduledAt" >= ${new Date()}) AS upcoming_inaugurations`;
  return {
    units: user.scopeUnitIds.size,
    officials: Number(row!.officials),
    vacantStructural: Number(row!.vacant_structural),
    openFollowUps: Number(row!.open_follow_ups),
    upcomingInaugurations: Number(row!.upcoming_inaugurations),
  };
}

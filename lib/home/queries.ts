import "server-only";
import { scopeKey } from "@/lib/auth/scope";
import { inScopeSql } from "@/lib/auth/scope-sql";
import type { CurrentUser } from "@/lib/auth/types";
import { prisma } from "@/lib/db/client";
import { keptWhileUnchanged } from "@/lib/db/kept-while-unchanged";
import { heldOnSql } from "@/lib/assignments/current";
import { todayFor } from "@/lib/dates/today";
import { Prisma } from "@/lib/generated/prisma/client";
import { isoDate } from "@/lib/validations/input";

/**
 * The counts on the home page, each scoped to the user's subtree (decision 021). A vacant structural post is a live
 * post of the scope with no assignment held today: an anti-join (`NOT EXISTS`) from the scope's posts, so only their
 * assignments are looked at, not every open assignment in the country. An open follow-up is one not yet closed:
 * verified or cancelled ones are not (done ones still await verification). Four statements at once rather than one:
 * at national scope each counts tens of thousands of rows, and PostgreSQL runs them side by side on its own
 * connections instead of one after another. The three that depend only on the data and the day are kept until the
 * database changes (lib/db/kept-while-unchanged.ts).
 */
export async function getHomeSummary(user: CurrentUser) {
  const inUnits = (column: string) => inScopeSql(user, Prisma.raw(column));
  const today = todayFor(user);
  const count = async (query: Prisma.Sql) => {
    const [row] = await prisma.$queryRaw<{ count: bigint }[]>(query);
    return Number(row!.count);
  };
  const [dataCounts, upcomingInaugurations] = await Promise.all([
    keptWhileUnchanged(`home:${scopeKey(user)}:${isoDate(today)}`, async () => {
      const [officials, vacantStructural, openFollowUps] = await Promise.all([
        count(
          Prisma.sql`SELECT count(*) FROM official o WHERE ${inUnits(`o."unitId"`)} AND o.status = 'ACTIVE'`,
        ),
        count(Prisma.sql`
          SELECT count(*) FROM position p
          WHERE ${inUnits(`p."unitId"`)} AND p.kind = 'STRUCTURAL' AND p."abolishedAt" IS NULL
            AND NOT EXISTS (SELECT 1 FROM assignment a WHERE a."positionId" = p.id AND ${heldOnSql("a", today)})`),
        count(Prisma.sql`
          SELECT count(*) FROM follow_up f
          WHERE ${inUnits(`f."unitId"`)} AND f.status NOT IN ('VERIFIED', 'CANCELLED')`),
      ]);
      return { officials, vacantStructural, openFollowUps };
    }),
    // Moves with the clock, not only with the data: read each time (a handful of rows).
    count(Prisma.sql`
      SELECT count(*) FROM inauguration i
      WHERE ${inUnits(`i."unitId"`)} AND i.status = 'PLANNED' AND i."scheduledAt" >= ${new Date()}`),
  ]);
  return { units: user.scopeUnitIds.size, ...dataCounts, upcomingInaugurations };
}

import "server-only";
import { heldOnWhere } from "@/lib/assignments/current";
import { inScope } from "@/lib/auth/scope";
import type { CurrentUser } from "@/lib/auth/types";
import { prisma } from "@/lib/db/client";
import { todayFor } from "@/lib/dates/today";

/** The counts on the home page, each scoped to the user's subtree. */
export async function getHomeSummary(user: CurrentUser) {
  const scope = inScope(user);
  const today = todayFor(user);
  const [officials, vacantStructural, openFollowUps, upcomingInaugurations] = await prisma.$transaction([
    prisma.official.count({ where: { ...scope, status: "ACTIVE" } }),
    prisma.position.count({
      where: { ...scope, kind: "STRUCTURAL", abolishedAt: null, assignments: { none: heldOnWhere(today) } },
    }),
    prisma.followUp.count({ where: { ...scope, status: { in: ["OPEN", "IN_PROGRESS", "DONE"] } } }),
    prisma.inauguration.count({ where: { ...scope, status: "PLANNED", scheduledAt: { gte: new Date() } } }),
  ]);
  return { units: user.scopeUnitIds.size, officials, vacantStructural, openFollowUps, upcomingInaugurations };
}

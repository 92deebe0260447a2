/** The choices of the proposal form: officials in scope who still serve, and the posts of the user's own unit. */
import "server-only";
import { heldOnWhere } from "@/lib/assignments/current";
import { inScope } from "@/lib/auth/scope";
import type { CurrentUser } from "@/lib/auth/types";
import { todayFor } from "@/lib/dates/today";
import { prisma } from "@/lib/db/client";
import { ENDED_STATUSES } from "@/lib/officials/status";
import { rankLabel } from "@/lib/officials/ranks";
import { formatNip } from "@/lib/officials/nip";

export async function proposalFormOptions(user: CurrentUser, vacantLabel: string) {
  const today = todayFor(user);
  const [officials, posts] = await Promise.all([
    prisma.official.findMany({
      where: { ...inScope(user), status: { notIn: [...ENDED_STATUSES] }, employmentType: { not: "NON_ASN" } },
      select: { id: true, name: true, nip: true, rank: true, unit: { select: { shortName: true } } },
      orderBy: [{ sortName: "asc" }, { id: "asc" }],
      take: 1000,
    }),
    prisma.position.findMany({
      where: { unitId: user.unit.id, abolishedAt: null, kind: { not: "SUPPORT" } },
      select: {
        id: true,
        title: true,
        assignments: { where: heldOnWhere(today), select: { official: { select: { name: true } } } },
      },
      orderBy: [{ sortOrder: "asc" }, { title: "asc" }],
    }),
  ]);
  return {
    officials: officials.map((official) => ({
      value: official.id,
      label: [
        official.name,
        official.nip ? formatNip(official.nip) : null,
        official.rank ? rankLabel(official.rank) : null,
        official.unit.shortName,
      ]
        .filter(Boolean)
        .join(" · "),
    })),
    posts: posts.map((post) => ({
      value: post.id,
      label: `${post.title} — ${post.assignments.map((row) => row.official.name).join(", ") || vacantLabel}`,
    })),
  };
}

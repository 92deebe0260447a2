import { inScope } from "@/lib/auth/scope";
import type { CurrentUser } from "@/lib/auth/types";
import { prisma } from "@/lib/db/client";

const PAGE_SIZE = 50;

/** One page of the officials in the user's scope, sorted by name without titles. */
export async function listOfficials(user: CurrentUser, page = 1) {
  const where = inScope(user);
  const [total, rows] = await prisma.$transaction([
    prisma.official.count({ where }),
    prisma.official.findMany({
      where,
      select: {
        id: true,
        nip: true,
        name: true,
        rank: true,
        employmentType: true,
        status: true,
        unit: { select: { shortName: true } },
      },
      orderBy: [{ sortName: "asc" }, { id: "asc" }],
      skip: (page - 1) * PAGE_SIZE,
      take: PAGE_SIZE,
    }),
  ]);
  return { total, rows, page, pageCount: Math.max(1, Math.ceil(total / PAGE_SIZE)) };
}

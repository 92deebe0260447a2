/** What the officials list reads of each official: the columns it shows and the post held on the day. */
import { heldOnWhere } from "@/lib/assignments/current";
import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * The post (jabatan) held on `today`, with its section, TMT and decree: the latest taken up when there are two
 * (a Plt. beside one's own post).
 */
export function currentPostSelect(today: Date) {
  return {
    where: heldOnWhere(today),
    orderBy: [{ startDate: "desc" }, { createdAt: "desc" }],
    take: 1,
    select: {
      startDate: true,
      decreeNumber: true,
      decreeDate: true,
      position: { select: { title: true, level: true, section: { select: { name: true } } } },
    },
  } satisfies Prisma.Official$assignmentsArgs;
}

export function listSelect(today: Date) {
  return {
    id: true,
    name: true,
    nip: true,
    rank: true,
    employmentType: true,
    status: true,
    unit: { select: { shortName: true } },
    section: { select: { name: true } },
    assignments: currentPostSelect(today),
  } satisfies Prisma.OfficialSelect;
}

export type OfficialListRow = Prisma.OfficialGetPayload<{ select: ReturnType<typeof listSelect> }>;

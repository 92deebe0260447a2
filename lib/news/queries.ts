/** Reads of news: the news page (search, paging), the desk of drafts and reviews, one item and its related news. */
import "server-only";
import { cache } from "react";
import { loadAncestorUnitIds } from "@/lib/auth/scope";
import type { CurrentUser } from "@/lib/auth/types";
import { prisma } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { canSeeNewsItem, deskWhere, publishedNewsWhere } from "./visibility";

export const NEWS_PAGE_SIZE = 12;
const RELATED = 5;

/** The units above the user's home unit, read once per request. */
export const ancestorsOf = cache((unitId: string) => loadAncestorUnitIds(prisma, unitId));

const CARD = {
  id: true,
  title: true,
  body: true,
  status: true,
  publishedAt: true,
  createdAt: true,
  unit: { select: { name: true, timeZone: true } },
  author: { select: { displayName: true } },
  photos: { orderBy: { sortOrder: "asc" }, take: 1, select: { attachmentId: true } },
} satisfies Prisma.NewsItemSelect;

export type NewsCard = Prisma.NewsItemGetPayload<{ select: typeof CARD }>;

/** Published news the user reads, newest first, matching `query` in the title or body (case does not matter). */
export async function listNews(user: CurrentUser, { query, page }: { query?: string; page: number }) {
  const ancestors = await ancestorsOf(user.unit.id);
  const and: Prisma.NewsItemWhereInput[] = [publishedNewsWhere(user, ancestors)];
  if (query) {
    and.push({
      OR: [
        { title: { contains: query, mode: "insensitive" } },
        { body: { contains: query, mode: "insensitive" } },
      ],
    });
  }
  const where = { AND: and };
  const [rows, total] = await Promise.all([
    prisma.newsItem.findMany({
      where,
      orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
      skip: (page - 1) * NEWS_PAGE_SIZE,
      take: NEWS_PAGE_SIZE,
      select: CARD,
    }),
    prisma.newsItem.count({ where }),
  ]);
  return { rows, total };
}

/** Draf saya / menunggu tinjauan: the user's unpublished items and, for the secretary, those waiting for review. */
export function listDesk(user: CurrentUser) {
  return prisma.newsItem.findMany({
    where: deskWhere(user),
    orderBy: [{ updatedAt: "desc" }, { id: "desc" }],
    take: 50,
    select: CARD,
  });
}

/** One item as its page shows it, or null when it does not exist or the user may not see it. */
export async function getNewsItem(user: CurrentUser, id: string) {
  const item = await prisma.newsItem.findUnique({
    where: { id },
    include: {
      unit: { select: { id: true, name: true, timeZone: true } },
      author: { select: { displayName: true } },
      publishedBy: { select: { displayName: true } },
      photos: { orderBy: { sortOrder: "asc" }, select: { attachmentId: true } },
    },
  });
  if (!item) return null;
  return canSeeNewsItem(user, await ancestorsOf(user.unit.id), item) ? item : null;
}

export type NewsDetail = NonNullable<Awaited<ReturnType<typeof getNewsItem>>>;

/** Berita terkait: published items the user reads, from the same activity first, then the same unit, then kind. */
export async function relatedNews(
  user: CurrentUser,
  item: { id: string; unitId: string; sourceKind: string; sourceId: string },
) {
  const ancestors = await ancestorsOf(user.unit.id);
  const kind = item.sourceKind as Prisma.NewsItemWhereInput["sourceKind"];
  const rows = await prisma.newsItem.findMany({
    where: {
      AND: [
        publishedNewsWhere(user, ancestors),
        { id: { not: item.id } },
        { OR: [{ sourceKind: kind }, { unitId: item.unitId }] },
      ],
    },
    orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
    take: 50,
    select: { id: true, title: true, publishedAt: true, unitId: true, sourceKind: true, sourceId: true },
  });
  const rank = (row: (typeof rows)[number]) =>
    row.sourceKind === item.sourceKind && row.sourceId === item.sourceId
      ? 0
      : row.unitId === item.unitId
        ? 1
        : 2;
  return rows
    .map((row, index) => ({ row, index }))
    .sort((a, b) => rank(a.row) - rank(b.row) || a.index - b.index)
    .slice(0, RELATED)
    .map(({ row }) => row);
}

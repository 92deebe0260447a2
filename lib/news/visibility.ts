/**
 * Who sees a news item. Published: everyone whose scope holds its unit and everyone in its unit's subtree, so a
 * regency reads its province's and the national news (canReadPublishedNews, the policy's one upward read). Not yet
 * published: its author, and while it waits for review the secretary of its unit. Nobody else learns it exists.
 */
import { can, canReadPublishedNews } from "@/lib/auth/policy";
import type { CurrentUser } from "@/lib/auth/types";
import type { Prisma } from "@/lib/generated/prisma/client";

type Reader = Pick<CurrentUser, "id" | "role" | "unit" | "scopeUnitIds" | "scopeCoversAllUnits">;

/** The units whose published news the user reads: their scope and the units above them. */
export function readableUnitIds(user: Reader, ancestorUnitIds: ReadonlySet<string>): string[] {
  return [...new Set([...user.scopeUnitIds, ...ancestorUnitIds])];
}

export function publishedNewsWhere(
  user: Reader,
  ancestorUnitIds: ReadonlySet<string>,
): Prisma.NewsItemWhereInput {
  if (!can(user, "news.view")) return { id: { in: [] } };
  // Every unit's: no list of 553 ids to test each item against.
  if (user.scopeCoversAllUnits) return { status: "PUBLISHED" };
  return { status: "PUBLISHED", unitId: { in: readableUnitIds(user, ancestorUnitIds) } };
}

/** Is this the secretary (or Plh./Plt.) who reviews the unit's news? */
export function reviewsNewsOf(user: Reader, unitId: string): boolean {
  return user.unit.id === unitId && can(user, "news.publish", { unitId });
}

/** The unpublished items on the user's desk: their own drafts and submissions, and what waits for their review. */
export function deskWhere(user: Reader): Prisma.NewsItemWhereInput {
  const mine: Prisma.NewsItemWhereInput = { authorId: user.id, status: { in: ["DRAFT", "SUBMITTED"] } };
  if (!reviewsNewsOf(user, user.unit.id)) return mine;
  return { OR: [mine, { unitId: user.unit.id, status: "SUBMITTED" }] };
}

export function canSeeNewsItem(
  user: Reader,
  ancestorUnitIds: ReadonlySet<string>,
  item: { unitId: string; status: string; authorId: string },
): boolean {
  if (item.status === "PUBLISHED") return canReadPublishedNews(user, ancestorUnitIds, item);
  if (item.authorId === user.id) return can(user, "news.view");
  return item.status === "SUBMITTED" && reviewsNewsOf(user, item.unitId);
}

/** Who edits the text: the author while it is a draft, the reviewing secretary while it waits; nobody once published. */
export function canEditNews(
  user: Reader,
  item: { unitId: string; status: string; authorId: string },
): boolean {
  return (
    (item.status === "DRAFT" && item.authorId === user.id) ||
    (item.status === "SUBMITTED" && reviewsNewsOf(user, item.unitId))
  );
}

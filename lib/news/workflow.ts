/**
 * The news item's course (alur berita): the author drafts and submits it for review (diajukan); the publishing
 * unit's secretary, or a Plh./Plt. designated in their place, publishes it (terbit) or sends it back to draft with
 * a note, which may also take a published item off the news page.
 */
import type { NewsItem, NewsStatus as Status } from "@/lib/generated/prisma/client";
import { NewsStatus } from "@/lib/generated/prisma/enums";
import type { WorkflowUser } from "@/lib/workflow/definition";
import { defineWorkflow } from "@/lib/workflow/definition";

/** The secretary of the item's own unit decides, not a secretary above it. */
function ownUnit(user: WorkflowUser, item: { unitId: string }): boolean {
  return user.unit.id === item.unitId;
}

type Transition = "submit" | "publish" | "return";

export const newsWorkflow = defineWorkflow<Status, NewsItem, Partial<NewsItem>, Transition>({
  entityType: "NewsItem",
  auditPrefix: "news",
  table: "news_item",
  states: Object.values(NewsStatus),
  load: (tx, id) => tx.newsItem.findUnique({ where: { id } }),
  update: (tx, id, data: Partial<NewsItem>) => tx.newsItem.update({ where: { id }, data }),
  transitions: {
    submit: {
      from: ["DRAFT"],
      to: "SUBMITTED",
      action: "news.manage",
      allowed: (user, item) => user.id === item.authorId,
      set: ({ now }) => ({ submittedAt: now, reviewNote: null }),
    },
    publish: {
      from: ["SUBMITTED"],
      to: "PUBLISHED",
      action: "news.publish",
      allowed: ownUnit,
      set: ({ user, now }) => ({ publishedAt: now, publishedById: user.id }),
    },
    return: {
      from: ["SUBMITTED", "PUBLISHED"],
      to: "DRAFT",
      action: "news.publish",
      reason: "required",
      allowed: ownUnit,
      set: ({ reason }) => ({ reviewNote: reason ?? null, publishedAt: null, publishedById: null }),
    },
  },
});

export type NewsTransition = Transition;

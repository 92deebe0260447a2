/** Berita: drafting an item from an activity, and editing it before it is published. */
import "server-only";
import { DomainError, NotFoundError } from "@/lib/actions/errors";
import { defineMutation } from "@/lib/actions/mutation";
import { assertVersion } from "@/lib/actions/stale";
import { lockRow, type LockableTable } from "@/lib/db/lock-row";
import type { NewsSourceKind } from "@/lib/generated/prisma/enums";
import { notFromStateKey } from "@/lib/workflow/available";
import { transitionMutation } from "@/lib/workflow/transition-mutation";
import { draftNews } from "./drafting";
import { loadSource, photoCandidates, photoOwnerOf } from "./load-facts";
import { draftInput, newsInput } from "./schemas";
import { canEditNews } from "./visibility";
import { newsWorkflow, type NewsTransition } from "./workflow";

const ENTITY = "NewsItem";
/** Photos a drafted item starts with, from the activity's images; the author changes the choice on the edit page. */
export const DRAFT_PHOTOS = 4;

const SOURCE_TABLE: Record<NewsSourceKind, LockableTable> = {
  EVENT: "event",
  VISIT: "supervision_visit",
  INAUGURATION: "inauguration",
};

/**
 * Buat berita: drafts an item of the user's unit from an activity the user can see, facts filled in by the
 * drafting function of its kind, with the activity's first photos. The activity's row is read under a share lock,
 * so the facts are those of one moment.
 */
export const createNewsDraft = defineMutation({
  action: "news.manage",
  schema: draftInput,
  async run({ tx, user, input, authorize, audit }) {
    await lockRow(tx, SOURCE_TABLE[input.sourceKind], input.sourceId, "SHARE");
    const source = await loadSource(tx, input.sourceKind, input.sourceId);
    // An activity the user cannot see answers as one that does not exist (decision 003).
    if (!source || !source.seenFrom.some((unitId) => user.scopeUnitIds.has(unitId))) {
      throw new NotFoundError(input.sourceKind);
    }
    const unitId = user.unit.id;
    authorize({ unitId });
    if (!source.held) throw new DomainError("news.errors.notHeld");
    const draft = draftNews(source.facts, user.unit);
    const photos = (await photoCandidates(tx, source.photoOwner)).slice(0, DRAFT_PHOTOS);
    const item = await tx.newsItem.create({
      data: {
        unitId,
        authorId: user.id,
        ...draft,
        sourceKind: input.sourceKind,
        sourceId: input.sourceId,
        photos: { create: photos.map((photo, index) => ({ attachmentId: photo.id, sortOrder: index })) },
      },
    });
    await audit({
      action: "news.create",
      entityType: ENTITY,
      entityId: item.id,
      unitId,
      after: { ...item, photoIds: photos.map((photo) => photo.id) },
    });
    return { id: item.id };
  },
});

/**
 * Ubah berita: the author edits a draft; once submitted, the reviewing secretary may correct it before publishing.
 * A published item is sent back to draft first. Photos are chosen among the activity's images only.
 */
export const saveNews = defineMutation({
  action: "news.manage",
  schema: newsInput,
  async run({ tx, user, input, authorize, audit }) {
    await lockRow(tx, "news_item", input.id);
    const before = await tx.newsItem.findUnique({
      where: { id: input.id },
      include: { photos: { orderBy: { sortOrder: "asc" }, select: { attachmentId: true } } },
    });
    if (!before) throw new NotFoundError(ENTITY);
    authorize(before);
    if (!canEditNews(user, before)) {
      if (before.status === "PUBLISHED") throw new DomainError(notFromStateKey(before.status));
      throw new NotFoundError(ENTITY);
    }
    const { photos: storedPhotos, ...stored } = before;
    await assertVersion(tx, ENTITY, stored, input.version);
    const owner = await photoOwnerOf(tx, before.sourceKind, before.sourceId);
    const allowed = new Set((await photoCandidates(tx, owner)).map((photo) => photo.id));
    const photoIds = [...new Set(input.photoIds)];
    if (photoIds.some((id) => !allowed.has(id))) throw new DomainError("news.errors.photo", {}, "photoIds");
    const after = await tx.newsItem.update({
      where: { id: before.id },
      data: { title: input.title, body: input.body, version: before.version + 1 },
    });
    await audit({
      action: "news.update",
      entityType: ENTITY,
      entityId: before.id,
      unitId: before.unitId,
      before: { ...stored, photoIds: storedPhotos.map((photo) => photo.attachmentId) },
      after: { ...after, photoIds },
    });
    await tx.newsPhoto.deleteMany({ where: { newsId: after.id } });
    await tx.newsPhoto.createMany({
      data: photoIds.map((attachmentId, sortOrder) => ({ newsId: after.id, attachmentId, sortOrder })),
    });
    return { id: after.id };
  },
});

/** Ajukan / terbitkan / kembalikan ke draf: one mutation per step of the item's workflow. */
export const newsTransitions = {
  submit: transitionMutation(newsWorkflow, "submit"),
  publish: transitionMutation(newsWorkflow, "publish"),
  return: transitionMutation(newsWorkflow, "return"),
} satisfies Record<NewsTransition, unknown>;

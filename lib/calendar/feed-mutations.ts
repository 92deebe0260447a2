/**
 * The personal calendar feed address: made, replaced (the old one stops at once) and revoked by its owner only.
 * Each write is conditional on the stored state, so two tabs pressing at once get one change and one clear refusal.
 * The audit entry says what happened and when, never the token.
 */
import "server-only";
import { z } from "zod";
import { DomainError } from "@/lib/actions/errors";
import { defineMutation, type MutationContext } from "@/lib/actions/mutation";
import { newFeedToken } from "./feed-token";

const noInput = z.object({});

async function audited(context: MutationContext<unknown>, action: string, createdAt: Date | null) {
  await context.audit({
    action,
    entityType: "User",
    entityId: context.user.id,
    unitId: context.user.unit.id,
    after: { calendarFeed: createdAt ? "active" : "none", calendarFeedCreatedAt: createdAt },
  });
}

/** Buat alamat langganan: only when the user has none (a second press is refused, not a second address). */
export const createFeedAddress = defineMutation({
  action: "calendar.subscribe",
  schema: noInput,
  async run(context) {
    const { tx, user, authorize } = context;
    authorize({ unitId: user.unit.id });
    const createdAt = new Date();
    const { count } = await tx.user.updateMany({
      where: { id: user.id, calendarFeedToken: null },
      data: { calendarFeedToken: newFeedToken(), calendarFeedCreatedAt: createdAt },
    });
    if (count === 0) throw new DomainError("calendar.errors.feedExists");
    await audited(context, "calendar.feedCreate", createdAt);
    return { userId: user.id };
  },
});

/** Ganti alamat: a new secret in place of the old, which answers 404 from now on. */
export const replaceFeedAddress = defineMutation({
  action: "calendar.subscribe",
  schema: noInput,
  async run(context) {
    const { tx, user, authorize } = context;
    authorize({ unitId: user.unit.id });
    const createdAt = new Date();
    const { count } = await tx.user.updateMany({
      where: { id: user.id, calendarFeedToken: { not: null } },
      data: { calendarFeedToken: newFeedToken(), calendarFeedCreatedAt: createdAt },
    });
    if (count === 0) throw new DomainError("calendar.errors.noFeed");
    await audited(context, "calendar.feedReplace", createdAt);
    return { userId: user.id };
  },
});

/** Cabut alamat: the feed stops answering; the user may make a new one later. */
export const revokeFeedAddress = defineMutation({
  action: "calendar.subscribe",
  schema: noInput,
  async run(context) {
    const { tx, user, authorize } = context;
    authorize({ unitId: user.unit.id });
    const { count } = await tx.user.updateMany({
      where: { id: user.id, calendarFeedToken: { not: null } },
      data: { calendarFeedToken: null, calendarFeedCreatedAt: null },
    });
    if (count === 0) throw new DomainError("calendar.errors.noFeed");
    await audited(context, "calendar.feedRevoke", null);
    return { userId: user.id };
  },
});

/**
 * The personal calendar feed address: made, replaced (the old one stops at once) and revoked by its owner only.
 * Each write is conditional on the stored state, so two tabs pressing at once get one change and one clear refusal.
 * The audit entry says what happened and when, never the token.
 */
import "server-only";
import { z } from "zod";
import { DomainError } from "@/lib/actions/errors";
import { defineMutation, type MutationContext } from "@/lib/actions/mutation";
import type { Prisma } from "@/lib/generated/prisma/client";
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

/**
 * Writes a new secret when the stored state is as `where` expects (none yet, or one to replace); otherwise the
 * other tab won and the user is told why.
 */
async function writeNewToken(
  context: MutationContext<unknown>,
  where: Prisma.UserWhereInput,
  refusal: string,
  action: string,
) {
  const { tx, user, authorize } = context;
  authorize({ unitId: user.unit.id });
  const createdAt = new Date();
  const { count } = await tx.user.updateMany({
    where: { AND: [{ id: user.id }, where] },
    data: { calendarFeedToken: newFeedToken(), calendarFeedCreatedAt: createdAt },
  });
  if (count === 0) throw new DomainError(refusal);
  await audited(context, action, createdAt);
  return { userId: user.id };
}

/** Buat alamat langganan: only when the user has none (a second press is refused, not a second address). */
export const createFeedAddress = defineMutation({
  action: "calendar.subscribe",
  schema: noInput,
  run: (context) =>
    writeNewToken(context, { calendarFeedToken: null }, "calendar.errors.feedExists", "calendar.feedCreate"),
});

/** Ganti alamat: a new secret in place of the old, which answers 404 from now on. */
export const replaceFeedAddress = defineMutation({
  action: "calendar.subscribe",
  schema: noInput,
  run: (context) =>
    writeNewToken(
      context,
      { calendarFeedToken: { not: null } },
      "calendar.errors.noFeed",
      "calendar.feedReplace",
    ),
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

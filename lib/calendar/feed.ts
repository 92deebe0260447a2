/** The personal calendar feed: whose address a token is, and the iCalendar file of their entries. */
import "server-only";
import { createTranslator } from "next-intl";
import { loadCurrentUser } from "@/lib/auth/load-current-user";
import type { CurrentUser } from "@/lib/auth/types";
import { addDays, todayFor } from "@/lib/dates/today";
import { prisma } from "@/lib/db/client";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { DEFAULT_LOCALE, isLocale, type Locale } from "@/lib/i18n/config";
import { messagesFor } from "@/lib/i18n/messages";
import type { Translate } from "@/lib/i18n/translate";
import { calendarEntries } from "./entries";
import { toIcsItem } from "./feed-items";
import { isFeedToken } from "./feed-token";
import { serializeCalendar } from "./ics";

/** Years of work a feed carries on each side of today: a secretariat's calendar of its past and planned work. */
const FEED_YEARS = 5;
/** Per kind; far more than a province holds in ten years, so a feed stays a file calendar apps accept. */
const FEED_LIMIT = 2000;

export interface FeedOwner {
  user: CurrentUser;
  locale: Locale;
}

/** The active account whose feed address carries `token`; null for an unknown or revoked one, or a deactivated account. */
export async function findFeedOwner(token: string, db: PrismaClient = prisma): Promise<FeedOwner | null> {
  if (!isFeedToken(token)) return null;
  const account = await db.user.findUnique({
    where: { calendarFeedToken: token },
    select: { id: true, locale: true },
  });
  if (!account) return null;
  const user = await loadCurrentUser(db, account.id);
  if (!user) return null;
  return { user, locale: isLocale(account.locale) ? account.locale : DEFAULT_LOCALE };
}

/** The owner's calendar as an iCalendar file, in their language, with links to `origin`. */
export async function buildFeed(
  owner: FeedOwner,
  origin: string,
  { now = new Date(), db = prisma }: { now?: Date; db?: PrismaClient } = {},
): Promise<string> {
  const today = todayFor(owner.user, now);
  const days = FEED_YEARS * 366;
  const entries = await calendarEntries(
    owner.user,
    { from: addDays(today, -days), to: addDays(today, days) },
    { limit: FEED_LIMIT, db },
  );
  const t = createTranslator({
    locale: owner.locale,
    messages: messagesFor(owner.locale),
    namespace: "calendar",
  }) as unknown as Translate;
  return serializeCalendar({
    prodId: "-//KPU//Sekretariat//ID",
    name: t("feed.name", { name: owner.user.displayName, unit: owner.user.unit.shortName }),
    timeZone: owner.user.unit.timeZone,
    stamp: now,
    items: entries.map((entry) => toIcsItem(entry, t, origin)),
  });
}

/** The user's own feed secret and when it was made, or null when they have none (the calendar page). */
export async function getFeedToken(userId: string, db: PrismaClient = prisma) {
  const account = await db.user.findUnique({
    where: { id: userId },
    select: { calendarFeedToken: true, calendarFeedCreatedAt: true },
  });
  if (!account?.calendarFeedToken || !account.calendarFeedCreatedAt) return null;
  return { token: account.calendarFeedToken, createdAt: account.calendarFeedCreatedAt };
}

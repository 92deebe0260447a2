import { getFormatter, getTranslations } from "next-intl/server";
import { headers } from "next/headers";
import Link from "@/components/ui/link";
import { CalendarDays } from "@/components/calendar/calendar-days";
import type { CalendarItem } from "@/components/calendar/entry-link";
import { FeedPanel } from "@/components/calendar/feed-panel";
import { requireUser } from "@/lib/auth/current-user";
import { calendarEntries, monthEntries } from "@/lib/calendar/entries";
import { getFeedToken } from "@/lib/calendar/feed";
import { feedPath } from "@/lib/calendar/feed-token";
import {
  dayKey,
  monthCells,
  monthKey,
  monthRange,
  monthDays,
  parseDay,
  parseMonth,
  shiftMonth,
  SHOWN_PER_DAY,
} from "@/lib/calendar/month";
import { publicOrigin } from "@/lib/calendar/origin";
import { PageHeader } from "@/components/ui/page-header";
import { addDays, todayFor } from "@/lib/dates/today";

const LINK = "rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium hover:bg-slate-100";
type Params = Record<string, string | string[] | undefined>;
/**
 * Events, ceremonies and visits read for one month (a national month holds about 2,000, so every day's count is
 * exact); follow-ups are counted by day in the database and only each day's first few are read.
 */
const MONTH_LIMIT = 20_000;

/** Kalender: the month (`?bulan=2026-12`) of everything dated in the user's scope, and their feed address. */
export default async function CalendarPage({ searchParams }: { searchParams: Promise<Params> }) {
  const user = await requireUser();
  const today = todayFor(user);
  const params = await searchParams;
  const month = parseMonth(params.bulan, today);
  const day = parseDay(params.hari, month);
  const range = monthRange(month);
  const [t, format, { entries, unreadByDay }, feed, requestHeaders] = await Promise.all([
    getTranslations("calendar"),
    getFormatter(),
    // A day opened on its own reads all of that day; the month, the first few follow-ups of each day.
    day
      ? calendarEntries(user, { from: day, to: addDays(day, 1) }, { limit: MONTH_LIMIT }).then((all) => ({
          entries: all,
          unreadByDay: undefined,
        }))
      : monthEntries(user, range, { limit: MONTH_LIMIT, perDay: SHOWN_PER_DAY }),
    getFeedToken(user.id),
    headers(),
  ]);
  const cells = monthCells(entries, range, day ? dayKey(day) : null, unreadByDay);
  const itemsByDay: Record<string, CalendarItem[]> = {};
  for (const [key, shownEntries] of cells.shownByDay) {
    itemsByDay[key] = shownEntries.map((entry) => ({
      key: `${entry.kind}-${entry.id}`,
      kind: entry.kind,
      title: entry.title,
      href: entry.href,
      allDay: entry.allDay,
      start: entry.start,
      timeZone: entry.timeZone,
      cancelled: entry.cancelled,
    }));
  }
  const days = monthDays(month).map(dayKey);
  const title = format.dateTime(range.from, { month: "long", year: "numeric", timeZone: "UTC" });
  const monthParam = monthKey(month);
  const href = (target: typeof month) => `/kalender?bulan=${monthKey(target)}`;
  const shown = {
    todayKey: dayKey(today),
    readerZone: user.unit.timeZone,
    itemsByDay,
    moreByDay: cells.moreByDay,
    monthParam,
  };
  return (
    <>
      <PageHeader title={t("title")} intro={t("intro")} />
      <nav aria-label={t("monthNav")} className="mb-4 flex flex-wrap items-end gap-2">
        <Link href={href(shiftMonth(month, -1))} className={LINK} rel="prev">
          <span aria-hidden="true">← </span>
          {t("previous")}
        </Link>
        <Link href="/kalender" className={LINK}>
          {t("thisMonth")}
        </Link>
        <Link href={href(shiftMonth(month, 1))} className={LINK} rel="next">
          {t("next")}
          <span aria-hidden="true"> →</span>
        </Link>
        <form method="get" action="/kalender" className="flex items-end gap-2">
          <label className="text-sm">
            <span className="block font-medium">{t("month")}</span>
            <input
              type="month"
              name="bulan"
              defaultValue={monthKey(month)}
              min="1950-01"
              max="2100-12"
              className="mt-1 rounded-md border border-slate-300 px-2 py-1"
            />
          </label>
          <button type="submit" className={LINK}>
            {t("show")}
          </button>
        </form>
      </nav>
      {day ? (
        <section aria-labelledby="day-heading" className="mb-6 space-y-3">
          <h2 id="day-heading" className="text-lg font-semibold text-slate-900">
            {format.dateTime(day, { dateStyle: "full", timeZone: "UTC" })}
          </h2>
          <Link href={href(month)} className={LINK}>
            <span aria-hidden="true">← </span>
            {t("backToMonth", { month: title })}
          </Link>
          <CalendarDays
            label={format.dateTime(day, { dateStyle: "full", timeZone: "UTC" })}
            days={[dayKey(day)]}
            {...shown}
          />
        </section>
      ) : (
        <section aria-labelledby="month-heading" className="mb-6 space-y-3">
          <h2 id="month-heading" className="text-lg font-semibold text-slate-900">
            {title}{" "}
            <span className="text-sm font-normal text-slate-600">({t("count", { count: cells.count })})</span>
          </h2>
          <CalendarDays label={title} days={days} month {...shown} />
        </section>
      )}
      <FeedPanel
        feed={
          feed
            ? { address: `${publicOrigin(requestHeaders)}${feedPath(feed.token)}`, createdAt: feed.createdAt }
            : null
        }
      />
    </>
  );
}

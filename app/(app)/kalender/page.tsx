import { getFormatter, getTranslations } from "next-intl/server";
import { headers } from "next/headers";
import Link from "next/link";
import { DayList } from "@/components/calendar/day-list";
import type { CalendarItem } from "@/components/calendar/entry-link";
import { FeedPanel } from "@/components/calendar/feed-panel";
import { MonthGrid } from "@/components/calendar/month-grid";
import { requireUser } from "@/lib/auth/current-user";
import { calendarEntries } from "@/lib/calendar/entries";
import { getFeedToken } from "@/lib/calendar/feed";
import { feedPath } from "@/lib/calendar/feed-token";
import {
  dayKey,
  entriesByDay,
  monthKey,
  monthRange,
  monthWeeks,
  parseMonth,
  shiftMonth,
} from "@/lib/calendar/month";
import { publicOrigin } from "@/lib/calendar/origin";
import { PageHeader } from "@/components/ui/page-header";
import { todayFor } from "@/lib/dates/today";

const LINK = "rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium hover:bg-slate-100";
type Params = Record<string, string | string[] | undefined>;

/** Kalender: the month (`?bulan=2026-12`) of everything dated in the user's scope, and their feed address. */
export default async function CalendarPage({ searchParams }: { searchParams: Promise<Params> }) {
  const user = await requireUser();
  const today = todayFor(user);
  const month = parseMonth((await searchParams).bulan, today);
  const range = monthRange(month);
  const [t, format, entries, feed, requestHeaders] = await Promise.all([
    getTranslations("calendar"),
    getFormatter(),
    calendarEntries(user, range),
    getFeedToken(user.id),
    headers(),
  ]);
  const itemsByDay: Record<string, CalendarItem[]> = {};
  for (const [day, dayEntries] of entriesByDay(entries, range)) {
    itemsByDay[day] = dayEntries.map((entry) => ({
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
  const weeks = monthWeeks(month).map((week) => week.map((day) => (day ? dayKey(day) : null)));
  const days = weeks.flat().filter((day): day is string => day !== null);
  const title = format.dateTime(range.from, { month: "long", year: "numeric", timeZone: "UTC" });
  const count = days.reduce((sum, day) => sum + (itemsByDay[day]?.length ?? 0), 0);
  const href = (target: typeof month) => `/kalender?bulan=${monthKey(target)}`;
  const shown = {
    todayKey: dayKey(today),
    readerZone: user.unit.timeZone,
    itemsByDay,
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
      <section aria-labelledby="month-heading" className="mb-6 space-y-3">
        <h2 id="month-heading" className="text-lg font-semibold text-slate-900">
          {title} <span className="text-sm font-normal text-slate-600">({t("count", { count })})</span>
        </h2>
        <MonthGrid caption={title} weeks={weeks} {...shown} />
        <DayList days={days} {...shown} />
      </section>
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

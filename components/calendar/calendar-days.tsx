import { useFormatter, useTranslations } from "next-intl";
import { weekdayColumn } from "@/lib/calendar/month";
import { EntryLink, MoreLink, type CalendarItem } from "./entry-link";

/** The days of January 2024 from Monday the 1st: the weekday names in order, whatever day a month starts on. */
const WEEK = [1, 2, 3, 4, 5, 6, 7];

/**
 * The days of the calendar as one list, laid out by CSS (`.calendar-days`, app/globals.css): a month is a grid of
 * weeks, Monday first, on wider screens and only its days with entries on phones; a day opened on its own is that
 * day's list. Each day is a heading with its full date (the grid shows the day's number and keeps the date for
 * screen readers), today marked `aria-current="date"`. One list rather than a table and a phone list beside it: a
 * national month holds about 250 entries, and each element costs rendering twice (HTML and RSC payload).
 * Hand-written rather than the DataTable kit: its rows are days, not records (docs/decisions/013-calendar-feed.md).
 */
export function CalendarDays({
  label,
  days,
  itemsByDay,
  todayKey,
  readerZone,
  moreByDay = {},
  monthParam,
  month = false,
}: {
  /** The list's accessible name: the month, or the day. */
  label: string;
  /** The days shown, in order: a whole month, or one day. */
  days: string[];
  itemsByDay: Record<string, CalendarItem[]>;
  todayKey: string;
  readerZone: string;
  /** Entries of a day beyond those shown, listed on the day's own view. */
  moreByDay?: Record<string, number>;
  /** `?bulan=` of the month shown, for the link to a day's own view. */
  monthParam: string;
  /** A whole month: laid out as a grid of weeks on wider screens. */
  month?: boolean;
}) {
  const t = useTranslations("calendar");
  const format = useFormatter();
  const busy = days.some((day) => itemsByDay[day]?.length);
  const date = (day: string) => new Date(`${day}T00:00:00Z`);
  const firstColumn = days[0] ? weekdayColumn(date(days[0])) : 1;
  const empty = (
    <p className={`rounded-lg border border-slate-200 bg-white p-4 text-sm ${month ? "md:hidden" : ""}`}>
      {t("empty")}
    </p>
  );
  if (!month && !busy) return empty;
  return (
    <div>
      {month ? (
        <div aria-hidden="true" className="calendar-weekdays">
          {WEEK.map((monday) => (
            <span key={monday}>
              {format.dateTime(new Date(Date.UTC(2024, 0, monday)), { weekday: "short", timeZone: "UTC" })}
            </span>
          ))}
        </div>
      ) : null}
      <ol aria-label={label} className={month ? "calendar-days calendar-month" : "calendar-days"}>
        {days.map((day, index) => {
          const items = itemsByDay[day] ?? [];
          const isToday = day === todayKey;
          return (
            <li
              key={day}
              // Spread, not `={undefined}`: an undefined prop travels as "$undefined" in the RSC payload.
              {...(isToday ? { "aria-current": "date" as const } : {})}
              {...(items.length ? { className: "busy" } : {})}
              {...(index === 0 && firstColumn > 1 ? { style: { gridColumnStart: firstColumn } } : {})}
            >
              <h3>
                <span>{format.dateTime(date(day), { dateStyle: "full", timeZone: "UTC" })}</span>
                {month ? <span aria-hidden="true">{Number(day.slice(8))}</span> : null}
                {isToday ? ` · ${t("today")}` : null}
              </h3>
              {items.length ? (
                <ul>
                  {items.map((item) => (
                    <li key={item.key}>
                      <EntryLink item={item} readerZone={readerZone} />
                    </li>
                  ))}
                </ul>
              ) : null}
              <MoreLink day={day} more={moreByDay[day]} monthParam={monthParam} />
            </li>
          );
        })}
      </ol>
      {month && !busy ? empty : null}
    </div>
  );
}

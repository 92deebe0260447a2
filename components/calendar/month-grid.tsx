import { useFormatter, useTranslations } from "next-intl";
import { EntryLink, MoreLink, type CalendarItem } from "./entry-link";

/**
 * The month as a table for wider screens: one column per weekday (Monday first) with its header, one row per
 * week, today's cell marked (aria-current="date"). Hand-written rather than the DataTable kit: its rows are weeks
 * and its cells lists, not records and fields (docs/decisions/013-calendar-feed.md).
 */
export function MonthGrid({
  caption,
  weeks,
  itemsByDay,
  todayKey,
  readerZone,
  moreByDay = {},
  monthParam,
}: {
  caption: string;
  weeks: (string | null)[][];
  itemsByDay: Record<string, CalendarItem[]>;
  todayKey: string;
  readerZone: string;
  /** Entries of a day beyond those shown, listed on the day's own view. */
  moreByDay?: Record<string, number>;
  /** `?bulan=` of the month shown, for the link to a day's own view. */
  monthParam: string;
}) {
  const t = useTranslations("calendar");
  const format = useFormatter();
  const firstWeek = weeks.find((week) => week.every(Boolean)) ?? weeks[0] ?? [];
  const weekdays = firstWeek.map((day, index) => {
    // 2024-01-01 was a Monday: a fallback for a week with blanks.
    const date = day ? new Date(`${day}T00:00:00Z`) : new Date(Date.UTC(2024, 0, 1 + index));
    return {
      short: format.dateTime(date, { weekday: "short", timeZone: "UTC" }),
      long: format.dateTime(date, { weekday: "long", timeZone: "UTC" }),
    };
  });
  return (
    <table className="hidden w-full table-fixed border-collapse rounded-lg border border-slate-200 bg-white md:table">
      <caption className="sr-only">{caption}</caption>
      <thead>
        <tr>
          {weekdays.map((weekday) => (
            <th
              key={weekday.long}
              scope="col"
              abbr={weekday.long}
              className="border-b border-slate-200 px-2 py-2 text-left text-xs font-semibold text-slate-700"
            >
              {weekday.short}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {weeks.map((week) => (
          <tr key={week.find(Boolean)}>
            {week.map((day, index) => {
              if (!day) return <td key={`blank-${index}`} className="border border-slate-100 bg-slate-50" />;
              const isToday = day === todayKey;
              const items = itemsByDay[day] ?? [];
              return (
                <td
                  key={day}
                  aria-current={isToday ? "date" : undefined}
                  className={`h-28 border border-slate-200 p-1 align-top ${isToday ? "bg-brand-50 ring-2 ring-brand-600 ring-inset" : ""}`}
                >
                  <p className={`mb-1 text-xs ${isToday ? "font-bold text-brand-700" : "text-slate-600"}`}>
                    {Number(day.slice(8))}
                    {isToday ? <span className="ml-1">· {t("today")}</span> : null}
                  </p>
                  {items.length ? (
                    <ul className="space-y-1">
                      {items.map((item) => (
                        <li key={item.key}>
                          <EntryLink item={item} readerZone={readerZone} />
                        </li>
                      ))}
                    </ul>
                  ) : null}
                  <MoreLink day={day} more={moreByDay[day]} monthParam={monthParam} />
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

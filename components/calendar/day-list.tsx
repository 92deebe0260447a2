import { useFormatter, useTranslations } from "next-intl";
import { EntryLink, MoreLink, type CalendarItem } from "./entry-link";

/**
 * The month as a list for phones: only the days that have something, each under its own heading with the full
 * date; today's heading says so.
 */
export function DayList({
  days,
  itemsByDay,
  todayKey,
  readerZone,
  moreByDay = {},
  monthParam,
  className = "md:hidden",
}: {
  days: string[];
  itemsByDay: Record<string, CalendarItem[]>;
  todayKey: string;
  readerZone: string;
  /** Entries of a day beyond those shown, listed on the day's own view. */
  moreByDay?: Record<string, number>;
  /** `?bulan=` of the month shown, for the link to a day's own view. */
  monthParam: string;
  /** The month shows it on phones only; a day's own view on every screen. */
  className?: string;
}) {
  const t = useTranslations("calendar");
  const format = useFormatter();
  const busy = days.filter((day) => itemsByDay[day]?.length);
  if (!busy.length)
    return (
      <p className={`rounded-lg border border-slate-200 bg-white p-4 text-sm ${className}`}>{t("empty")}</p>
    );
  return (
    <ol className={`space-y-3 ${className}`}>
      {busy.map((day) => (
        <li key={day} aria-current={day === todayKey ? "date" : undefined}>
          <h3
            className={`mb-1 text-sm font-semibold ${day === todayKey ? "text-brand-700" : "text-slate-800"}`}
          >
            {format.dateTime(new Date(`${day}T00:00:00Z`), { dateStyle: "full", timeZone: "UTC" })}
            {day === todayKey ? ` · ${t("today")}` : null}
          </h3>
          <ul className="space-y-1">
            {(itemsByDay[day] ?? []).map((item) => (
              <li key={item.key}>
                <EntryLink item={item} readerZone={readerZone} />
              </li>
            ))}
          </ul>
          <MoreLink day={day} more={moreByDay[day]} monthParam={monthParam} />
        </li>
      ))}
    </ol>
  );
}

import Link from "@/components/ui/link";
import { useFormatter, useTranslations } from "next-intl";
import { fixedZone } from "@/lib/dates/zones";

/** What the calendar shows of an entry: plain data, so that server and client components can take it. */
export interface CalendarItem {
  key: string;
  kind: "event" | "inauguration" | "visit" | "followUp";
  title: string;
  href: string;
  allDay: boolean;
  start: Date;
  timeZone: string;
  cancelled: boolean;
}

const KIND_STYLES: Record<CalendarItem["kind"], string> = {
  event: "border-sky-600 bg-sky-50",
  inauguration: "border-violet-600 bg-violet-50",
  visit: "border-amber-600 bg-amber-50",
  followUp: "border-rose-600 bg-rose-50",
};

/**
 * One entry: its kind, time on its unit's clock (the zone named when it is not the reader's), title linking to the
 * record, and "Dibatalkan" when cancelled. Colour only repeats what the kind label says.
 */
export function EntryLink({ item, readerZone }: { item: CalendarItem; readerZone: string }) {
  const t = useTranslations("calendar");
  const format = useFormatter();
  const zone =
    item.timeZone === readerZone ? "" : ` ${fixedZone(item.timeZone)?.abbreviation ?? item.timeZone}`;
  const when = item.allDay
    ? t("allDay")
    : `${format.dateTime(item.start, { timeStyle: "short", timeZone: item.timeZone })}${zone}`;
  return (
    <Link href={item.href} className={`calendar-entry ${KIND_STYLES[item.kind]}`}>
      <span>
        {t(`kinds.${item.kind}`)} · {when}
        {item.cancelled ? (
          <strong className="ml-1 font-semibold text-red-800">({t("cancelled")})</strong>
        ) : null}
      </span>
      {/* No className={undefined}: it would travel as "$undefined" in the RSC payload, once per entry. */}
      <span {...(item.cancelled ? { className: "line-through" } : {})}>{item.title}</span>
    </Link>
  );
}

/** "+12 lainnya" under a day's first entries: opens the day's own view, which lists them all. */
export function MoreLink({ day, more, monthParam }: { day: string; more?: number; monthParam: string }) {
  const t = useTranslations("calendar");
  if (!more) return null;
  return (
    <Link href={`/kalender?bulan=${monthParam}&hari=${day}`} className="calendar-more">
      {t("more", { count: more })}
    </Link>
  );
}

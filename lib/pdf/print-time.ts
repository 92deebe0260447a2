/**
 * Dates and times as an Indonesian office letter writes them, in the unit's time zone: "Jumat, 11 Maret 2022",
 * "10.15 WITA". Intl (full ICU in Node) gives the day and month names of the user's language.
 */
import { dateTimeFormat } from "@/lib/dates/intl-formats";
import { TIME_ZONE_NAMES } from "@/lib/units/unit-options";

const weekdayDate = dateTimeFormat({ weekday: "long", day: "numeric", month: "long", year: "numeric" });
const dayMonthYear = dateTimeFormat({ day: "numeric", month: "long", year: "numeric" });
const clock = dateTimeFormat({ hour: "2-digit", minute: "2-digit", hourCycle: "h23" });
const shortOffset = dateTimeFormat({ timeZoneName: "shortOffset" });

/** "Jumat, 11 Maret 2022" (id), "Friday, 11 March 2022" (en-GB). */
export function longDate(date: Date, { locale, timeZone }: { locale: string; timeZone: string }): string {
  return weekdayDate(locale, timeZone).format(date);
}

/** "11 Maret 2022" (id), "11 March 2022" (en-GB): a calendar date, such as a decree's, stored as UTC midnight. */
export function calendarDate(date: Date, locale: string): string {
  return dayMonthYear(locale, "UTC").format(date);
}

/** "10.15" (id), "10:15" (en): a 24-hour clock, as Indonesian offices write it. */
export function clockTime(date: Date, { locale, timeZone }: { locale: string; timeZone: string }): string {
  return clock(locale, timeZone).format(date);
}

/**
 * The zone's name as Indonesians write it after a time (WIB, WITA, WIT); for a zone outside Indonesia, its
 * offset ("GMT+9"), never the IANA name.
 */
export function zoneName(timeZone: string, date: Date = new Date()): string {
  const name = (TIME_ZONE_NAMES as Record<string, string | undefined>)[timeZone];
  if (name) return name;
  const offset = shortOffset("en", timeZone)
    .formatToParts(date)
    .find((part) => part.type === "timeZoneName")?.value;
  return offset ?? "UTC";
}

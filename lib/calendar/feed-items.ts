/** A calendar entry as an iCalendar item: its stable UID, its sequence, its times and its link. Pure. */
import { addDays } from "@/lib/dates/today";
import type { Translate } from "@/lib/i18n/translate";
import type { CalendarEntry, EntryKind } from "./entries";
import type { IcsItem } from "./ics";

const UID_PREFIX: Record<EntryKind, string> = {
  event: "event",
  inauguration: "inauguration",
  visit: "visit",
  followUp: "follow-up",
};

/** "event-<id>@sekretariat": the same for a record as long as it exists, whatever changes in it. */
export function entryUid(entry: Pick<CalendarEntry, "kind" | "id">): string {
  return `${UID_PREFIX[entry.kind]}-${entry.id}@sekretariat`;
}

/** `t` reads the `calendar` namespace; `origin` makes the record's link absolute. */
export function toIcsItem(entry: CalendarEntry, t: Translate, origin: string): IcsItem {
  const url = `${origin}${entry.href}`;
  return {
    uid: entryUid(entry),
    sequence: entry.version,
    summary: t(`feed.summary.${entry.kind}`, { title: entry.title }),
    description: [`${t(`kinds.${entry.kind}`)} · ${entry.unitName}`, url].join("\n"),
    location: entry.location,
    url,
    start: entry.allDay
      ? { allDay: true, date: entry.start }
      : { allDay: false, at: entry.start, timeZone: entry.timeZone },
    end: entry.allDay
      ? { allDay: true, date: addDays(entry.end ?? entry.start, 1) }
      : entry.end
        ? { allDay: false, at: entry.end, timeZone: entry.timeZone }
        : undefined,
    cancelled: entry.cancelled,
    transparent: entry.kind === "followUp",
    lastModified: entry.updatedAt,
  };
}

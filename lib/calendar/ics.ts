/**
 * An iCalendar (RFC 5545) writer for the personal calendar feed: pure, no I/O. Only what the feed needs: one
 * VCALENDAR of VEVENTs, the zones they use as VTIMEZONEs, text escaped, lines folded at 75 octets, CRLF.
 */
import { fixedZone, formatOffset } from "@/lib/dates/zones";

/** When an item happens: a whole calendar day (a due date) or an instant shown on its unit's clock. */
export type IcsTime =
  | { allDay: true; /** UTC midnight of the calendar date, as `@db.Date` columns are read. */ date: Date }
  | { allDay: false; at: Date; /** IANA name of the record's unit's zone. */ timeZone: string };

export interface IcsItem {
  /** Stable per record ("event-<id>@sekretariat"), so an update replaces the item instead of adding one. */
  uid: string;
  /** The record's `version`: it rises with every change, which tells calendar apps to take the new copy. */
  sequence: number;
  summary: string;
  description?: string | null;
  location?: string | null;
  url?: string;
  start: IcsTime;
  /** All-day: the day after the last day (DTEND is exclusive). Omitted: the item has no set end. */
  end?: IcsTime;
  /** Kept in the feed as STATUS:CANCELLED so calendar apps take it off instead of keeping a stale copy. */
  cancelled: boolean;
  /** A due date does not make the user busy. */
  transparent?: boolean;
  lastModified?: Date;
}

export interface IcsCalendar {
  /** PRODID: who wrote the file, "-//Owner//Product//Language". */
  prodId: string;
  /** The name calendar apps show for the subscription. */
  name: string;
  /** The subscriber's own zone: always described, and offered as the calendar's default zone. */
  timeZone: string;
  /** DTSTAMP of every item: when this copy was written. */
  stamp: Date;
  items: IcsItem[];
}

const CRLF = "\r\n";
const MAX_OCTETS = 75;

/** TEXT values (RFC 5545 3.3.11): backslash, semicolon and comma escaped, line breaks as \n, controls dropped. */
export function escapeText(value: string): string {
  return value
    .replace(/\r\n?|\n/g, "\n")
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, "")
    .replace(/[\\;,]/g, (char) => `\\${char}`)
    .replace(/\n/g, "\\n");
}

function utf8Octets(codePoint: number): number {
  if (codePoint < 0x80) return 1;
  if (codePoint < 0x800) return 2;
  return codePoint < 0x10000 ? 3 : 4;
}

/**
 * Folds one content line (RFC 5545 3.1): no line longer than 75 octets of UTF-8, each continuation starting with
 * one space, never splitting a multi-byte character.
 */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = "";
  let octets = 0;
  for (const char of line) {
    const size = utf8Octets(char.codePointAt(0) ?? 0);
    const limit = parts.length === 0 ? MAX_OCTETS : MAX_OCTETS - 1;
    if (octets + size > limit) {
      parts.push(current);
      current = "";
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join(`${CRLF} `);
}

const pad = (value: number, width = 2) => String(value).padStart(width, "0");

function dateDigits(date: Date): string {
  return `${pad(date.getUTCFullYear(), 4)}${pad(date.getUTCMonth() + 1)}${pad(date.getUTCDate())}`;
}

function dateTimeDigits(date: Date): string {
  return `${dateDigits(date)}T${pad(date.getUTCHours())}${pad(date.getUTCMinutes())}${pad(date.getUTCSeconds())}`;
}

/** "20261130T015500Z". */
export function utcStamp(date: Date): string {
  return `${dateTimeDigits(date)}Z`;
}

/** DTSTART/DTEND with its parameters: a DATE, a local time with TZID, or UTC when the zone is not one we describe. */
function timeProperty(name: string, time: IcsTime): string {
  if (time.allDay) return `${name};VALUE=DATE:${dateDigits(time.date)}`;
  const zone = fixedZone(time.timeZone);
  if (!zone) return `${name}:${utcStamp(time.at)}`;
  const wallClock = new Date(time.at.getTime() + zone.offsetMinutes * 60_000);
  return `${name};TZID=${time.timeZone}:${dateTimeDigits(wallClock)}`;
}

function timeZoneLines(timeZone: string): string[] {
  const zone = fixedZone(timeZone);
  if (!zone) return [];
  const offset = formatOffset(zone.offsetMinutes);
  return [
    "BEGIN:VTIMEZONE",
    `TZID:${timeZone}`,
    "BEGIN:STANDARD",
    "DTSTART:19700101T000000",
    `TZOFFSETFROM:${offset}`,
    `TZOFFSETTO:${offset}`,
    `TZNAME:${zone.abbreviation}`,
    "END:STANDARD",
    "END:VTIMEZONE",
  ];
}

function itemLines(item: IcsItem, stamp: Date): string[] {
  const lines = [
    "BEGIN:VEVENT",
    `UID:${item.uid}`,
    `SEQUENCE:${item.sequence}`,
    `DTSTAMP:${utcStamp(stamp)}`,
    timeProperty("DTSTART", item.start),
  ];
  if (item.end) lines.push(timeProperty("DTEND", item.end));
  lines.push(`SUMMARY:${escapeText(item.summary)}`);
  if (item.description) lines.push(`DESCRIPTION:${escapeText(item.description)}`);
  if (item.location) lines.push(`LOCATION:${escapeText(item.location)}`);
  if (item.url) lines.push(`URL:${item.url}`);
  lines.push(`STATUS:${item.cancelled ? "CANCELLED" : "CONFIRMED"}`);
  if (item.transparent) lines.push("TRANSP:TRANSPARENT");
  if (item.lastModified) lines.push(`LAST-MODIFIED:${utcStamp(item.lastModified)}`);
  lines.push("END:VEVENT");
  return lines;
}

/** The whole file: every line folded and ended by CRLF, the last one too. */
export function serializeCalendar(calendar: IcsCalendar): string {
  const zones = new Set([calendar.timeZone]);
  for (const item of calendar.items) {
    for (const time of [item.start, item.end]) if (time && !time.allDay) zones.add(time.timeZone);
  }
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    `PRODID:${calendar.prodId}`,
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
    `X-WR-CALNAME:${escapeText(calendar.name)}`,
    `X-WR-TIMEZONE:${calendar.timeZone}`,
    ...[...zones].sort().flatMap(timeZoneLines),
    ...calendar.items.flatMap((item) => itemLines(item, calendar.stamp)),
    "END:VCALENDAR",
  ];
  return lines.map(foldLine).join(CRLF) + CRLF;
}

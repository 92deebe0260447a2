/** A wall-clock time in a unit's zone (the ceremony's "Jumat, 11 Maret 2022 pukul 09.00 WITA") as an instant. */
import { dateTimeFormat } from "@/lib/dates/intl-formats";
import { clockTime } from "@/lib/pdf/print-time";

const wallClock = dateTimeFormat({
  hourCycle: "h23",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
});

/** The instant at which it is `time` ("09:00") on `day` (UTC midnight of the date) in `timeZone`. */
export function instantInZone(day: Date, time: string, timeZone: string): Date {
  const [hours = 0, minutes = 0] = time.split(":").map(Number);
  const asUtc = Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate(), hours, minutes);
  // The zone's offset at that moment; Indonesia keeps no daylight saving, so one correction is exact.
  return new Date(asUtc - offsetMs(timeZone, new Date(asUtc)));
}

function offsetMs(timeZone: string, at: Date): number {
  const parts = Object.fromEntries(
    wallClock("en-US", timeZone)
      .formatToParts(at)
      .map((part) => [part.type, Number(part.value)]),
  );
  const wall = Date.UTC(parts.year!, parts.month! - 1, parts.day!, parts.hour!, parts.minute!);
  return wall - Math.floor(at.getTime() / 60_000) * 60_000;
}

/** "09:00" of an instant in `timeZone`, for the edit form. */
export function timeInZone(at: Date, timeZone: string): string {
  return clockTime(at, { locale: "en-GB", timeZone });
}

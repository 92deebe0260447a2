/**
 * Indonesia's three zones, each a fixed offset without daylight saving since 1 January 1988 (Asia/Pontianak was
 * WITA before): what a VTIMEZONE needs to say about them, how a UTC instant reads on the wall clock there, and the
 * date it is there (todayInZone, which asks the time zone database for earlier instants and any other zone). The
 * calendar feed writes a unit outside this table in UTC.
 */
export interface FixedZone {
  /** Minutes east of UTC. */
  offsetMinutes: number;
  /** The abbreviation Indonesians use: WIB, WITA, WIT. */
  abbreviation: string;
}

export const INDONESIAN_ZONES: Readonly<Record<string, FixedZone>> = {
  "Asia/Jakarta": { offsetMinutes: 7 * 60, abbreviation: "WIB" },
  "Asia/Pontianak": { offsetMinutes: 7 * 60, abbreviation: "WIB" },
  "Asia/Makassar": { offsetMinutes: 8 * 60, abbreviation: "WITA" },
  "Asia/Jayapura": { offsetMinutes: 9 * 60, abbreviation: "WIT" },
};

export function fixedZone(timeZone: string): FixedZone | undefined {
  return Object.hasOwn(INDONESIAN_ZONES, timeZone) ? INDONESIAN_ZONES[timeZone] : undefined;
}

/** "+0800" for 480 minutes. */
export function formatOffset(offsetMinutes: number): string {
  const sign = offsetMinutes < 0 ? "-" : "+";
  const minutes = Math.abs(offsetMinutes);
  return `${sign}${String(Math.floor(minutes / 60)).padStart(2, "0")}${String(minutes % 60).padStart(2, "0")}`;
}

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { todayInZone } from "@/lib/dates/today";
import { INDONESIAN_ZONES } from "@/lib/dates/zones";

/** The date in `timeZone` at `now` as the time zone database has it, as UTC midnight. */
function dateByIntl(timeZone: string, now: Date): Date {
  const [year, month, day] = new Intl.DateTimeFormat("en-CA", { timeZone })
    .format(now)
    .split("-")
    .map(Number);
  return new Date(Date.UTC(year!, month! - 1, day!));
}

describe("todayInZone", () => {
  it("gives, in each Indonesian zone, the date the time zone database gives, from 1988 on", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...Object.keys(INDONESIAN_ZONES)),
        fc.date({
          min: new Date("1988-01-01T00:00:00Z"),
          max: new Date("2100-12-31T23:59:59Z"),
          noInvalidDate: true,
        }),
        (zone, now) => {
          expect(todayInZone(zone, now)).toEqual(dateByIntl(zone, now));
        },
      ),
      { numRuns: 2000 },
    );
  });

  it("turns the date at local midnight, not UTC's", () => {
    expect(todayInZone("Asia/Makassar", new Date("2026-11-30T15:59:59Z"))).toEqual(new Date("2026-11-30"));
    expect(todayInZone("Asia/Makassar", new Date("2026-11-30T16:00:00Z"))).toEqual(new Date("2026-12-01"));
    expect(todayInZone("Asia/Jayapura", new Date("2026-12-31T15:00:00Z"))).toEqual(new Date("2027-01-01"));
    expect(todayInZone("Asia/Jakarta", new Date("2026-12-31T16:59:59Z"))).toEqual(new Date("2026-12-31"));
  });

  it("asks the time zone database before 1988 and for zones outside Indonesia", () => {
    // Pontianak kept WITA (UTC+8) until 1988: 16:30 UTC was already the next day there.
    const before = new Date("1987-06-01T16:30:00Z");
    expect(todayInZone("Asia/Pontianak", before)).toEqual(new Date("1987-06-02"));
    expect(todayInZone("Asia/Pontianak", before)).toEqual(dateByIntl("Asia/Pontianak", before));
    expect(todayInZone("UTC", new Date("2026-12-01T23:59:00Z"))).toEqual(new Date("2026-12-01"));
    expect(todayInZone("Asia/Tokyo", new Date("2026-12-01T15:00:00Z"))).toEqual(new Date("2026-12-02"));
  });
});

import { describe, expect, it } from "vitest";
import { busiestDayFrom } from "@/lib/assignments/busiest-day";
import { heldOnWhere, isHeldOn, openOnOrAfterWhere, startsAfter } from "@/lib/assignments/current";
import { addDays, todayFor, todayInZone } from "@/lib/dates/today";

const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);

describe("todayInZone", () => {
  it("is still yesterday in UTC at 01:00 WITA, and already today in WITA", () => {
    const oneAmWita = new Date("2026-12-31T17:00:00.000Z"); // 01:00 on 1 January 2027 in Asia/Makassar
    expect(todayInZone("Asia/Makassar", oneAmWita)).toEqual(day("2027-01-01"));
    expect(todayInZone("UTC", oneAmWita)).toEqual(day("2026-12-31"));
  });

  it("turns the day at midnight in each Indonesian zone, not at UTC midnight", () => {
    const justBefore = new Date("2026-11-30T15:59:59.999Z"); // 23:59:59.999 WITA
    const midnight = new Date("2026-11-30T16:00:00.000Z"); // 00:00 WITA, still 23:00 WIB
    expect(todayInZone("Asia/Makassar", justBefore)).toEqual(day("2026-11-30"));
    expect(todayInZone("Asia/Makassar", midnight)).toEqual(day("2026-12-01"));
    expect(todayInZone("Asia/Jakarta", midnight)).toEqual(day("2026-11-30"));
    expect(todayInZone("Asia/Jayapura", new Date("2026-11-30T15:00:00.000Z"))).toEqual(day("2026-12-01"));
  });

  it("returns UTC midnight of the date, the form @db.Date columns take", () => {
    const today = todayInZone("Asia/Makassar", new Date("2026-06-15T03:27:11.123Z"));
    expect(today.toISOString()).toBe("2026-06-15T00:00:00.000Z");
  });

  it("takes a user's day from their home unit's zone", () => {
    const user = { unit: { timeZone: "Asia/Makassar" } };
    expect(todayFor(user, new Date("2026-12-31T16:30:00.000Z"))).toEqual(day("2027-01-01"));
  });

  it("counts days across month and year ends", () => {
    expect(addDays(day("2026-12-31"), 1)).toEqual(day("2027-01-01"));
    expect(addDays(day("2024-03-01"), -1)).toEqual(day("2024-02-29"));
  });
});

describe("what is held on a day", () => {
  const today = day("2026-11-30");
  const period = (start: string, end: string | null) => ({
    startDate: day(start),
    endDate: end ? day(end) : null,
  });

  it("holds a post from its first day to its last, both included", () => {
    expect(isHeldOn(period("2026-11-30", null), today)).toBe(true);
    expect(isHeldOn(period("2020-01-01", "2026-11-30"), today)).toBe(true);
    expect(isHeldOn(period("2020-01-01", "2026-11-29"), today)).toBe(false);
    expect(isHeldOn(period("2026-12-01", null), today)).toBe(false);
    expect(startsAfter(period("2026-12-01", null), today)).toBe(true);
    expect(startsAfter(period("2026-11-30", null), today)).toBe(false);
  });

  it("builds the same rule as a database filter", () => {
    expect(heldOnWhere(today)).toEqual({
      startDate: { lte: today },
      OR: [{ endDate: null }, { endDate: { gte: today } }],
    });
    expect(openOnOrAfterWhere(today)).toEqual({ OR: [{ endDate: null }, { endDate: { gte: today } }] });
  });
});

describe("busiestDayFrom", () => {
  const period = (name: string, start: string, end: string | null = null) => ({
    name,
    startDate: day(start),
    endDate: end ? day(end) : null,
  });

  it("finds no one on a post nobody holds from that day on", () => {
    const result = busiestDayFrom([period("gone", "2020-01-01", "2026-12-31")], day("2027-01-01"));
    expect(result).toEqual({ day: day("2027-01-01"), held: [] });
  });

  it("counts today's holder who stays past the new start", () => {
    const result = busiestDayFrom([period("holder", "2020-01-01")], day("2027-01-01"));
    expect(result.held.map((p) => p.name)).toEqual(["holder"]);
  });

  it("finds a successor scheduled later, after today's holder leaves", () => {
    const periods = [period("leaving", "2020-01-01", "2026-12-31"), period("successor", "2027-02-01")];
    const result = busiestDayFrom(periods, day("2026-12-15"));
    expect(result.held.map((p) => p.name)).toEqual(["leaving"]);
    const later = busiestDayFrom(periods, day("2027-01-01"));
    expect(later).toEqual({ day: day("2027-02-01"), held: [periods[1]] });
  });

  it("does not add up holders who never overlap", () => {
    const periods = [
      period("a", "2020-01-01", "2027-01-31"),
      period("b", "2027-02-01", "2027-05-31"),
      period("c", "2027-06-01"),
    ];
    expect(busiestDayFrom(periods, day("2026-12-01")).held).toHaveLength(1);
  });

  it("reports the most holders at once on a post of several places", () => {
    const periods = [
      period("a", "2020-01-01"),
      period("b", "2027-03-01"),
      period("c", "2027-01-01", "2027-02-28"),
    ];
    const result = busiestDayFrom(periods, day("2026-12-01"));
    expect(result.held).toHaveLength(2);
    expect([day("2027-01-01"), day("2027-03-01")]).toContainEqual(result.day);
  });
});

import { describe, expect, it } from "vitest";
import {
  dayKey,
  entriesByDay,
  monthKey,
  monthRange,
  monthWeeks,
  parseMonth,
  shiftMonth,
} from "@/lib/calendar/month";

const today = new Date("2026-11-30T00:00:00Z");

describe("parseMonth", () => {
  it("reads ?bulan=YYYY-MM and falls back to today's month for anything else", () => {
    expect(parseMonth("2023-01", today)).toEqual({ year: 2023, month: 1 });
    for (const value of [undefined, "", "2023-13", "2023-1", "0085-03", "3000-01", "2023-01x", ["2023-01"]]) {
      expect(parseMonth(value, today)).toEqual({ year: 2026, month: 11 });
    }
  });

  it("moves across years and writes the key back", () => {
    expect(monthKey(shiftMonth({ year: 2026, month: 12 }, 1))).toBe("2027-01");
    expect(monthKey(shiftMonth({ year: 2026, month: 1 }, -1))).toBe("2025-12");
    expect(monthKey(shiftMonth({ year: 2023, month: 1 }, -46))).toBe("2019-03");
  });
});

describe("monthWeeks", () => {
  it("lays the month out Monday to Sunday with blanks for other months' days", () => {
    // December 2026 begins on a Tuesday and ends on a Thursday.
    const weeks = monthWeeks({ year: 2026, month: 12 });
    expect(weeks).toHaveLength(5);
    expect(weeks.every((week) => week.length === 7)).toBe(true);
    expect(weeks[0]?.[0]).toBeNull();
    expect(weeks[0]?.[1] && dayKey(weeks[0][1])).toBe("2026-12-01");
    expect(weeks[4]?.[3] && dayKey(weeks[4][3])).toBe("2026-12-31");
    expect(weeks[4]?.slice(4)).toEqual([null, null, null]);
    expect(weeks.flat().filter(Boolean)).toHaveLength(31);
  });
});

describe("entriesByDay", () => {
  const range = monthRange({ year: 2026, month: 12 });
  const timed = (iso: string, timeZone: string) => ({
    allDay: false,
    start: new Date(iso),
    end: null,
    timeZone,
  });

  it("places a timed entry on the date of its own unit's clock", () => {
    const wita = timed("2026-11-30T16:30:00Z", "Asia/Makassar"); // 1 Dec 00:30 WITA
    const wib = timed("2026-11-30T16:30:00Z", "Asia/Jakarta"); // 30 Nov 23:30 WIB: not this month
    const days = entriesByDay([wita, wib], range);
    expect(days.get("2026-12-01")).toEqual([wita]);
    expect([...days.keys()]).toEqual(["2026-12-01"]);
  });

  it("places an all-day entry on each of its days within the month", () => {
    const visit = {
      allDay: true,
      start: new Date("2026-11-29"),
      end: new Date("2026-12-02"),
      timeZone: "Asia/Makassar",
    };
    const due = {
      allDay: true,
      start: new Date("2026-12-31"),
      end: new Date("2026-12-31"),
      timeZone: "Asia/Makassar",
    };
    const days = entriesByDay([visit, due], range);
    expect([...days.keys()]).toEqual(["2026-12-01", "2026-12-02", "2026-12-31"]);
  });
});

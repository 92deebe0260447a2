import { describe, expect, it } from "vitest";
import {
  dayKey,
  entriesByDay,
  monthCells,
  monthDays,
  monthKey,
  monthRange,
  parseDay,
  parseMonth,
  SHOWN_PER_DAY,
  shiftMonth,
  weekdayColumn,
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

describe("monthDays and weekdayColumn", () => {
  it("lists the month's days and places each in a week Monday to Sunday", () => {
    const days = monthDays({ year: 2026, month: 12 });
    expect(days.map(dayKey)).toHaveLength(31);
    expect(dayKey(days[0]!)).toBe("2026-12-01");
    expect(dayKey(days[30]!)).toBe("2026-12-31");
    // December 2026 begins on a Tuesday and ends on a Thursday.
    expect(weekdayColumn(days[0]!)).toBe(2);
    expect(weekdayColumn(days[30]!)).toBe(4);
    expect(weekdayColumn(days[5]!)).toBe(7);
    expect(weekdayColumn(days[6]!)).toBe(1);
    expect(monthDays({ year: 2024, month: 2 })).toHaveLength(29);
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

describe("parseDay", () => {
  it("reads ?hari=YYYY-MM-DD only for a real day of the month shown", () => {
    const december = { year: 2026, month: 12 };
    expect(parseDay("2026-12-05", december)).toEqual(new Date("2026-12-05T00:00:00Z"));
    for (const value of [
      undefined,
      "",
      "2026-11-30",
      "2027-01-01",
      "2026-12-32",
      "2026-02-30",
      "2026-12-5",
      ["2026-12-05"],
    ])
      expect(parseDay(value, december)).toBeNull();
    expect(parseDay("2026-02-30", { year: 2026, month: 2 })).toBeNull();
  });
});

describe("monthCells", () => {
  const december = monthRange({ year: 2026, month: 12 });
  const entry = (kind: "event" | "inauguration" | "visit" | "followUp", hour: number, id: string) => ({
    id,
    kind,
    allDay: kind === "followUp",
    start: kind === "followUp" ? new Date("2026-12-10T00:00:00Z") : new Date(`2026-12-10T0${hour}:00:00Z`),
    end: null,
    timeZone: "Asia/Makassar",
  });
  // A busy day at national scope: due dates first by time, yet ceremonies and events are what the day shows first.
  const busy = [
    ...Array.from({ length: 9 }, (_, i) => entry("followUp", 0, `f${i}`)),
    entry("event", 3, "e-late"),
    entry("event", 1, "e-early"),
    entry("inauguration", 2, "i"),
    entry("visit", 0, "v"),
  ];

  it("shows each day's first entries by kind then time, and counts the rest exactly", () => {
    const cells = monthCells(busy, december, null);
    expect(cells.count).toBe(13);
    expect(cells.shownByDay.get("2026-12-10")!.map((e) => e.id)).toEqual(
      ["i", "e-early", "e-late", "v", "f0"].slice(0, SHOWN_PER_DAY),
    );
    expect(cells.moreByDay["2026-12-10"]).toBe(13 - SHOWN_PER_DAY);
  });

  it("counts the entries of a day that were not read (follow-ups beyond the first few) in the day and the month", () => {
    const cells = monthCells(busy, december, null, new Map([["2026-12-10", 20]]));
    expect(cells.count).toBe(33);
    expect(cells.shownByDay.get("2026-12-10")).toHaveLength(SHOWN_PER_DAY);
    expect(cells.moreByDay["2026-12-10"]).toBe(33 - SHOWN_PER_DAY);
  });

  it("shows every entry of the day opened on its own", () => {
    const cells = monthCells(busy, december, "2026-12-10");
    expect(cells.shownByDay.get("2026-12-10")).toHaveLength(13);
    expect(cells.moreByDay["2026-12-10"]).toBe(0);
  });
});

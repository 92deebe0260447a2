import { describe, expect, it } from "vitest";
import { todayInZone } from "@/lib/dates/today";
import { instantInZone, timeInZone } from "@/lib/inaugurations/local-time";

const DAY = new Date("2022-03-11T00:00:00.000Z");

describe("a ceremony's date and time, in its unit's zone", () => {
  it("09.00 on 11 March 2022 is a different instant in WIB, WITA and WIT", () => {
    expect(instantInZone(DAY, "09:00", "Asia/Jakarta").toISOString()).toBe("2022-03-11T02:00:00.000Z");
    expect(instantInZone(DAY, "09:00", "Asia/Makassar").toISOString()).toBe("2022-03-11T01:00:00.000Z");
    expect(instantInZone(DAY, "09:00", "Asia/Jayapura").toISOString()).toBe("2022-03-11T00:00:00.000Z");
  });

  it("an early morning in WITA is the evening before in UTC, and still the ceremony's own day", () => {
    const early = instantInZone(DAY, "07:30", "Asia/Makassar");
    expect(early.toISOString()).toBe("2022-03-10T23:30:00.000Z");
    expect(todayInZone("Asia/Makassar", early)).toEqual(DAY);
  });

  it("reads back as the time typed, for the edit form", () => {
    for (const zone of ["Asia/Jakarta", "Asia/Makassar", "Asia/Jayapura"])
      for (const time of ["00:00", "07:30", "09:00", "23:59"])
        expect(timeInZone(instantInZone(DAY, time, zone), zone)).toBe(time);
  });
});

import { describe, expect, it } from "vitest";
import { dateTimeFormat, numberFormat } from "@/lib/dates/intl-formats";

const at = new Date("2026-03-12T02:15:00Z");
const OPTIONS = { day: "numeric", month: "long", hour: "2-digit", minute: "2-digit" } as const;

describe("dateTimeFormat", () => {
  it("formats as a new Intl.DateTimeFormat with the same options, locale and zone would", () => {
    const moment = dateTimeFormat(OPTIONS);
    for (const [locale, timeZone] of [
      ["id", "Asia/Makassar"],
      ["id", "Asia/Jayapura"],
      ["en-GB", "UTC"],
    ] as const) {
      expect(moment(locale, timeZone).format(at)).toBe(
        new Intl.DateTimeFormat(locale, { ...OPTIONS, timeZone }).format(at),
      );
    }
  });

  it("keeps one format per locale and zone", () => {
    const moment = dateTimeFormat(OPTIONS);
    expect(moment("id", "Asia/Makassar")).toBe(moment("id", "Asia/Makassar"));
    expect(moment("id", "Asia/Jakarta")).not.toBe(moment("id", "Asia/Makassar"));
    expect(moment("en", "Asia/Makassar")).not.toBe(moment("id", "Asia/Makassar"));
  });

  it("keeps each kind of format apart", () => {
    const moment = dateTimeFormat(OPTIONS);
    const day = dateTimeFormat({ day: "numeric", month: "long", year: "numeric" });
    expect(day("id", "UTC").format(at)).toBe("12 Maret 2026");
    expect(moment("id", "UTC").format(at)).toBe("12 Maret pukul 02.15");
  });

  it("throws for a zone Intl does not know, every time", () => {
    const moment = dateTimeFormat(OPTIONS);
    expect(() => moment("id", "Asia/Atlantis")).toThrow(RangeError);
    expect(() => moment("id", "Asia/Atlantis")).toThrow(RangeError);
  });

  it("drops what it kept past its bound and makes the format again, correct", () => {
    const moment = dateTimeFormat(OPTIONS);
    const zones = Intl.supportedValuesOf("timeZone").slice(0, 300);
    expect(zones.length).toBe(300);
    const first = moment("en", zones[0]!);
    for (const zone of zones) {
      const format = moment("en", zone);
      expect(format.resolvedOptions().timeZone).toBe(
        new Intl.DateTimeFormat("en", { timeZone: zone }).resolvedOptions().timeZone,
      );
    }
    const again = moment("en", zones[0]!);
    expect(again).not.toBe(first);
    expect(again.format(at)).toBe(first.format(at));
  });
});

describe("numberFormat", () => {
  it("writes the locale's grouping, one format per locale", () => {
    expect(numberFormat("id").format(1234567)).toBe("1.234.567");
    expect(numberFormat("en").format(1234567)).toBe("1,234,567");
    expect(numberFormat("id")).toBe(numberFormat("id"));
  });
});

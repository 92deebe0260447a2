import { describe, expect, it } from "vitest";
import { formatDateOnly, formatMoment } from "@/lib/audit/format-value";
import { dateTimeFormat, numberFormat } from "@/lib/dates/intl-formats";

const at = new Date("2026-03-12T02:15:00Z");

describe("dateTimeFormat", () => {
  const moment = dateTimeFormat({ day: "numeric", month: "long", hour: "2-digit", minute: "2-digit" });

  it("formats as a new Intl.DateTimeFormat with the same options, locale and zone would", () => {
    for (const [locale, timeZone] of [
      ["id", "Asia/Makassar"],
      ["id", "Asia/Jayapura"],
      ["en-GB", "UTC"],
    ] as const) {
      const fresh = new Intl.DateTimeFormat(locale, {
        day: "numeric",
        month: "long",
        hour: "2-digit",
        minute: "2-digit",
        timeZone,
      });
      expect(moment(locale, timeZone).format(at)).toBe(fresh.format(at));
    }
  });

  it("keeps one format per locale and zone", () => {
    expect(moment("id", "Asia/Makassar")).toBe(moment("id", "Asia/Makassar"));
    expect(moment("id", "Asia/Jakarta")).not.toBe(moment("id", "Asia/Makassar"));
    expect(moment("en", "Asia/Makassar")).not.toBe(moment("id", "Asia/Makassar"));
    expect(moment("id")).not.toBe(moment("id", "UTC"));
  });

  it("keeps each kind of format apart", () => {
    const day = dateTimeFormat({ day: "numeric", month: "long", year: "numeric" });
    expect(day("id", "UTC").format(at)).toBe("12 Maret 2026");
    expect(moment("id", "UTC").format(at)).not.toBe("12 Maret 2026");
  });

  it("throws for a zone Intl does not know, and keeps nothing for it", () => {
    expect(() => moment("id", "Asia/Atlantis")).toThrow(RangeError);
    expect(() => moment("id", "Asia/Atlantis")).toThrow(RangeError);
  });

  it("stays correct past its bound: the kept formats are dropped, not mixed up", () => {
    const zones = Intl.supportedValuesOf("timeZone").slice(0, 300);
    expect(zones.length).toBe(300);
    for (const zone of zones) {
      expect(moment("en", zone).resolvedOptions().timeZone).toBe(
        new Intl.DateTimeFormat("en", { timeZone: zone }).resolvedOptions().timeZone,
      );
    }
    expect(moment("id", "Asia/Makassar").resolvedOptions().timeZone).toBe("Asia/Makassar");
  });
});

describe("numberFormat", () => {
  it("writes the locale's grouping, one format per locale", () => {
    expect(numberFormat("id").format(1234567)).toBe("1.234.567");
    expect(numberFormat("en").format(1234567)).toBe("1,234,567");
    expect(numberFormat("id")).toBe(numberFormat("id"));
  });
});

describe("the audit trail's dates", () => {
  it("reads a calendar date as that date and a moment on the reader's clock with its zone", () => {
    expect(formatDateOnly("2026-03-12", "id")).toBe("12 Maret 2026");
    expect(formatDateOnly("2026-03-12T00:00:00.000Z", "en")).toBe("March 12, 2026");
    expect(formatMoment(at, "id", "Asia/Makassar")).toBe("12 Maret 2026 pukul 10.15 WITA");
    expect(formatMoment(at, "id", "Asia/Jayapura")).toBe("12 Maret 2026 pukul 11.15 WIT");
  });
});

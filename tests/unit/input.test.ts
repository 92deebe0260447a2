import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { toFieldIssues } from "@/lib/actions/field-issues";
import {
  clockTime,
  dateOnly,
  formList,
  integer,
  isoDate,
  optionalDate,
  optionalText,
  recordId,
  text,
} from "@/lib/validations/input";

function issueKeys(schema: z.ZodType, value: unknown) {
  const result = z.object({ field: schema }).safeParse({ field: value });
  return result.success ? [] : (toFieldIssues(result.error, { field: value }).field ?? []).map((i) => i.key);
}

describe("text", () => {
  const name = text({ max: 10 });

  it("trims and keeps ordinary text, Indonesian letters and punctuation included", () => {
    expect(name.parse("  Baiq Nur  ")).toBe("Baiq Nur");
    expect(text({ max: 40 }).parse("Dr. H. Suhardi, S.H.")).toBe("Dr. H. Suhardi, S.H.");
  });

  it("refuses a NUL byte and other control characters with a message, not a database error", () => {
    expect(issueKeys(name, "Ba\u0000iq")).toEqual(["controlCharacters"]);
    expect(issueKeys(name, "Ba\u001biq")).toEqual(["controlCharacters"]);
    expect(issueKeys(name, "Ba\u0085iq")).toEqual(["controlCharacters"]);
    expect(issueKeys(name, "Baiq\nNur")).toEqual(["controlCharacters"]);
  });

  it("allows line breaks only where the text is multi-line, and normalises them", () => {
    const note = text({ max: 100, multiline: true });
    expect(note.parse("Satu\r\nDua\tTiga")).toBe("Satu\nDua\tTiga");
    expect(issueKeys(note, "Satu\u0000")).toEqual(["controlCharacters"]);
  });

  it("caps the length and treats blank as missing", () => {
    expect(issueKeys(name, "x".repeat(11))).toEqual(["tooLong"]);
    expect(issueKeys(name, "   ")).toEqual(["required"]);
    expect(issueKeys(name, undefined)).toEqual(["required"]);
    expect(optionalText({ max: 5 }).parse("   ")).toBeUndefined();
    expect(optionalText({ max: 5 }).parse(undefined)).toBeUndefined();
  });
});

describe("dateOnly", () => {
  it("reads a four-digit-year ISO date as UTC midnight", () => {
    expect(dateOnly().parse("2026-11-30")).toEqual(new Date("2026-11-30T00:00:00Z"));
  });

  it("keeps the year as written: 0085 is refused as out of range, never read as 1985", () => {
    expect(issueKeys(dateOnly(), "0085-03-04")).toEqual(["dateRange"]);
    expect(issueKeys(dateOnly(), "85-03-04")).toEqual(["date"]);
  });

  it("refuses impossible dates and other shapes", () => {
    for (const value of ["2026-02-30", "2026-13-01", "30-11-2026", "2026/11/30", "tomorrow", ""]) {
      expect(issueKeys(dateOnly(), value)).toEqual([value === "" ? "date" : "date"]);
    }
  });

  it("enforces a plausible range per field, fixed or relative to today", () => {
    const birth = dateOnly({ min: "1900-01-01", max: () => new Date("2026-11-30T00:00:00Z") });
    expect(issueKeys(birth, "2027-01-01")).toEqual(["dateRange"]);
    expect(issueKeys(birth, "1899-12-31")).toEqual(["dateRange"]);
    expect(birth.parse("1978-05-12")).toEqual(new Date("1978-05-12T00:00:00Z"));
  });

  it("accepts a spreadsheet's Date cell as its calendar day", () => {
    expect(dateOnly().parse(new Date("1978-05-12T00:00:00Z"))).toEqual(new Date("1978-05-12T00:00:00Z"));
  });

  it("treats blank as absent when optional, and missing as required otherwise", () => {
    expect(optionalDate().parse("")).toBeUndefined();
    expect(issueKeys(dateOnly(), undefined)).toEqual(["required"]);
  });
});

describe("integer", () => {
  const quota = integer({ min: 0, max: 9999 });

  it("reads decimal digits only", () => {
    expect(quota.parse("12")).toBe(12);
    expect(quota.parse(" 7 ")).toBe(7);
    expect(quota.parse(3)).toBe(3);
  });

  it("refuses hexadecimal, exponent, fractional and empty input instead of reading them as numbers", () => {
    expect(issueKeys(quota, "0x10")).toEqual(["wholeNumber"]);
    expect(issueKeys(quota, "1e3")).toEqual(["wholeNumber"]);
    expect(issueKeys(quota, "12.0")).toEqual(["wholeNumber"]);
    expect(issueKeys(quota, 1.5)).toEqual(["wholeNumber"]);
    expect(issueKeys(quota, "")).toEqual(["required"]);
  });

  it("keeps the range", () => {
    expect(issueKeys(quota, "-1")).toEqual(["tooSmall"]);
    expect(issueKeys(quota, "10000")).toEqual(["tooBig"]);
  });
});

describe("recordId", () => {
  it("accepts a cuid and refuses anything that could not be one", () => {
    expect(recordId.parse("cmabc123xyz")).toBe("cmabc123xyz");
    expect(issueKeys(recordId, "a b")).toEqual(["invalid"]);
    expect(issueKeys(recordId, "x\u0000")).toEqual(["invalid"]);
    expect(issueKeys(recordId, "")).toEqual(["required"]);
  });
});

describe("clockTime", () => {
  it("takes a 24-hour HH:MM and refuses anything else with one key", () => {
    expect(clockTime.parse(" 09:00 ")).toBe("09:00");
    expect(clockTime.parse("23:59")).toBe("23:59");
    expect(issueKeys(clockTime, "24:00")).toEqual(["time"]);
    expect(issueKeys(clockTime, "9:00")).toEqual(["time"]);
    expect(issueKeys(clockTime, "09.00")).toEqual(["time"]);
    expect(issueKeys(clockTime, undefined)).toEqual(["required"]);
  });
});

describe("isoDate", () => {
  it("writes every UTC day from year 0 to 9999 as toISOString does", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Date.parse("0000-01-01T00:00:00Z"), max: Date.parse("9999-12-31T00:00:00Z") }),
        (time) => {
          const day = new Date(time - (((time % 86_400_000) + 86_400_000) % 86_400_000));
          expect(isoDate(day)).toBe(day.toISOString().slice(0, 10));
        },
      ),
    );
    expect(isoDate(new Date("0085-01-09T00:00:00Z"))).toBe("0085-01-09");
    expect(() => isoDate(new Date("not a date"))).toThrow(RangeError);
  });
});

describe("formList", () => {
  const chosen = formList(z.array(recordId).min(1, "noneChosen").max(2));

  it("reads nothing, one value and several values as a list", () => {
    expect(z.object({ ids: formList(z.array(recordId)) }).parse({})).toEqual({ ids: [] });
    expect(chosen.parse("a1")).toEqual(["a1"]);
    expect(chosen.parse(["a1", "b2"])).toEqual(["a1", "b2"]);
  });

  it("keeps the list's bounds and checks every item", () => {
    expect(issueKeys(chosen, undefined)).toEqual(["noneChosen"]);
    expect(issueKeys(chosen, ["a1", "b2", "c3"])).toEqual(["tooBig"]);
    expect(chosen.safeParse(["a1", "not an id"]).success).toBe(false);
  });
});

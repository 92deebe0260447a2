import { describe, expect, it } from "vitest";
import {
  NIP_ERRORS,
  composeNip,
  formatNip,
  nipServiceStart,
  normalizeNip,
  parseNip,
  type NipError,
} from "@/lib/officials/nip";

const TODAY = new Date("2025-01-06T10:00:00Z");
const NIP = "197805122005011003";

function errorOf(input: string, today = TODAY): NipError | null {
  const result = parseNip(input, today);
  return result.ok ? null : result.error;
}

describe("normalizeNip", () => {
  it.each([
    ["digits only", NIP],
    ["paper groups", "19780512 200501 1 003"],
    ["dots", "19780512.200501.1.003"],
    ["hyphens", "19780512-200501-1-003"],
    ["mixed and repeated separators", "19780512 -200501 . 1  003"],
    ["surrounding whitespace", "  19780512 200501 1 003\n"],
    ["non-breaking spaces", "19780512\u00a0200501\u00a01\u00a0003"],
    ["en dashes from a word processor", "19780512\u2013200501\u20131\u2013003"],
  ])("accepts %s", (_, input) => {
    expect(normalizeNip(input)).toBe(NIP);
  });

  it.each([
    ["too short", "19780512200501100"],
    ["too long", "1978051220050110031"],
    ["a letter", "19780512 200501 1 00A"],
    ["separators inside a group", "1978 0512 200501 1 003"],
    ["other separators", "19780512/200501/1/003"],
    ["empty", ""],
  ])("refuses %s", (_, input) => {
    expect(normalizeNip(input)).toBeNull();
  });
});

describe("formatNip", () => {
  it("shows the 8-6-1-3 groups", () => {
    expect(formatNip(NIP)).toBe("19780512 200501 1 003");
    expect(formatNip("19780512-200501-1-003")).toBe("19780512 200501 1 003");
  });

  it("leaves text that is not NIP-shaped as typed", () => {
    expect(formatNip("12345")).toBe("12345");
  });
});

describe("parseNip", () => {
  it("derives birth date, start of service, gender and sequence, from either form", () => {
    for (const input of [NIP, "19780512 200501 1 003"]) {
      const result = parseNip(input, TODAY);
      expect(result).toEqual({
        ok: true,
        nip: NIP,
        birthDate: new Date("1978-05-12T00:00:00.000Z"),
        serviceStart: { year: 2005, month: 1 },
        gender: "MALE",
        sequence: 3,
      });
    }
  });

  it("reads a woman's NIP", () => {
    const result = parseNip("198503102010122041", TODAY);
    expect(result.ok && [result.gender, result.sequence, result.serviceStart]).toEqual([
      "FEMALE",
      41,
      { year: 2010, month: 12 },
    ]);
  });

  it("gives the birth date at UTC midnight", () => {
    const result = parseNip(NIP, TODAY);
    expect(result.ok && result.birthDate.toISOString()).toBe("1978-05-12T00:00:00.000Z");
  });

  describe("refuses, with a code for each reason", () => {
    it.each<[string, string, NipError]>([
      ["not 18 digits", "1978051220050110", "format"],
      ["letters", "19780512200501100x", "format"],
      ["30 February", "197802302005011003", "birthDate"],
      ["31 April", "197804312005011003", "birthDate"],
      ["month 13", "197813012005011003", "birthDate"],
      ["day 00", "197805002005011003", "birthDate"],
      ["a birth year before 1900", "189912312005011003", "birthDate"],
      ["a birth date in the future", "202501072025011003", "birthDateInFuture"],
      ["service month 00", "197805122005001003", "serviceStartMonth"],
      ["service month 13", "197805122005131003", "serviceStartMonth"],
      ["service start before 18", "197805121995011003", "serviceStartBeforeAdulthood"],
      ["service start before birth", "197805121970011003", "serviceStartBeforeAdulthood"],
      ["service start next month", "197805122025021003", "serviceStartInFuture"],
      ["gender digit 0", "197805122005010003", "gender"],
      ["gender digit 3", "197805122005013003", "gender"],
      ["sequence 000", "197805122005011000", "sequence"],
    ])("%s", (_, input, error) => {
      expect(errorOf(input)).toBe(error);
    });

    it("covers every declared code", () => {
      expect([...NIP_ERRORS].sort()).toEqual([
        "birthDate",
        "birthDateInFuture",
        "format",
        "gender",
        "sequence",
        "serviceStartBeforeAdulthood",
        "serviceStartInFuture",
        "serviceStartMonth",
      ]);
    });
  });

  describe("the 18th birthday, at month granularity", () => {
    // Born 12 May 1978: 18 on 12 May 1996.
    it("accepts a start in the month of the 18th birthday", () => {
      expect(errorOf("197805121996051003")).toBeNull();
    });

    it("refuses a start in the month before it", () => {
      expect(errorOf("197805121996041003")).toBe("serviceStartBeforeAdulthood");
    });

    it("accepts a start in the month after it", () => {
      expect(errorOf("197805121996061003")).toBeNull();
    });
  });

  describe("the present", () => {
    it("accepts a start in the current month and refuses the next one", () => {
      expect(errorOf("199001012025011001")).toBeNull();
      expect(errorOf("199001012025021001")).toBe("serviceStartInFuture");
    });

    it("accepts a birth date of today (the start of service then fails, as it must)", () => {
      expect(errorOf("202501062025011001")).toBe("serviceStartBeforeAdulthood");
    });

    it("uses the real clock by default", () => {
      expect(parseNip(NIP).ok).toBe(true);
      expect(errorOf("199001012999011001", new Date())).toBe("serviceStartInFuture");
    });
  });

  describe("29 February", () => {
    it("exists in leap years, including 2000", () => {
      const result = parseNip("200002292020011001", TODAY);
      expect(result.ok && result.birthDate.toISOString().slice(0, 10)).toBe("2000-02-29");
      expect(errorOf("198802292010011001")).toBeNull();
    });

    it("does not exist in common years, including 1900", () => {
      expect(errorOf("199902292020011001")).toBe("birthDate");
      expect(errorOf("190002292020011001")).toBe("birthDate");
    });

    it("puts the 18th birthday of a leap-day baby in February", () => {
      expect(errorOf("200002292018021001")).toBeNull();
      expect(errorOf("200002292018011001")).toBe("serviceStartBeforeAdulthood");
    });
  });
});

describe("nipServiceStart", () => {
  it("is the TMT CPNS of a NIP parseNip accepts, and null for one it refuses", () => {
    expect(nipServiceStart(NIP, TODAY)).toEqual({ year: 2005, month: 1 });
    expect(nipServiceStart("19780512 200501 1 003", TODAY)).toEqual({ year: 2005, month: 1 });
    for (const refused of ["12345", "197804312005011003", "197805122005131003", "197805122005013003"]) {
      expect(parseNip(refused, TODAY).ok).toBe(false);
      expect(nipServiceStart(refused, TODAY)).toBeNull();
    }
  });
});

describe("composeNip", () => {
  it("is the inverse of parseNip", () => {
    const result = parseNip(NIP, TODAY);
    if (!result.ok) throw new Error(result.error);
    expect(composeNip(result)).toBe(NIP);
    expect(
      composeNip({
        birthDate: new Date(Date.UTC(1990, 0, 2)),
        serviceStart: { year: 2014, month: 3 },
        gender: "FEMALE",
        sequence: 7,
      }),
    ).toBe("199001022014032007");
  });
});

import { describe, expect, it } from "vitest";
import { composeNip } from "@/lib/officials/nip";
import { composePppkNumber, parsePppkNumber, type PppkNumberError } from "@/lib/officials/pppk-number";

const TODAY = new Date(Date.UTC(2025, 5, 1));
/** Born 12 April 1990, appointed 2023, second contract, female, number 5. */
const NUMBER = "199004122023222005";

function errorOf(input: string): PppkNumberError | null {
  const result = parsePppkNumber(input, TODAY);
  return result.ok ? null : result.error;
}

describe("parsePppkNumber", () => {
  it("reads birth date, year of appointment, contract, gender and sequence", () => {
    const result = parsePppkNumber(NUMBER, TODAY);
    expect(result).toMatchObject({
      ok: true,
      number: NUMBER,
      appointmentYear: 2023,
      contract: 2,
      gender: "FEMALE",
      sequence: 5,
    });
    expect(result.ok && result.birthDate.toISOString()).toBe("1990-04-12T00:00:00.000Z");
  });

  it("accepts the number typed in 8-6-1-3 groups, like a NIP", () => {
    expect(parsePppkNumber("19900412 202322 2 005", TODAY)).toMatchObject({ ok: true, number: NUMBER });
    expect(parsePppkNumber("19900412-202322-2-005", TODAY)).toMatchObject({ ok: true, number: NUMBER });
  });

  it.each<[string, string, PppkNumberError]>([
    ["too short", "19900412202322200", "format"],
    ["letters", "19900412 2023A2 2 005", "format"],
    ["all zeros", "000000000000000000", "zeros"],
    ["all zeros, grouped", "00000000 000000 0 000", "zeros"],
    ["no such day", "199002302023222005", "birthDate"],
    ["born before 1900", "189004122023222005", "birthDate"],
    ["born after today", "202601012045212001", "birthDateInFuture"],
    ["digit 13 not 2: a PNS's NIP (month 05)", "197805122005011003", "pnsShaped"],
    ["digit 13 not 2: a PNS's NIP (month 12)", "197805122005121003", "pnsShaped"],
    ["no contract", "199004122023202005", "contract"],
    ["appointed as a child", "199004122005212005", "appointmentBeforeAdulthood"],
    ["appointed next year", "199004122026212005", "appointmentInFuture"],
    ["gender digit 3", "199004122023213005", "gender"],
    ["sequence 000", "199004122023212000", "sequence"],
  ])("refuses %s", (_, input, error) => {
    expect(errorOf(input)).toBe(error);
  });

  it("refuses every valid PNS NIP: its digit 13 is the first digit of a month", () => {
    for (let month = 1; month <= 12; month++) {
      const nip = composeNip({
        birthDate: new Date(Date.UTC(1985, 2, 10)),
        serviceStart: { year: 2010, month },
        gender: "MALE",
        sequence: 1,
      });
      expect(errorOf(nip)).toBe("pnsShaped");
    }
  });
});

describe("composePppkNumber", () => {
  it("is the inverse of parsePppkNumber", () => {
    const parsed = parsePppkNumber(NUMBER, TODAY);
    if (!parsed.ok) throw new Error(parsed.error);
    expect(composePppkNumber(parsed)).toBe(NUMBER);
    const built = composePppkNumber({
      birthDate: new Date(Date.UTC(1996, 11, 31)),
      appointmentYear: 2024,
      contract: 1,
      gender: "MALE",
      sequence: 117,
    });
    expect(built).toBe("199612312024211117");
    expect(parsePppkNumber(built, TODAY)).toMatchObject({ ok: true, appointmentYear: 2024, sequence: 117 });
  });
});

import { describe, expect, it } from "vitest";
import { compareDuk, dukOrder, type DukEntry } from "@/lib/officials/duk";
import { composeNip } from "@/lib/officials/nip";
import { earlyRetirement, regularRetirementDate, retirementAge } from "@/lib/officials/retirement-age";
import { serviceLengthOn, wholeMonthsBetween } from "@/lib/officials/service-length";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const none = { serviceYears: null, serviceMonths: null, serviceAsOf: null };

describe("masa kerja", () => {
  it("counts whole months, a month not complete until its day", () => {
    expect(wholeMonthsBetween(day("2020-01-15"), day("2020-02-14"))).toBe(0);
    expect(wholeMonthsBetween(day("2020-01-15"), day("2020-02-15"))).toBe(1);
    expect(wholeMonthsBetween(day("2020-01-31"), day("2021-03-01"))).toBe(13);
    expect(wholeMonthsBetween(day("2021-01-01"), day("2020-01-01"))).toBe(0);
  });

  it("reads a date given as its ISO text (as the export does) as it reads the Date", () => {
    expect(wholeMonthsBetween("2020-01-15", "2020-02-14")).toBe(0);
    expect(wholeMonthsBetween("2020-01-31", day("2021-03-01"))).toBe(13);
    expect(wholeMonthsBetween(day("1999-12-31"), "2000-12-31")).toBe(12);
    const recorded = { serviceYears: 12, serviceMonths: 10, nip: null, employmentType: "PNS" as const };
    expect(serviceLengthOn({ ...recorded, serviceAsOf: "2024-04-01" }, day("2024-05-31"))).toEqual(
      serviceLengthOn({ ...recorded, serviceAsOf: day("2024-04-01") }, day("2024-05-31")),
    );
  });

  it("a recorded figure goes on from the date it was counted at", () => {
    const recorded = {
      serviceYears: 12,
      serviceMonths: 10,
      serviceAsOf: day("2024-04-01"),
      nip: null,
      employmentType: "PNS" as const,
    };
    expect(serviceLengthOn(recorded, day("2024-04-01"))).toEqual({ years: 12, months: 10, derived: false });
    // Two months later the years roll over.
    expect(serviceLengthOn(recorded, day("2024-06-01"))).toEqual({ years: 13, months: 0, derived: false });
    expect(serviceLengthOn(recorded, day("2024-05-31"))).toEqual({ years: 12, months: 11, derived: false });
  });

  it("without a figure, a PNS's is derived from the TMT CPNS in the NIP; others have none", () => {
    const nip = composeNip({
      birthDate: day("1980-03-02"),
      serviceStart: { year: 2005, month: 1 },
      gender: "FEMALE",
      sequence: 3,
    });
    const pns = { ...none, nip, employmentType: "PNS" as const };
    expect(serviceLengthOn(pns, day("2026-11-30"))).toEqual({ years: 21, months: 10, derived: true });
    expect(serviceLengthOn({ ...pns, employmentType: "PPPK" }, day("2026-11-30"))).toBeNull();
    expect(serviceLengthOn({ ...pns, nip: null }, day("2026-11-30"))).toBeNull();
    // Before the TMT CPNS the NIP is not valid yet (a start in the future): none, rather than a negative one.
    expect(serviceLengthOn(pns, day("2004-12-31"))).toBeNull();
    expect(serviceLengthOn({ ...pns, nip: "197804312005011003" }, day("2026-11-30"))).toBeNull(); // 31 April
  });
});

describe("batas usia pensiun", () => {
  it("58 for administrative posts and no post, 60 for pimpinan tinggi and ahli madya, 65 for ahli utama", () => {
    expect(retirementAge(null)).toBe(58);
    expect(retirementAge({ level: "SUPERVISOR", title: "Kepala Sub Bagian Hukum dan SDM" })).toBe(58);
    expect(retirementAge({ level: "ADMINISTRATOR", title: "Sekretaris" })).toBe(58);
    expect(retirementAge({ level: "EXECUTOR", title: "Penata Kelola Pemilu" })).toBe(58);
    expect(retirementAge({ level: "HIGH_LEADERSHIP", title: "Sekretaris KPU Provinsi" })).toBe(60);
    expect(retirementAge({ level: "FUNCTIONAL", title: "Analis SDM Aparatur Ahli Madya" })).toBe(60);
    expect(retirementAge({ level: "FUNCTIONAL", title: "Pranata Komputer Ahli Muda" })).toBe(58);
    expect(retirementAge({ level: "FUNCTIONAL", title: "Widyaiswara Ahli Utama" })).toBe(65);
  });

  it("the regular TMT pensiun is the first of the month after the birthday; earlier is early", () => {
    const birthDate = day("1970-05-12");
    expect(regularRetirementDate(birthDate, 58)).toEqual(day("2028-06-01"));
    const official = { employmentType: "PNS" as const, birthDate };
    expect(earlyRetirement(official, null, day("2028-05-01"))).toEqual({
      age: 58,
      regularDate: day("2028-06-01"),
    });
    expect(earlyRetirement(official, null, day("2028-06-01"))).toBeNull();
    expect(earlyRetirement({ ...official, employmentType: "NON_ASN" }, null, day("2020-01-01"))).toBeNull();
    expect(earlyRetirement({ ...official, birthDate: null }, null, day("2020-01-01"))).toBeNull();
  });
});

describe("DUK order (PP 15/1979)", () => {
  const base: DukEntry = {
    sortName: "a",
    rank: "III_C",
    rankStartDate: "2020-04-01",
    postLevel: null,
    service: { years: 10, months: 0, derived: false },
    educationLevel: "S1",
    birthDate: "1980-01-01",
  };
  const entry = (name: string, change: Partial<DukEntry>): DukEntry => ({
    ...base,
    sortName: name,
    ...change,
  });

  it("rank, then TMT of the rank, then post, masa kerja, education, age, name", () => {
    const entries = [
      entry("lower rank", { rank: "III_B", rankStartDate: "2000-01-01" }),
      entry("younger", { birthDate: "1990-01-01" }),
      entry("b same", {}),
      entry("a same", {}),
      entry("less schooling", { educationLevel: "D3" }),
      entry("shorter service", { service: { years: 9, months: 11, derived: false } }),
      entry("supervisor post", { postLevel: "SUPERVISOR", service: { years: 1, months: 0, derived: false } }),
      entry("later tmt", { rankStartDate: "2021-04-01", postLevel: "ADMINISTRATOR" }),
      entry("earlier tmt", { rankStartDate: "2019-10-01" }),
      entry("higher rank", { rank: "IV_A", rankStartDate: "2024-10-01" }),
      entry("no rank", { rank: null }),
    ];
    expect(dukOrder(entries).map((e) => e.sortName)).toEqual([
      "higher rank",
      "earlier tmt",
      "supervisor post",
      "a same",
      "b same",
      "younger",
      "less schooling",
      "shorter service",
      "later tmt",
      "lower rank",
      "no rank",
    ]);
  });

  it("an unknown TMT or birth date comes after the known ones", () => {
    expect(compareDuk(entry("x", { rankStartDate: null }), entry("y", {}))).toBeGreaterThan(0);
    expect(compareDuk(entry("x", { birthDate: null }), entry("y", {}))).toBeGreaterThan(0);
  });
});

import { describe, expect, it } from "vitest";
import { todayInIndonesia } from "@/lib/dates/today";
import { officialFormValues } from "@/lib/officials/form-values";
import { createOfficialSchema, endServiceSchema, moveOfficialSchema } from "@/lib/officials/schemas";

const pns = {
  name: "Dra. Baiq Nurul Aini, M.Si.",
  nip: "19780512 200501 2 003",
  employmentType: "PNS",
  rank: "III_D",
  unitId: "unit-1",
};

function messagesFor(input: Record<string, unknown>) {
  const result = createOfficialSchema.safeParse(input);
  return result.success
    ? {}
    : Object.fromEntries(result.error.issues.map((issue) => [issue.path.join("."), issue.message]));
}

describe("official input rules", () => {
  it("derives birth date and gender from a PNS's NIP and stores its digits", () => {
    const result = createOfficialSchema.parse(pns);
    expect(result).toMatchObject({ nip: "197805122005012003", gender: "FEMALE", status: "ACTIVE" });
    expect(result.birthDate?.toISOString()).toBe("1978-05-12T00:00:00.000Z");
  });

  it("puts a NIP mismatch on the field the clerk must fix", () => {
    expect(messagesFor({ ...pns, birthDate: "1978-05-13", gender: "MALE" })).toEqual({
      birthDate: "officialRecord.validation.nipBirthDateMismatch",
      gender: "officialRecord.validation.nipGenderMismatch",
    });
  });

  it("explains what is wrong with a NIP", () => {
    expect(messagesFor({ ...pns, nip: "19781312 200501 2 003" })).toEqual({
      nip: "officialRecord.validation.nip.birthDate",
    });
    expect(messagesFor({ ...pns, nip: "1978051220050" })).toEqual({
      nip: "officialRecord.validation.nip.format",
    });
    expect(messagesFor({ ...pns, nip: "197805122005013003" })).toEqual({
      nip: "officialRecord.validation.nip.gender",
    });
    expect(messagesFor({ ...pns, nip: undefined })).toMatchObject({
      nip: "officialRecord.validation.nipRequired",
    });
  });

  it("support staff have no NIP and no rank", () => {
    const support = { name: "Lalu Ahmad Zaini", employmentType: "NON_ASN", gender: "MALE", unitId: "unit-1" };
    expect(createOfficialSchema.parse(support)).toMatchObject({ nip: null, birthDate: null });
    expect(messagesFor({ ...support, nip: pns.nip, rank: "II_A" })).toEqual({
      nip: "officialRecord.validation.nipNotForNonAsn",
      rank: "officialRecord.validation.rankMismatch",
    });
  });

  it("a PPPK holds a PPPK grade, not a golongan", () => {
    expect(
      messagesFor({ ...pns, employmentType: "PPPK", nip: undefined, gender: "FEMALE", rank: "III_A" }),
    ).toEqual({
      rank: "officialRecord.validation.rankMismatch",
    });
  });

  it("checks a PPPK's NI PPPK in its own layout, against the birth date and gender entered", () => {
    const pppk = { ...pns, employmentType: "PPPK", rank: "PPPK_IX", nip: "19900412 202321 2 005" };
    const result = createOfficialSchema.parse(pppk);
    expect(result).toMatchObject({ nip: "199004122023212005", gender: "FEMALE" });
    expect(result.birthDate?.toISOString()).toBe("1990-04-12T00:00:00.000Z");
    expect(messagesFor({ ...pppk, birthDate: "1990-04-13", gender: "MALE" })).toEqual({
      birthDate: "officialRecord.validation.pppkNumberBirthDateMismatch",
      gender: "officialRecord.validation.pppkNumberGenderMismatch",
    });
    // A PNS's NIP typed for a PPPK, and a placeholder of zeros, are refused with their own words.
    expect(messagesFor({ ...pppk, nip: pns.nip })).toEqual({
      nip: "officialRecord.validation.pppkNumber.pnsShaped",
    });
    expect(messagesFor({ ...pppk, nip: "000000000000000000", gender: "FEMALE" })).toEqual({
      nip: "officialRecord.validation.pppkNumber.zeros",
    });
  });

  it("rejects impossible calendar dates", () => {
    expect(messagesFor({ ...pns, birthDate: "1978-02-30" })).toEqual({
      birthDate: "date",
    });
  });
});

describe("moving an official and ending a service", () => {
  const move = { id: "official-1", version: "3", unitId: "unit-2", startDate: "2025-02-03" };

  it("a move into a post rests on a decree, number and date", () => {
    expect(moveOfficialSchema.safeParse(move).success).toBe(true);
    const result = moveOfficialSchema.safeParse({ ...move, positionId: "post-1" });
    expect(
      result.success
        ? {}
        : Object.fromEntries(result.error.issues.map((issue) => [issue.path.join("."), issue.message])),
    ).toEqual({
      decreeNumber: "officialRecord.validation.decreeRequired",
      decreeDate: "officialRecord.validation.decreeRequired",
    });
  });

  it("a missing date is required, not invalid", () => {
    const result = endServiceSchema.safeParse({ id: "official-1", version: 1, status: "RETIRED" });
    expect(
      result.success ? [] : result.error.issues.map((issue) => [issue.path.join("."), issue.message]),
    ).toEqual([["effectiveDate", "required"]]);
  });

  it("only the statuses that end a service end it", () => {
    expect(
      endServiceSchema.safeParse({ id: "o", version: 1, status: "ON_LEAVE", effectiveDate: "2025-06-01" })
        .success,
    ).toBe(false);
    expect(
      endServiceSchema.parse({ id: "o", version: 1, status: "DECEASED", effectiveDate: "2025-06-01" })
        .effectiveDate,
    ).toEqual(new Date("2025-06-01"));
  });
});

describe("the form's values", () => {
  const stored = officialFormValues({
    name: "Baiq Nurul Aini",
    nip: "197805122005012003",
    gender: "FEMALE",
    birthPlace: null,
    birthDate: new Date("1978-05-12"),
    employmentType: "PNS",
    rank: "III_D",
    unitId: "unit-1",
    sectionId: null,
    status: "ACTIVE",
    email: null,
    phone: "0370 1234",
  });

  it("shows stored values as the form does: NIP in groups, dates as YYYY-MM-DD, none as empty", () => {
    expect(stored).toMatchObject({
      nip: "19780512 200501 2 003",
      birthDate: "1978-05-12",
      sectionId: "",
      email: "",
    });
  });
});

describe("today for NIP checks", () => {
  it("is already the 1st in Indonesia's east while UTC is still on the last day of the month", () => {
    const today = todayInIndonesia(new Date("2026-11-30T23:30:00Z"));
    expect([today.getUTCFullYear(), today.getUTCMonth() + 1, today.getUTCDate()]).toEqual([2026, 12, 1]);
  });
});

import { describe, expect, it } from "vitest";
import { createOfficialSchema } from "@/lib/officials/schemas";

const pns = {
  name: "Dra. Baiq Nurul Aini, M.Si.",
  nip: "19780512 200501 2 003",
  employmentType: "PNS",
  rank: "III_D",
  unitId: "unit-1",
};

function messagesFor(input: Record<string, unknown>) {
  const result = createOfficialSchema.safeParse(input);
  return result.success ? {} : Object.fromEntries(result.error.issues.map((issue) => [issue.path.join("."), issue.message]));
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
    expect(messagesFor({ ...pns, nip: "19781312 200501 2 003" })).toEqual({ nip: "officialRecord.validation.nip.birthDate" });
    expect(messagesFor({ ...pns, nip: "1978051220050" })).toEqual({ nip: "officialRecord.validation.nip.format" });
    expect(messagesFor({ ...pns, nip: "197805122005013003" })).toEqual({ nip: "officialRecord.validation.nip.gender" });
    expect(messagesFor({ ...pns, nip: undefined })).toMatchObject({ nip: "officialRecord.validation.nipRequired" });
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
    expect(messagesFor({ ...pns, employmentType: "PPPK", nip: undefined, gender: "FEMALE", rank: "III_A" })).toEqual({
      rank: "officialRecord.validation.rankMismatch",
    });
  });

  it("rejects impossible calendar dates", () => {
    expect(messagesFor({ ...pns, birthDate: "1978-02-30" })).toEqual({ birthDate: "officialRecord.validation.date" });
  });
});

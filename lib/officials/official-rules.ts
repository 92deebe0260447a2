/** The rules that tie an official's fields together: NIP against birth date and gender, rank against employment. */
import type { z } from "zod";
import { todayInIndonesia } from "@/lib/dates/today";
import { parseNip } from "./nip";
import { parsePppkNumber } from "./pppk-number";
import { rankFitsEmployment } from "./ranks";
import type { OfficialFields } from "./schemas";

const V = "officialRecord.validation";

/**
 * The rules between fields: a PNS has a valid NIP whose birth date and gender agree with the ones entered
 * (a mismatch is an error on the birth date or gender field, where the clerk can fix it); a PPPK's NI PPPK, if
 * given, is valid in its own layout (pppk-number.ts) and agrees the same way; non-ASN support staff have neither
 * NIP nor rank; the rank fits the employment type. Missing birth date and gender are taken from the number.
 */
export function applyOfficialRules<F extends OfficialFields>(
  fields: F,
  context: z.RefinementCtx,
  today = todayInIndonesia(),
) {
  let { nip, birthDate, gender } = fields;
  let nipFailed = false;
  const parsed =
    fields.employmentType === "PNS" && nip
      ? parseNip(nip, today)
      : fields.employmentType === "PPPK" && nip
        ? parsePppkNumber(nip, today)
        : null;
  // Catalogue group of the number's messages: validation.nip.* / validation.pppkNumber.* and their mismatches.
  const group = fields.employmentType === "PNS" ? "nip" : "pppkNumber";
  if (fields.employmentType === "PNS" && !nip) {
    nipFailed = true;
    context.addIssue({ code: "custom", path: ["nip"], message: `${V}.nipRequired` });
  } else if (fields.employmentType === "NON_ASN" && nip) {
    context.addIssue({ code: "custom", path: ["nip"], message: `${V}.nipNotForNonAsn` });
  } else if (parsed && !parsed.ok) {
    nipFailed = true;
    context.addIssue({ code: "custom", path: ["nip"], message: `${V}.${group}.${parsed.error}` });
  } else if (parsed?.ok) {
    // The number's birth date and gender against the ones entered: the mismatch goes on the field to fix.
    nip = "nip" in parsed ? parsed.nip : parsed.number;
    if (birthDate && birthDate.getTime() !== parsed.birthDate.getTime()) {
      context.addIssue({ code: "custom", path: ["birthDate"], message: `${V}.${group}BirthDateMismatch` });
    }
    if (gender && gender !== parsed.gender) {
      context.addIssue({ code: "custom", path: ["gender"], message: `${V}.${group}GenderMismatch` });
    }
    birthDate ??= parsed.birthDate;
    gender ??= parsed.gender;
  }
  if (!rankFitsEmployment(fields.rank ?? null, fields.employmentType)) {
    context.addIssue({ code: "custom", path: ["rank"], message: `${V}.rankMismatch` });
  }
  if ((fields.employmentType === "PNS" || fields.employmentType === "PPPK") && !fields.rank) {
    context.addIssue({ code: "custom", path: ["rank"], message: "required" });
  }
  // With a broken NIP the gender could not be derived; the NIP is the one thing to fix first.
  if (!gender && !nipFailed) context.addIssue({ code: "custom", path: ["gender"], message: "required" });
  return { ...fields, nip: nip ?? null, birthDate: birthDate ?? null, gender: gender ?? "MALE" };
}

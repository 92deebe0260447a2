/** The rules that tie an official's fields together: NIP against birth date and gender, rank against employment. */
import type { z } from "zod";
import { todayInIndonesia } from "@/lib/dates/today";
import { normalizeNip, parseNip } from "./nip";
import { rankFitsEmployment } from "./ranks";
import type { OfficialFields } from "./schemas";

const V = "officialRecord.validation";

/**
 * The rules between fields: a PNS has a valid NIP whose birth date and gender agree with the ones entered
 * (a mismatch is an error on the birth date or gender field, where the clerk can fix it); a PPPK's NI PPPK
 * is 18 digits if given; non-ASN support staff have neither NIP nor rank; the rank fits the employment type.
 * Missing birth date and gender are taken from the NIP.
 */
export function applyOfficialRules<F extends OfficialFields>(
  fields: F,
  context: z.RefinementCtx,
  today = todayInIndonesia(),
) {
  let { nip, birthDate, gender } = fields;
  let nipFailed = false;
  if (fields.employmentType === "PNS") {
    if (!nip) {
      nipFailed = true;
      context.addIssue({ code: "custom", path: ["nip"], message: `${V}.nipRequired` });
    } else {
      const parsed = parseNip(nip, today);
      if (!parsed.ok) {
        nipFailed = true;
        context.addIssue({ code: "custom", path: ["nip"], message: `${V}.nip.${parsed.error}` });
      } else {
        nip = parsed.nip;
        if (birthDate && birthDate.getTime() !== parsed.birthDate.getTime()) {
          context.addIssue({ code: "custom", path: ["birthDate"], message: `${V}.nipBirthDateMismatch` });
        }
        if (gender && gender !== parsed.gender) {
          context.addIssue({ code: "custom", path: ["gender"], message: `${V}.nipGenderMismatch` });
        }
        birthDate ??= parsed.birthDate;
        gender ??= parsed.gender;
      }
    }
  } else if (fields.employmentType === "PPPK" && nip) {
    const digits = normalizeNip(nip);
    if (!digits) context.addIssue({ code: "custom", path: ["nip"], message: `${V}.nip.format` });
    else nip = digits;
  } else if (fields.employmentType === "NON_ASN" && nip) {
    context.addIssue({ code: "custom", path: ["nip"], message: `${V}.nipNotForNonAsn` });
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

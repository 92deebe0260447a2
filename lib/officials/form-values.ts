/** An official as the form holds it: every editable field as a string ("" for none). */
import { formatNip } from "./nip";

/** The editable fields of an official, as the form holds them (strings; "" for none). */
export const OFFICIAL_FORM_FIELDS = [
  "name",
  "nip",
  "gender",
  "birthPlace",
  "birthDate",
  "employmentType",
  "rank",
  "unitId",
  "sectionId",
  "status",
  "email",
  "phone",
] as const;

export type OfficialFormField = (typeof OFFICIAL_FORM_FIELDS)[number];
export type OfficialFormValues = Record<OfficialFormField, string>;

type StoredOfficial = {
  [K in OfficialFormField]: K extends "birthDate" ? Date | null : string | null;
};

/** A stored official as the form shows it: the NIP in its 8-6-1-3 groups, the birth date as YYYY-MM-DD. */
export function officialFormValues(official: StoredOfficial): OfficialFormValues {
  const values = {} as OfficialFormValues;
  for (const field of OFFICIAL_FORM_FIELDS) {
    const value = official[field];
    values[field] = value instanceof Date ? value.toISOString().slice(0, 10) : (value ?? "");
  }
  values.nip = official.nip ? formatNip(official.nip) : "";
  return values;
}

import { z } from "zod";
import { EmploymentType, Gender, OfficialStatus, Rank } from "@/lib/generated/prisma/enums";
import { formatNip, normalizeNip, parseNip } from "./nip";
import { rankFitsEmployment } from "./ranks";

const V = "officialRecord.validation";

/** A calendar date from a date input ("1978-05-12") or a spreadsheet cell (Date), as UTC midnight. */
export const calendarDate = z
  .union([z.date(), z.string().trim()], {
    error: (issue) => (issue.input === undefined ? "required" : undefined),
  })
  .transform((value, context) => {
    if (value instanceof Date) {
      if (!Number.isNaN(value.getTime())) {
        return new Date(Date.UTC(value.getUTCFullYear(), value.getUTCMonth(), value.getUTCDate()));
      }
    } else {
      const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
      if (match) {
        const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
        const date = new Date(Date.UTC(year, month - 1, day));
        if (date.getUTCMonth() === month - 1 && date.getUTCDate() === day) return date;
      }
    }
    context.addIssue({ code: "custom", message: `${V}.date` });
    return z.NEVER;
  });

const optionalText = (max: number) => z.string().trim().max(max).optional();

/**
 * The fields of an official (pegawai) as a form or an import row gives them, before the rules that tie them
 * together. Create, update and import derive their schemas from it.
 */
export const officialFieldsSchema = z.object({
  name: z.string().trim().min(3).max(200),
  nip: optionalText(40),
  gender: z.enum(Gender).optional(),
  birthDate: calendarDate.optional(),
  birthPlace: optionalText(100),
  employmentType: z.enum(EmploymentType),
  rank: z.enum(Rank).optional(),
  status: z.enum(OfficialStatus).default("ACTIVE"),
  unitId: z.string().min(1),
  sectionId: z.string().min(1).optional(),
  email: z.email().max(200).optional(),
  phone: z
    .string()
    .trim()
    .regex(/^\+?[0-9 ()-]{6,20}$/, `${V}.phone`)
    .optional(),
});

type OfficialFields = z.output<typeof officialFieldsSchema>;

/**
 * Today's calendar date as the UTC fields of a Date, in WIT (UTC+9), Indonesia's easternmost zone. parseNip
 * compares UTC dates; in UTC, a clerk in WITA at 07:00 on the 1st would still be in last month and see this
 * month's TMT CPNS refused as "in the future". Nowhere in Indonesia is it later than in WIT.
 */
export function todayInIndonesia(now = new Date()): Date {
  return new Date(now.getTime() + 9 * 60 * 60 * 1000);
}

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

export const createOfficialSchema = officialFieldsSchema.transform((fields, context) =>
  applyOfficialRules(fields, context),
);

/**
 * The values a form was loaded with, sent back as JSON in a hidden field: when someone else saved in between,
 * the fields whose stored value now differs from these are what changed (StaleRecordError). Anything that is not
 * an object of strings counts as absent.
 */
const loadedValues = z
  .string()
  .optional()
  .transform((text): Record<string, string> | undefined => {
    if (!text) return undefined;
    try {
      const value: unknown = JSON.parse(text);
      if (typeof value !== "object" || value === null || Array.isArray(value)) return undefined;
      return Object.values(value).every((item) => typeof item === "string")
        ? (value as Record<string, string>)
        : undefined;
    } catch {
      return undefined;
    }
  });

const recordRef = { id: z.string().min(1), version: z.coerce.number().int().min(1), loaded: loadedValues };

export const updateOfficialSchema = officialFieldsSchema
  .extend(recordRef)
  .transform((fields, context) => applyOfficialRules(fields, context));

export type OfficialInput = z.output<typeof createOfficialSchema>;

/** Statuses that end an official's service: set only by ending it (endServiceSchema), which also ends their posts. */
export const ENDED_STATUSES = [
  "TRANSFERRED_OUT",
  "RETIRED",
  "DECEASED",
  "INACTIVE",
] as const satisfies readonly OfficialStatus[];

export function isEndedStatus(status: OfficialStatus): boolean {
  return (ENDED_STATUSES as readonly OfficialStatus[]).includes(status);
}

const optionalId = z.string().min(1).optional();

/**
 * Mutasi: to another unit or section in scope, optionally into a post on a decree (SK). The current posts end the
 * day before `startDate`. A post needs its decree number and date: an assignment rests on one.
 */
export const moveOfficialSchema = z
  .object({
    ...recordRef,
    unitId: z.string().min(1),
    sectionId: optionalId,
    positionId: optionalId,
    startDate: calendarDate,
    decreeNumber: optionalText(100),
    decreeDate: calendarDate.optional(),
    reason: optionalText(200),
  })
  .superRefine((input, context) => {
    if (!input.positionId) return;
    if (!input.decreeNumber)
      context.addIssue({ code: "custom", path: ["decreeNumber"], message: `${V}.decreeRequired` });
    if (!input.decreeDate)
      context.addIssue({ code: "custom", path: ["decreeDate"], message: `${V}.decreeRequired` });
  });

/** Pensiun, mutasi keluar, meninggal or diberhentikan from `effectiveDate` (TMT): the posts end the day before. */
export const endServiceSchema = z.object({
  ...recordRef,
  status: z.enum(ENDED_STATUSES),
  effectiveDate: calendarDate,
  reason: optionalText(200),
});

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

/** The fields whose stored value differs from `loaded` (the values a form started from); a NIP compares by digits. */
export function fieldsChangedFrom(
  stored: OfficialFormValues,
  loaded: Partial<Record<string, string>>,
): OfficialFormField[] {
  const comparable = (field: OfficialFormField, value: string) =>
    field === "nip" ? (normalizeNip(value) ?? value.trim()) : value.trim();
  return OFFICIAL_FORM_FIELDS.filter(
    (field) =>
      loaded[field] !== undefined &&
      comparable(field, stored[field]) !== comparable(field, loaded[field] ?? ""),
  );
}

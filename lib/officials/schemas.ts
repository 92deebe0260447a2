/** The zod schemas of the officials module (pegawai): what a form or an import row must satisfy. */
import { z } from "zod";
import { EmploymentType, Gender, OfficialStatus, Rank, Religion } from "@/lib/generated/prisma/enums";
import {
  dateOnly,
  optionalDate,
  optionalRecordId,
  optionalText,
  recordId,
  recordVersion,
  text,
} from "@/lib/validations/input";
import { todayInIndonesia, yearsFrom } from "@/lib/dates/today";
import { applyOfficialRules } from "./official-rules";
import { checkRankHistory, rankHistoryShape } from "./rank-history";
import { ENDED_STATUSES } from "./status";

const V = "officialRecord.validation";

/** Dates of service (TMT, SK): none before the republic's civil service, none more than two years ahead. */
const serviceDate = { min: "1945-08-17", max: () => yearsFrom(todayInIndonesia(), 2) };

/**
 * The fields of an official (pegawai) as a form or an import row gives them, before the rules that tie them
 * together. Create, update and import derive their schemas from it.
 */
export const officialFieldsSchema = z.object({
  name: text({ min: 3, max: 200 }),
  nip: optionalText({ max: 40 }),
  gender: z.enum(Gender).optional(),
  birthDate: optionalDate({ min: "1900-01-01", max: todayInIndonesia }),
  birthPlace: optionalText({ max: 100 }),
  employmentType: z.enum(EmploymentType),
  rank: z.enum(Rank).optional(),
  /** Agama: the oath at an inauguration follows it. Not an import column; absent leaves the stored one. */
  religion: z.enum(Religion).optional(),
  status: z.enum(OfficialStatus).default("ACTIVE"),
  unitId: recordId,
  sectionId: optionalRecordId,
  email: z.email().max(200).optional(),
  phone: optionalText({ max: 20 }).pipe(
    z
      .string()
      .regex(/^\+?[0-9 ()-]{6,20}$/, `${V}.phone`)
      .optional(),
  ),
});

export type OfficialFields = z.output<typeof officialFieldsSchema>;

/** A checkbox that confirms a warning the server gave (a unit at its formasi, a retirement before its age). */
export const confirmation = z.preprocess(
  (value) => value === "on" || value === "1" || value === true,
  z.boolean(),
);

/** A post (jabatan) taken up on a decree (SK) from `startDate` (TMT): the decree number and date are required. */
const postShape = {
  positionId: optionalRecordId,
  startDate: optionalDate(serviceDate),
  decreeNumber: optionalText({ max: 100 }),
  decreeDate: optionalDate(serviceDate),
};

function requireDecree(
  input: { positionId?: string; startDate?: Date; decreeNumber?: string; decreeDate?: Date },
  context: z.RefinementCtx,
  needsStart = false,
) {
  if (!input.positionId) return;
  if (needsStart && !input.startDate)
    context.addIssue({ code: "custom", path: ["startDate"], message: "required" });
  if (!input.decreeNumber)
    context.addIssue({ code: "custom", path: ["decreeNumber"], message: `${V}.decreeRequired` });
  if (!input.decreeDate)
    context.addIssue({ code: "custom", path: ["decreeDate"], message: `${V}.decreeRequired` });
}

/** Pegawai baru: the record, its rank history, and optionally the post they take up at once. */
export const createOfficialSchema = officialFieldsSchema
  .extend({ ...rankHistoryShape, ...postShape, confirmQuota: confirmation })
  .superRefine((fields, context) => {
    checkRankHistory(fields, context);
    requireDecree(fields, context, true);
  })
  .transform((fields, context) => applyOfficialRules(fields, context));

/** The record a form edits and the version it was loaded at (docs/decisions/010-shared-kit.md, conflicts). */
const recordRef = { id: recordId, version: recordVersion };

export const updateOfficialSchema = officialFieldsSchema
  .extend({
    ...recordRef,
    ...rankHistoryShape,
    confirmQuota: confirmation,
    /** Berlaku mulai: the TMT of a new status; none or a date that has come means today, a later one schedules it. */
    statusEffectiveDate: optionalDate(serviceDate),
  })
  .superRefine((fields, context) => checkRankHistory(fields, context))
  .transform((fields, context) => applyOfficialRules(fields, context));

/** An official's own fields after the rules, as the import and the forms write them (official-data.ts). */
export type OfficialInput = ReturnType<typeof applyOfficialRules<OfficialFields>>;

/**
 * Mutasi: to another unit or section in scope, optionally into a post on a decree (SK). The current posts end the
 * day before `startDate`. A post needs its decree number and date: an assignment rests on one.
 */
export const moveOfficialSchema = z
  .object({
    ...recordRef,
    unitId: recordId,
    sectionId: optionalRecordId,
    positionId: optionalRecordId,
    startDate: dateOnly(serviceDate),
    decreeNumber: optionalText({ max: 100 }),
    decreeDate: optionalDate(serviceDate),
    reason: optionalText({ max: 200 }),
    confirmQuota: confirmation,
  })
  .superRefine((input, context) => requireDecree(input, context));

/** Pensiun, mutasi keluar, meninggal or diberhentikan from `effectiveDate` (TMT): the posts end the day before. */
export const endServiceSchema = z.object({
  ...recordRef,
  status: z.enum(ENDED_STATUSES),
  effectiveDate: dateOnly(serviceDate),
  reason: optionalText({ max: 200 }),
  /** Pensiun before the batas usia pensiun: asked once, saved when confirmed. */
  confirmEarly: confirmation,
});

/** Batalkan perubahan terjadwal: the change to cancel, by id. */
export const cancelChangeSchema = z.object({ id: recordId });

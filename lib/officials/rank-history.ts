/**
 * Riwayat kepangkatan for the DUK: TMT pangkat/golongan, masa kerja golongan (years and months as of a date),
 * pendidikan (level and major). The record forms edit them; the import does not carry them yet, so they are kept
 * apart from OFFICIAL_FORM_FIELDS (which the import compares) and written only by the forms.
 */
import { z } from "zod";
import { EducationLevel } from "@/lib/generated/prisma/enums";
import { todayInIndonesia } from "@/lib/dates/today";
import { integer, isoDate, optionalDate, optionalText } from "@/lib/validations/input";

const V = "officialRecord.validation";

export const RANK_HISTORY_FIELDS = [
  "rankStartDate",
  "serviceYears",
  "serviceMonths",
  "serviceAsOf",
  "educationLevel",
  "educationMajor",
] as const;

export type RankHistoryField = (typeof RANK_HISTORY_FIELDS)[number];
export type RankHistoryFormValues = Record<RankHistoryField, string>;

const blankToUndefined = (value: unknown) =>
  typeof value === "string" && value.trim() === "" ? undefined : value;
const optionalInteger = (max: number) => z.preprocess(blankToUndefined, integer({ min: 0, max }).optional());
const pastDate = { min: "1945-08-17", max: todayInIndonesia };

/** The fields as a form sends them; blank is none. */
export const rankHistoryShape = {
  rankStartDate: optionalDate(pastDate),
  serviceYears: optionalInteger(50),
  serviceMonths: optionalInteger(11),
  serviceAsOf: optionalDate(pastDate),
  educationLevel: z.preprocess(blankToUndefined, z.enum(EducationLevel).optional()),
  educationMajor: optionalText({ max: 100 }),
};

type RankHistoryInput = {
  rankStartDate?: Date;
  serviceYears?: number;
  serviceMonths?: number;
  serviceAsOf?: Date;
  educationLevel?: EducationLevel;
  educationMajor?: string;
};

/** A masa kerja needs its years and the date it was counted at; months alone or a date alone mean nothing. */
export function checkRankHistory(input: RankHistoryInput, context: z.RefinementCtx) {
  const hasFigure = input.serviceYears !== undefined || input.serviceMonths !== undefined;
  if (hasFigure && input.serviceYears === undefined)
    context.addIssue({ code: "custom", path: ["serviceYears"], message: `${V}.serviceYearsRequired` });
  if (hasFigure && !input.serviceAsOf)
    context.addIssue({ code: "custom", path: ["serviceAsOf"], message: `${V}.serviceAsOfRequired` });
  if (!hasFigure && input.serviceAsOf)
    context.addIssue({ code: "custom", path: ["serviceYears"], message: `${V}.serviceYearsRequired` });
}

/** The columns the forms write (blank clears). */
export function rankHistoryData(input: RankHistoryInput) {
  return {
    rankStartDate: input.rankStartDate ?? null,
    serviceYears: input.serviceYears ?? null,
    serviceMonths: input.serviceYears === undefined ? null : (input.serviceMonths ?? 0),
    serviceAsOf: input.serviceAsOf ?? null,
    educationLevel: input.educationLevel ?? null,
    educationMajor: input.educationMajor ?? null,
  };
}

type StoredRankHistory = {
  rankStartDate: Date | null;
  serviceYears: number | null;
  serviceMonths: number | null;
  serviceAsOf: Date | null;
  educationLevel: EducationLevel | null;
  educationMajor: string | null;
};

export const RANK_HISTORY_SELECT = {
  rankStartDate: true,
  serviceYears: true,
  serviceMonths: true,
  serviceAsOf: true,
  educationLevel: true,
  educationMajor: true,
} as const;

/** As the form shows them: dates YYYY-MM-DD, numbers as digits, "" for none. */
export function rankHistoryFormValues(stored: StoredRankHistory | null): RankHistoryFormValues {
  const value = (field: RankHistoryField) => {
    const raw = stored?.[field] ?? null;
    if (raw === null) return "";
    return raw instanceof Date ? isoDate(raw) : String(raw);
  };
  return Object.fromEntries(
    RANK_HISTORY_FIELDS.map((field) => [field, value(field)]),
  ) as RankHistoryFormValues;
}

import { z } from "zod";
import {
  dateOnly,
  formList,
  optionalRecordId,
  optionalText,
  recordId,
  recordVersion,
  text,
} from "@/lib/validations/input";
import { CHECKLIST_RESULTS, FINDING_SEVERITIES, REPORT_SECTIONS, SUPERVISION_AREAS } from "./areas";

const ids = formList(z.array(recordId));
const areas = formList(z.array(z.enum(SUPERVISION_AREAS)).min(1, "supervision.validation.areasRequired"));
const checklistText = optionalText({ max: 4000, multiline: true });

/** What a visit's plan holds, besides the unit visited (fixed once planned). */
const planFields = z.object({
  title: text({ max: 200 }),
  startDate: dateOnly(),
  endDate: dateOnly(),
  location: optionalText({ max: 200 }),
  purpose: optionalText({ max: 2000, multiline: true }),
  teamIds: ids,
  areas,
  ...Object.fromEntries(SUPERVISION_AREAS.map((area) => [`checklist_${area}`, checklistText])),
});
const endNotBeforeStart: [
  (visit: { startDate: Date; endDate: Date }) => boolean,
  { path: string[]; message: string },
] = [
  (visit) => visit.endDate >= visit.startDate,
  { path: ["endDate"], message: "supervision.validation.endBeforeStart" },
];

/** Rencana kunjungan: the visited unit, dates, team, purpose, and the areas with their checklists. */
export const visitSchema = planFields.extend({ hostUnitId: recordId }).refine(...endNotBeforeStart);
export type VisitPlan = z.output<typeof planFields> & Partial<Record<`checklist_${string}`, string>>;
export type VisitInput = VisitPlan & { hostUnitId: string };

/** Ubah rencana kunjungan: the same plan for a visit still planned, with the version the editor saw. */
export const visitUpdateSchema = planFields
  .extend({ id: recordId, version: recordVersion })
  .refine(...endNotBeforeStart);

const areaText = optionalText({ max: 8000, multiline: true });

/**
 * The report's draft: summary, the points raised, one text per area (`area_<AREA>`), and a result per checklist
 * item (`result_<itemId>`). The dynamic fields are gathered into `areaTexts` and `results` before parsing.
 */
export const reportDraftSchema = z.preprocess(
  (raw) => {
    const input = (raw ?? {}) as Record<string, unknown>;
    const pick = (prefix: string) =>
      Object.fromEntries(
        Object.entries(input)
          .filter(([key]) => key.startsWith(prefix))
          .map(([key, value]) => [key.slice(prefix.length), value]),
      );
    return { ...input, areaTexts: pick("area_"), results: pick("result_") };
  },
  z.object({
    visitId: recordId,
    version: recordVersion.optional(),
    summary: optionalText({ max: 8000, multiline: true }),
    pointsRaised: optionalText({ max: 8000, multiline: true }),
    areaTexts: z.partialRecord(z.enum(SUPERVISION_AREAS), areaText),
    results: z.record(z.string().regex(/^[A-Za-z0-9_-]{1,64}$/), z.enum(CHECKLIST_RESULTS)),
  }),
);

/** Temuan or permohonan added to a report in draft. */
export const findingSchema = z.object({
  reportId: recordId,
  kind: z.enum(["FINDING", "REQUEST"]),
  area: z.enum(SUPERVISION_AREAS),
  severity: z.enum(FINDING_SEVERITIES),
  description: text({ max: 2000, multiline: true }),
  recommendation: optionalText({ max: 2000, multiline: true }),
  /** Penanggung jawab of a finding; left empty, the unit's head takes it when the report is accepted. */
  ownerOfficialId: optionalRecordId,
});

export const removeFindingSchema = z.object({ id: recordId });

/** Dikembalikan untuk perbaikan: a comment per section (`comment_<section>`), at least one. */
export const returnReportSchema = z.preprocess(
  (raw) => {
    const input = (raw ?? {}) as Record<string, unknown>;
    const comments = Object.fromEntries(
      REPORT_SECTIONS.map((section) => [section, input[`comment_${section}`]]).filter(([, value]) => value),
    );
    return { ...input, comments };
  },
  z.object({
    id: recordId,
    version: recordVersion,
    comments: z
      .partialRecord(z.enum(REPORT_SECTIONS), text({ max: 2000, multiline: true }))
      .refine((comments) => Object.keys(comments).length > 0, "supervision.validation.commentRequired"),
  }),
);

/** The zod schemas of work units (satuan kerja), their sections (Bagian, Sub Bagian) and posts (jabatan). */
import { z } from "zod";
import { PositionKind, PositionLevel, SectionKind } from "@/lib/generated/prisma/enums";
import {
  integer,
  optionalRecordId,
  optionalText,
  recordId,
  recordVersion,
  text as cleanText,
} from "@/lib/validations/input";
import { LEVELS_BY_KIND, UNIT_TIME_ZONES } from "./unit-options";

const id = recordId;
const optionalId = optionalRecordId;
const version = recordVersion;
const text = (max: number) => cleanText({ max });
const quota = integer({ min: 0, max: 9999, minMessage: "units.validation.quotaNegative" });
const sortOrder = z.preprocess(
  (value) => (value === undefined || value === "" ? 0 : value),
  integer({ min: 0, max: 9999 }),
);

// ─── Work unit (satuan kerja) ───

const unitFields = z.object({
  name: text(200),
  shortName: text(80),
  /** Kode wilayah (52, 5204); its shape per level is a domain rule in unit-mutations.ts ("RI" for the nation). */
  code: cleanText({ max: 10 }).pipe(z.string().regex(/^[0-9A-Za-z]{2,10}$/, "units.validation.codeFormat")),
  timeZone: z.enum(UNIT_TIME_ZONES),
  supportStaffQuota: quota,
  address: optionalText({ max: 500, multiline: true }),
});

export const createUnitSchema = unitFields.extend({ parentId: id });
export const updateUnitSchema = unitFields.extend({ id, version, parentId: optionalId });

// ─── Section (Bagian / Sub Bagian) ───

const sectionFields = z.object({
  name: text(200),
  kind: z.enum(SectionKind),
  parentId: optionalId,
  staffQuota: quota,
  sortOrder,
});

export const createSectionSchema = sectionFields.extend({ unitId: id });
export const updateSectionSchema = sectionFields.extend({ id, version });

// ─── Post (jabatan) ───

const positionFields = z.object({
  title: text(200),
  kind: z.enum(PositionKind),
  level: z.enum(PositionLevel),
  sectionId: optionalId,
  quota: integer({ min: 1, max: 9999, minMessage: "units.validation.postQuotaMin" }),
  sortOrder,
});

type PositionFields = z.infer<typeof positionFields>;

function checkPositionRules(
  value: Pick<PositionFields, "kind" | "level" | "quota">,
  context: z.RefinementCtx,
): void {
  if (!LEVELS_BY_KIND[value.kind].includes(value.level)) {
    context.addIssue({ code: "custom", path: ["level"], message: "units.validation.levelMismatch" });
  }
  if (value.kind === "STRUCTURAL" && value.quota !== 1) {
    context.addIssue({ code: "custom", path: ["quota"], message: "units.validation.structuralQuotaOne" });
  }
}

export const createPositionSchema = positionFields.extend({ unitId: id }).superRefine(checkPositionRules);
export const updatePositionSchema = positionFields.extend({ id, version }).superRefine(checkPositionRules);
export const abolishPositionSchema = z.object({ id, version });

export type CreateUnitInput = z.infer<typeof createUnitSchema>;
export type UpdateUnitInput = z.infer<typeof updateUnitSchema>;
export type CreateSectionInput = z.infer<typeof createSectionSchema>;
export type UpdateSectionInput = z.infer<typeof updateSectionSchema>;
export type CreatePositionInput = z.infer<typeof createPositionSchema>;
export type UpdatePositionInput = z.infer<typeof updatePositionSchema>;

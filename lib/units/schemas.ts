import { z } from "zod";
import { PositionKind, PositionLevel, SectionKind } from "@/lib/generated/prisma/enums";

/** Indonesia's three time zones: WIB, WITA (NTB) and WIT. */
export const UNIT_TIME_ZONES = ["Asia/Jakarta", "Asia/Makassar", "Asia/Jayapura"] as const;

/** The name Indonesians give each zone (WIB, WITA, WIT): the key of its label under `units.timeZones`. */
export const TIME_ZONE_NAMES: Record<(typeof UNIT_TIME_ZONES)[number], "WIB" | "WITA" | "WIT"> = {
  "Asia/Jakarta": "WIB",
  "Asia/Makassar": "WITA",
  "Asia/Jayapura": "WIT",
};

/** The levels a post of each kind may have: structural posts are leadership, administrator or supervisor. */
export const LEVELS_BY_KIND: Record<PositionKind, PositionLevel[]> = {
  STRUCTURAL: ["HIGH_LEADERSHIP", "ADMINISTRATOR", "SUPERVISOR"],
  FUNCTIONAL: ["FUNCTIONAL"],
  EXECUTOR: ["EXECUTOR"],
  SUPPORT: ["SUPPORT"],
};

const id = z.string().trim().min(1);
const optionalId = z.string().trim().min(1).optional();
const version = z.coerce.number().int().min(1);
const text = (max: number) => z.string().trim().min(1).max(max);
const quota = z.coerce
  .number()
  .int("units.validation.quotaWhole")
  .min(0, "units.validation.quotaNegative")
  .max(9999);
const sortOrder = z.coerce.number().int().min(0).max(9999).default(0);

// ─── Work unit (satuan kerja) ───

const unitFields = z.object({
  name: text(200),
  shortName: text(80),
  /** Kode wilayah (52, 5204); its shape per level is a domain rule in unit-mutations.ts ("RI" for the nation). */
  code: z
    .string()
    .trim()
    .regex(/^[0-9A-Za-z]{2,10}$/, "units.validation.codeFormat"),
  timeZone: z.enum(UNIT_TIME_ZONES),
  supportStaffQuota: quota,
  address: z.string().trim().max(500).optional(),
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
  quota: z.coerce
    .number()
    .int("units.validation.quotaWhole")
    .min(1, "units.validation.postQuotaMin")
    .max(9999),
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

/**
 * The trail's filters as URL search params (saringan jejak audit): a filtered trail can be bookmarked, shared and
 * exported. Parsing never fails: a bad value falls back to "not set" on its own. Pure: no I/O.
 */
import { z } from "zod";
import { dateTimeFormat } from "@/lib/dates/intl-formats";
import { isoDate, optionalDate, optionalText } from "@/lib/validations/input";
import { searchParam, searchParamsRecord, type RawSearchParams } from "@/lib/validations/search-params";

/** Modules, by the records their entries are about. */
export const AUDIT_MODULES = {
  pegawai: ["Official", "OfficialImport", "Assignment", "Attachment"],
  "satuan-kerja": ["WorkUnit", "Section", "Position"],
  pelantikan: [
    "AppointmentProposal",
    "Inauguration",
    "InaugurationAppointee",
    "AppointmentLevelRule",
    "ActingDesignation",
    "Decree",
  ],
  supervisi: ["SupervisionVisit", "SupervisionReport", "Finding"],
  "tindak-lanjut": ["FollowUp", "Escalation"],
  kegiatan: ["Event", "EventOutcome", "StakeholderContact", "StakeholderOrganisation"],
  pengguna: ["User"],
} as const satisfies Record<string, readonly string[]>;
export type AuditModule = keyof typeof AUDIT_MODULES;

/** Sign-ins (and refused ones) are kept apart from changes to data, in their own tab. */
export const SIGN_IN_PREFIX = "auth.";
export const AUDIT_TABS = ["changes", "signins"] as const;
export type AuditTab = (typeof AUDIT_TABS)[number];

const token = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9._-]{1,60}$/);

export const auditFiltersSchema = z.object({
  tab: searchParam(z.enum(AUDIT_TABS).default("changes")).catch("changes"),
  /** The user who acted (their id: a name may be shared). */
  actor: searchParam(token.optional()).catch(undefined),
  module: searchParam(z.enum(Object.keys(AUDIT_MODULES) as [AuditModule, ...AuditModule[]]).optional()).catch(
    undefined,
  ),
  /** A record by what people know it as: an official's name or NIP, a unit's name or code, a post's title. */
  q: searchParam(optionalText({ max: 100 })).catch(undefined),
  /** An action as written in the log: "official.update". */
  action: searchParam(token.optional()).catch(undefined),
  from: searchParam(optionalDate()).catch(undefined),
  to: searchParam(optionalDate()).catch(undefined),
  /** Keyset cursor: entries older than this id. */
  before: searchParam(
    z
      .string()
      .regex(/^\d{1,18}$/)
      .transform((value) => BigInt(value))
      .optional(),
  ).catch(undefined),
});

export type AuditFilters = z.output<typeof auditFiltersSchema>;

export function parseAuditFilters(search: RawSearchParams): AuditFilters {
  return auditFiltersSchema.parse(searchParamsRecord(search));
}

/** The filters as search params again, only those set (and without the cursor unless asked), so URLs stay short. */
export function auditFiltersQuery(filters: AuditFilters, changes: Partial<AuditFilters> = {}): string {
  const merged = { ...filters, before: undefined, ...changes };
  const params = new URLSearchParams();
  if (merged.tab !== "changes") params.set("tab", merged.tab);
  for (const key of ["actor", "module", "q", "action"] as const) {
    const value = merged[key];
    if (value) params.set(key, value);
  }
  if (merged.from) params.set("from", isoDate(merged.from));
  if (merged.to) params.set("to", isoDate(merged.to));
  if (merged.before !== undefined) params.set("before", merged.before.toString());
  const text = params.toString();
  return text ? `?${text}` : "";
}

const longOffset = dateTimeFormat({ timeZoneName: "longOffset" });

/** The first moment of a calendar day (UTC midnight of that date) on the clock of `timeZone`. */
export function startOfDayIn(day: Date, timeZone: string): Date {
  const offset = longOffset("en", timeZone)
    .formatToParts(day)
    .find((part) => part.type === "timeZoneName")?.value;
  const match = /GMT([+-])(\d{2}):(\d{2})/.exec(offset ?? "");
  const minutes = match ? (match[1] === "-" ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3])) : 0;
  return new Date(day.getTime() - minutes * 60_000);
}

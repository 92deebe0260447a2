/**
 * An audited value as the forms show it: ranks "III/a", genders "Perempuan", enums in words, ids as the names of
 * what they point at, dates in Indonesian in the reader's zone, booleans "Ya"/"Tidak", nested records as lines.
 * Pure: names of referenced records come in `names`, loaded in batch by names.ts.
 */
import { dateTimeFormat, numberFormat } from "@/lib/dates/intl-formats";
import { Rank } from "@/lib/generated/prisma/enums";
import type { Translate } from "@/lib/i18n/translate";
import { calendarDate, zoneName } from "@/lib/pdf/print-time";
import { formatNip } from "@/lib/officials/nip";
import { rankLabel } from "@/lib/officials/ranks";
import { fieldLabel, isHiddenField, referenceKind, type ReferenceKind } from "./fields";

export type ReferenceNames = Record<ReferenceKind, ReadonlyMap<string, string>>;

export interface ValueContext {
  t: Translate;
  locale: string;
  /** The reader's zone: times are shown as they were on the reader's clock, with the zone named. */
  timeZone: string;
  names: ReferenceNames;
}

/** Enum fields whose words are in the catalogue, per record type (`*` for every type). */
const COMMON_ENUMS: Record<string, string> = {
  gender: "officialRecord.genders",
  employmentType: "officialRecord.employmentTypes",
  religion: "officialRecord.religions",
  endReason: "officialRecord.endReasons",
  role: "roles",
};
const ENUM_LABELS: Record<string, Record<string, string>> = {
  Official: { status: "officialRecord.statuses", scheduledStatus: "officialRecord.statuses" },
  Section: { kind: "units.sectionKinds" },
  Position: { kind: "units.postKinds", level: "units.postLevels" },
  WorkUnit: { level: "levels" },
};

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}(?:T00:00:00(?:\.000)?Z)?$/;
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/;
const RANKS = new Set<string>(Object.values(Rank));

const moment = dateTimeFormat({
  day: "numeric",
  month: "long",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
});

/** "12 Maret 2026": a calendar date (a `@db.Date` is stored as UTC midnight). */
export function formatDateOnly(value: string, locale: string): string {
  return calendarDate(new Date(value.length === 10 ? `${value}T00:00:00Z` : value), locale);
}

/** "12 Maret 2026 10.15 WITA": a moment, on the reader's clock. */
export function formatMoment(date: Date, locale: string, timeZone: string): string {
  return `${moment(locale, timeZone).format(date)} ${zoneName(timeZone, date)}`;
}

function enumLabel(ctx: ValueContext, entityType: string, field: string, value: string): string | null {
  const namespace = ENUM_LABELS[entityType]?.[field] ?? COMMON_ENUMS[field];
  if (namespace && ctx.t.has(`${namespace}.${value}`)) return ctx.t(`${namespace}.${value}`);
  if (field === "rank" && RANKS.has(value)) return rankLabel(value as Rank);
  if (field === "timeZone") return zoneName(value);
  return null;
}

function isAssignment(value: Record<string, unknown>): boolean {
  return typeof value.positionId === "string" && typeof value.startDate === "string";
}

/** A post held: "Kepala Sub Bagian Keuangan, 1 Januari 2024 s.d. 31 Desember 2025 (SK 800/12/2024)". */
function assignmentLine(ctx: ValueContext, value: Record<string, unknown>): string {
  const post = ctx.names.position.get(value.positionId as string) ?? ctx.t("audit.unknownRecord");
  const start = formatDateOnly(value.startDate as string, ctx.locale);
  const period =
    typeof value.endDate === "string"
      ? ctx.t("audit.values.period", { start, end: formatDateOnly(value.endDate, ctx.locale) })
      : ctx.t("audit.values.since", { start });
  const decree =
    typeof value.decreeNumber === "string" && value.decreeNumber
      ? ` ${ctx.t("audit.values.decree", { number: value.decreeNumber })}`
      : "";
  return `${post}, ${period}${decree}`;
}

/** A nested record that is not a post: its shown fields as "Label: value", on one line. */
function recordLine(ctx: ValueContext, entityType: string, value: Record<string, unknown>): string {
  if (isAssignment(value)) return assignmentLine(ctx, value);
  return Object.entries(value)
    .filter(([field, item]) => !isHiddenField(entityType, field) && item !== null && item !== undefined)
    .map(
      ([field, item]) =>
        `${fieldLabel(ctx.t, entityType, field)}: ${formatValue(ctx, entityType, field, item).join(", ")}`,
    )
    .join("; ");
}

/**
 * One value as lines of text (a list of posts is one line per post). An empty value is "—"; an id no longer
 * known (a deleted record) reads "(data tidak ditemukan)", never the id.
 */
export function formatValue(ctx: ValueContext, entityType: string, field: string, value: unknown): string[] {
  if (value === undefined || value === null || value === "") return ["—"];
  if (Array.isArray(value)) {
    const lines = value.flatMap((item) => formatValue(ctx, entityType, field, item));
    return lines.length > 0 ? lines : ["—"];
  }
  if (typeof value === "boolean") return [ctx.t(value ? "audit.values.yes" : "audit.values.no")];
  if (typeof value === "number") return [numberFormat(ctx.locale).format(value)];
  if (typeof value === "object") return [recordLine(ctx, entityType, value as Record<string, unknown>)];
  const text = String(value);
  const reference = referenceKind(entityType, field);
  if (reference) return [ctx.names[reference].get(text) ?? ctx.t("audit.unknownRecord")];
  const word = enumLabel(ctx, entityType, field, text);
  if (word) return [word];
  if (field === "nip") return [formatNip(text)];
  if (DATE_ONLY.test(text)) return [formatDateOnly(text, ctx.locale)];
  if (TIMESTAMP.test(text)) return [formatMoment(new Date(text), ctx.locale, ctx.timeZone)];
  return [text];
}

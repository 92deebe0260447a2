/**
 * PostgreSQL's unique constraints, each mapped to the refusal its sequential check gives: two users saving the same
 * unit code (or section name, NIP, username…) at the same moment both pass the check, and the database's unique
 * index decides. The loser must read the same "already exists" message as a user who came second by a minute, not
 * a 500. Every unique index of the schema is listed here; tests/integration/unique-violations.test.ts reads them from
 * the migrated database, so a new one cannot be forgotten. See docs/decisions/017-hostile-input.md.
 */
import { DomainError } from "./errors";

interface UniqueRefusal {
  /** Catalogue key of the refusal (a full path). */
  key: string;
  /** The form field the refusal belongs to; its submitted value is passed to the message. */
  field?: string;
  /** The message's parameter for that value, when not named like the field. */
  param?: string;
}

/** Index name (Prisma's default `<table>_<columns>_key`, or `<table>_pkey` for a composite id) → refusal. */
export const UNIQUE_REFUSALS: Readonly<Record<string, UniqueRefusal>> = {
  work_unit_code_key: { key: "units.errors.codeTaken", field: "code" },
  section_unitId_name_key: { key: "units.errors.sectionNameTaken", field: "name" },
  official_nip_key: { key: "officialRecord.errors.nipTaken", field: "nip" },
  app_user_username_key: { key: "uniqueness.username", field: "username" },
  app_user_officialId_key: { key: "uniqueness.officialAccount", field: "officialId" },
  decree_issuingUnitId_number_key: {
    key: "appointments.errors.decreeNumberTaken",
    field: "decreeNumber",
    param: "number",
  },
  stakeholder_organisation_regionUnitId_nameKey_key: {
    key: "stakeholders.errors.duplicateRace",
    field: "name",
  },
  app_user_calendarFeedToken_key: { key: "uniqueness.calendarFeedToken" },
  news_photo_pkey: { key: "uniqueness.newsPhoto" },
  news_read_pkey: { key: "uniqueness.newsRead" },
  inauguration_appointee_inaugurationId_proposalId_key: {
    key: "uniqueness.inaugurationAppointee",
    field: "proposalId",
  },
  inauguration_minutes_inaugurationId_revision_key: { key: "uniqueness.minutesRevision" },
  event_minutes_eventId_revision_key: { key: "uniqueness.minutesRevision" },
  official_change_assignmentId_key: { key: "uniqueness.assignmentChange" },
  supervision_report_visitId_key: { key: "uniqueness.visitReport" },
  report_round_reportId_number_key: { key: "uniqueness.reportRound" },
  visit_area_visitId_area_key: { key: "uniqueness.visitArea", field: "areas" },
  visit_team_member_pkey: { key: "uniqueness.visitTeamMember", field: "teamIds" },
  event_participant_pkey: { key: "uniqueness.eventParticipant", field: "unitIds" },
};

/**
 * The index a unique violation names, or null when `error` is not one: Prisma's P2002, or a raw query's P2010 whose
 * driver error is one (PostgreSQL through the pg adapter reports the index, not the fields).
 */
export function violatedIndex(error: unknown): string | null {
  const { code, meta } = (error ?? {}) as { code?: unknown; meta?: Record<string, unknown> };
  const cause = (
    meta?.driverAdapterError as { cause?: { kind?: unknown; constraint?: { index?: unknown } } } | undefined
  )?.cause;
  if (code !== "P2002" && !(code === "P2010" && cause?.kind === "UniqueConstraintViolation")) return null;
  const index = cause?.constraint?.index ?? meta?.target;
  return typeof index === "string" ? index : "";
}

/**
 * The DomainError for a unique violation, with the submitted value of its field as a message parameter
 * ("Kode wilayah 5205 sudah dipakai…"); null when `error` is not one. An index missing from the table above
 * still gets a clear refusal rather than a 500.
 */
export function uniqueViolationError(error: unknown, input: unknown): DomainError | null {
  const index = violatedIndex(error);
  if (index === null) return null;
  const refusal = UNIQUE_REFUSALS[index] ?? { key: "uniqueness.unknown" };
  const value =
    refusal.field && typeof input === "object" && input !== null
      ? (input as Record<string, unknown>)[refusal.field]
      : undefined;
  const params: Record<string, string | number> = {};
  if (refusal.field && (typeof value === "string" || typeof value === "number")) {
    params[refusal.param ?? refusal.field] = value;
  }
  return new DomainError(refusal.key, params, refusal.field);
}

/**
 * The officials of an import written one statement per chunk: the rows travel as one JSON document that PostgreSQL
 * spreads over the table's own row type (`jsonb_populate_recordset`), so 1,000 officials cost one statement and one
 * parameter, with none of the client's per-row work (createManyAndReturn took seconds per thousand rows here;
 * docs/decisions/017-hostile-input.md).
 */
import "server-only";
import { randomBytes } from "node:crypto";
import type { Official, Prisma } from "@/lib/generated/prisma/client";
import type { officialData } from "../official-data";
import { isoDate } from "@/lib/validations/input";

/** The form's columns, the rank history and the religion, as the plan gives them. */
type OfficialRow = Omit<ReturnType<typeof officialData>, "religion"> & {
  religion: Official["religion"];
  rankStartDate: Date | null;
  serviceYears: number | null;
  serviceMonths: number | null;
  serviceAsOf: Date | null;
  educationLevel: Official["educationLevel"];
  educationMajor: string | null;
};

/** An id shaped like the client's cuids ("c" and 24 base-36 characters): what forms and routes expect. */
export function newId(): string {
  const random = BigInt(`0x${randomBytes(16).toString("hex")}`).toString(36);
  return `c${random.padStart(25, "0").slice(0, 24)}`;
}

const day = (date: Date | null | undefined) => (date ? isoDate(date) : null);
const days = (row: OfficialRow) => ({
  birthDate: day(row.birthDate),
  rankStartDate: day(row.rankStartDate),
  serviceAsOf: day(row.serviceAsOf),
});

/** New officials; returns the stored rows. */
export async function insertOfficials(
  tx: Prisma.TransactionClient,
  rows: readonly (OfficialRow & { id: string })[],
): Promise<Official[]> {
  if (rows.length === 0) return [];
  const now = new Date().toISOString();
  const records = rows.map((row) => ({ ...row, ...days(row), updatedAt: now }));
  return tx.$queryRaw<Official[]>`
    INSERT INTO "official" ("id", "nip", "name", "sortName", "gender", "birthDate", "birthPlace", "employmentType",
      "rank", "religion", "status", "unitId", "sectionId", "email", "phone", "rankStartDate", "serviceYears",
      "serviceMonths", "serviceAsOf", "educationLevel", "educationMajor", "updatedAt")
    SELECT "id", "nip", "name", "sortName", "gender", "birthDate", "birthPlace", "employmentType",
      "rank", "religion", "status", "unitId", "sectionId", "email", "phone", "rankStartDate", "serviceYears",
      "serviceMonths", "serviceAsOf", "educationLevel", "educationMajor", "updatedAt"
    FROM jsonb_populate_recordset(NULL::"official", ${JSON.stringify(records)}::jsonb)
    RETURNING *`;
}

/**
 * Changes stored officials, each only at the version the plan read (what the file does not give, the plan has
 * taken from the stored row). Returns the rows as stored now; one that someone saved meanwhile is missing from them.
 */
export async function updateOfficials(
  tx: Prisma.TransactionClient,
  rows: readonly (OfficialRow & { id: string; version: number })[],
): Promise<Official[]> {
  if (rows.length === 0) return [];
  const now = new Date().toISOString();
  const records = rows.map((row) => ({ ...row, ...days(row), updatedAt: now }));
  return tx.$queryRaw<Official[]>`
    UPDATE "official" AS o SET "nip" = v."nip", "name" = v."name", "sortName" = v."sortName", "gender" = v."gender",
      "birthDate" = v."birthDate", "birthPlace" = v."birthPlace", "employmentType" = v."employmentType",
      "rank" = v."rank", "status" = v."status", "unitId" = v."unitId", "sectionId" = v."sectionId",
      "email" = v."email", "phone" = v."phone", "religion" = v."religion", "rankStartDate" = v."rankStartDate",
      "serviceYears" = v."serviceYears", "serviceMonths" = v."serviceMonths", "serviceAsOf" = v."serviceAsOf",
      "educationLevel" = v."educationLevel", "educationMajor" = v."educationMajor",
      "updatedAt" = v."updatedAt", "version" = o."version" + 1
    FROM jsonb_populate_recordset(NULL::"official", ${JSON.stringify(records)}::jsonb) AS v
    WHERE o."id" = v."id" AND o."version" = v."version"
    RETURNING o.*`;
}

/**
 * The rows of an officials export, in one statement: the officials the list's params match in the user's scope,
 * in the list's order, each with unit, section and the post held on the day. Read as arrays from the pg pool
 * (lib/db/row-arrays.ts) a batch at a time as they arrive, and shaped as the file is written: at national scale
 * Prisma's mapping of 50,000 officials cost several times the query, batches by id cost a lookup per official, and
 * reading every row before writing the first held them all in memory (issue 13).
 */
import "server-only";
import { heldOnSql } from "@/lib/assignments/current";
import type { ScopedUser } from "@/lib/auth/scope";
import { streamRowArrays } from "@/lib/db/row-arrays";
import { Prisma, type Official } from "@/lib/generated/prisma/client";
import type {
  EducationLevel,
  EmploymentType,
  Gender,
  OfficialStatus,
  PositionLevel,
  Rank,
  Religion,
} from "@/lib/generated/prisma/enums";
import type { ListParams } from "./list-params";
import { officialsOrderSql, officialsWhereSql } from "./list-sql";
import type { ResolvedFilters } from "./queries";
import type { DateText } from "./service-length";

/** The post an official holds on the export's day, with its TMT and decree. */
export interface ExportPost {
  startDate: DateText;
  decreeNumber: string | null;
  decreeDate: DateText | null;
  position: { title: string; level: PositionLevel; section: { name: string } | null };
}

/** The official's own columns that the export's writers read, with unit, section and the post held on the day. */
export type OfficialExportRow = Pick<
  Official,
  | "id"
  | "name"
  | "nip"
  | "gender"
  | "birthPlace"
  | "employmentType"
  | "rank"
  | "status"
  | "email"
  | "phone"
  | "religion"
  | "sortName"
  | "serviceYears"
  | "serviceMonths"
  | "educationLevel"
  | "educationMajor"
> & {
  birthDate: DateText | null;
  rankStartDate: DateText | null;
  serviceAsOf: DateText | null;
  unit: { code: string; shortName: string };
  section: { name: string } | null;
  /** The post held on the day (the latest taken up when there are two, a Plt. beside one's own), or none. */
  assignments: ExportPost[];
};

// Dates as text (DateText): a `date` is a calendar day, and pg would read it as local midnight.
const COLUMNS = Prisma.sql`o.id, o.name, o.nip, o.gender, o."birthPlace", o."birthDate"::text, o."employmentType",
  o.rank, o.status, o.email, o.phone, o.religion, o."sortName", o."rankStartDate"::text, o."serviceYears",
  o."serviceMonths", o."serviceAsOf"::text, o."educationLevel", o."educationMajor", u.code, u."shortName",
  s.name, p.title, p.level, a."startDate"::text, a."decreeNumber", a."decreeDate"::text, ps.name`;

type Cells = unknown[];

/**
 * Every matching official as a row of cells, in batches of `batchSize` rows. An official holding two posts on the
 * day (a Plt. beside their own) comes twice, the latest taken up first; toExportRows keeps that one.
 */
export function streamExportCells(
  user: ScopedUser,
  params: ListParams,
  filters: ResolvedFilters,
  today: Date,
  batchSize: number,
): AsyncGenerator<Cells[]> {
  return streamRowArrays(
    Prisma.sql`
    SELECT ${COLUMNS}
    FROM official o
    JOIN work_unit u ON u.id = o."unitId"
    LEFT JOIN section s ON s.id = o."sectionId"
    LEFT JOIN assignment a ON a."officialId" = o.id AND ${heldOnSql("a", today)}
    LEFT JOIN "position" p ON p.id = a."positionId"
    LEFT JOIN section ps ON ps.id = p."sectionId"
    WHERE ${officialsWhereSql(user, params, filters)}
    ORDER BY ${officialsOrderSql(params.sort, params.dir)}, a."startDate" DESC, a."createdAt" DESC`,
    batchSize,
  );
}

/** A batch of cells shaped for the export's writers. `previousId` is the last official already shaped. */
export function toExportRows(cells: readonly Cells[], previousId?: string) {
  const rows: OfficialExportRow[] = [];
  let lastId = previousId;
  for (const row of cells) {
    if (row[0] === lastId) continue; // a second post held on the day
    lastId = row[0] as string;
    rows.push(toExportRow(row));
  }
  return { rows, lastId };
}

const text = (value: unknown) => value as string | null;

function toExportRow(row: Cells): OfficialExportRow {
  const [id, name, nip, gender, birthPlace, birthDate, employmentType, rank, status, email, phone, religion] =
    row;
  const [sortName, rankStartDate, serviceYears, serviceMonths, serviceAsOf, educationLevel, educationMajor] =
    row.slice(12, 19);
  const [unitCode, unitName, sectionName, title, level, startDate, decreeNumber, decreeDate, postSection] =
    row.slice(19);
  return {
    id: id as string,
    name: name as string,
    nip: text(nip),
    gender: gender as Gender,
    birthPlace: text(birthPlace),
    birthDate: text(birthDate),
    employmentType: employmentType as EmploymentType,
    rank: rank as Rank | null,
    status: status as OfficialStatus,
    email: text(email),
    phone: text(phone),
    religion: religion as Religion | null,
    sortName: sortName as string,
    rankStartDate: text(rankStartDate),
    serviceYears: serviceYears as number | null,
    serviceMonths: serviceMonths as number | null,
    serviceAsOf: text(serviceAsOf),
    educationLevel: educationLevel as EducationLevel | null,
    educationMajor: text(educationMajor),
    unit: { code: unitCode as string, shortName: unitName as string },
    section: sectionName === null ? null : { name: sectionName as string },
    assignments:
      title === null
        ? []
        : [
            {
              startDate: startDate as DateText,
              decreeNumber: text(decreeNumber),
              decreeDate: text(decreeDate),
              position: {
                title: title as string,
                level: level as PositionLevel,
                section: postSection === null ? null : { name: postSection as string },
              },
            },
          ],
  };
}

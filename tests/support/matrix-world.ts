/**
 * The world of the authorisation matrix (tests/integration/authorisation-matrix.test.ts): the seeded demo data,
 * the users who act in it (every role at a regency, the province and the nation), the places a record can lie
 * relative to them, what the policy must answer there, and a checksum of every table to prove a refusal wrote
 * nothing. The expectation is computed from the unit tree as stored, not from lib/auth/scope.ts, so that the scope
 * code is what is tested.
 */
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Role } from "@/lib/generated/prisma/enums";

export const ROLES: readonly Role[] = ["ADMINISTRATOR", "SECRETARY", "STAFF", "VIEWER"];

/** Region codes of the demo units that play the places: the nation, NTB, Sumbawa and its neighbour Dompu. */
export const PLACE_CODES = ["RI", "52", "5204", "5205"] as const;
export type PlaceCode = (typeof PLACE_CODES)[number];

export interface Home {
  level: "regency" | "province" | "national";
  code: PlaceCode;
  /** Where the record lies, seen from this home: label and unit. */
  places: readonly { label: string; code: PlaceCode }[];
}

export const HOMES: readonly Home[] = [
  {
    level: "regency",
    code: "5204",
    places: [
      { label: "own unit", code: "5204" },
      { label: "another regency", code: "5205" },
      { label: "the parent province", code: "52" },
      { label: "the nation", code: "RI" },
    ],
  },
  {
    level: "province",
    code: "52",
    places: [
      { label: "own unit", code: "52" },
      { label: "a regency below", code: "5204" },
      { label: "the nation", code: "RI" },
    ],
  },
  {
    level: "national",
    code: "RI",
    places: [
      { label: "own unit", code: "RI" },
      { label: "a province below", code: "52" },
      { label: "a regency below", code: "5204" },
    ],
  },
];

export type Answer = "forbidden" | "notFound" | "allowed";

/** What a mutation's result code means for the matrix: a refusal, or the scope check passed. */
export function answerOf(result: { ok: boolean; code?: string }): Answer | "validation" {
  if (result.ok) return "allowed";
  if (result.code === "forbidden" || result.code === "notFound") return result.code;
  if (result.code === "validation") return "validation";
  return "allowed"; // a domain refusal or a conflict: the scope check was passed
}

/** The demo units by region code, with their parents: the tree the expectation is computed from. */
export async function loadPlaces(db: PrismaClient) {
  const units = await db.workUnit.findMany({ select: { id: true, code: true, parentId: true } });
  const byCode = new Map(units.map((unit) => [unit.code, unit]));
  const byId = new Map(units.map((unit) => [unit.id, unit]));
  const idOf = (code: string) => {
    const unit = byCode.get(code);
    if (!unit) throw new Error(`demo unit ${code} missing`);
    return unit.id;
  };
  /** Is `unitId` the home unit or below it? Walks the stored parents upward. */
  const isWithin = (homeId: string, unitId: string): boolean => {
    for (let id: string | null = unitId, depth = 0; id && depth < 16; depth += 1) {
      if (id === homeId) return true;
      id = byId.get(id)?.parentId ?? null;
    }
    return false;
  };
  return { idOf, isWithin };
}

/**
 * One digest per table of every row (order-free), computed by PostgreSQL from the catalogue: a new table is
 * covered without anyone listing it.
 */
export async function tableDigests(db: PrismaClient): Promise<Map<string, string>> {
  const tables = await db.$queryRaw<{ name: string }[]>`
    SELECT table_name AS name FROM information_schema.tables
     WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name`;
  const quoted = (name: string) => `"${name.replace(/"/g, '""')}"`;
  const sql = tables
    .map(
      ({ name }) =>
        `SELECT '${name.replace(/'/g, "''")}' AS name, count(*) || ':' || ` +
        `coalesce(md5(string_agg(md5(t::text), '' ORDER BY md5(t::text))), '') AS digest FROM ${quoted(name)} t`,
    )
    .join(" UNION ALL ");
  const rows = await db.$queryRawUnsafe<{ name: string; digest: string }[]>(sql);
  return new Map(rows.map((row) => [row.name, row.digest]));
}

/** The tables whose digest differs between two snapshots. */
export function changedTables(before: Map<string, string>, after: Map<string, string>): string[] {
  const names = new Set([...before.keys(), ...after.keys()]);
  return [...names].filter((name) => before.get(name) !== after.get(name)).sort();
}

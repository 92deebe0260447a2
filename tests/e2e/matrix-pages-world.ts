/**
 * The world of the pages-and-routes half of the authorisation matrix (tests/e2e/authorisation-matrix.spec.ts): the
 * demo records it fills dynamic segments with, read from the run's own database (tests/e2e/database.ts), and every
 * `page.tsx` and `route.ts` found under app/ at test time. Expectations are computed from the unit tree as stored,
 * not from lib/auth/scope.ts, so that the scope code is what is tested (as in tests/support/matrix-world.ts).
 */
import { createHash, randomBytes } from "node:crypto";
import { readdirSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import type { Role, UnitLevel } from "@/lib/generated/prisma/enums";
import { e2eDatabase } from "./database";

/** Region codes of the units whose records the matrix visits: the nation, NTB, Sumbawa, Dompu and Mataram. */
export const PLACE_CODES = ["RI", "52", "5204", "5205", "5271"] as const;

export type Kind =
  | "event"
  | "organisation"
  | "official"
  | "proposal"
  | "inauguration"
  | "account"
  | "unit"
  | "section"
  | "position"
  | "visit"
  | "followUp"
  | "news"
  /** A file on a follow-up or an activity (kept by the matrix for its run: the demo data has none). */
  | "attachment"
  /** A photo chosen for a published news item, a file of its activity (likewise). */
  | "newsPhoto";

/** A demo record: its unit, what fills the route's segments, and the name a refused page must not show. */
export interface MatrixRecord {
  kind: Kind;
  id: string;
  unitId: string;
  unitCode: string;
  name: string;
  segments: Record<string, string>;
  /** Units that see it besides its own subtree: an event's participants (decision 009), a visit's visitor. */
  alsoUnitIds: string[];
  /** Kind-specific facts an expectation needs (a visit's or report's status; the action a file is seen with). */
  facts: Record<string, string | null>;
}

export interface Unit {
  id: string;
  code: string;
  name: string;
  level: UnitLevel;
  parentId: string | null;
}

export interface World {
  units: Map<string, Unit>;
  byCode: Map<string, Unit>;
  records: MatrixRecord[];
  /** The demo accounts by username: their id, role and home unit. */
  accounts: Map<string, { id: string; role: Role; unitId: string; displayName: string }>;
}

function connectionString(): string {
  const database = e2eDatabase();
  return database.kind === "postgres"
    ? database.url
    : `postgresql://postgres:postgres@127.0.0.1:${database.port}/postgres?sslmode=disable`;
}

/** One row of each kind in each place unit, where the demo data has one. */
const QUERIES: Record<Exclude<Kind, "attachment" | "newsPhoto">, string> = {
  event: `SELECT e.id, e."unitId", e.title AS name, e.status,
            coalesce((SELECT array_agg(p."unitId") FROM event_participant p WHERE p."eventId" = e.id), '{}') AS also
            FROM event e WHERE e."unitId" = $1 ORDER BY e."createdAt", e.id LIMIT 1`,
  organisation: `SELECT id, "unitId", name FROM stakeholder_organisation WHERE "unitId" = $1 ORDER BY name LIMIT 1`,
  official: `SELECT id, "unitId", name FROM official WHERE "unitId" = $1 AND status = 'ACTIVE' ORDER BY name LIMIT 1`,
  proposal: `SELECT p.id, p."unitId", o.name, p.status FROM appointment_proposal p JOIN official o ON o.id = p."officialId"
               WHERE p."unitId" = $1 ORDER BY p."createdAt", p.id LIMIT 1`,
  inauguration: `SELECT id, "unitId", title AS name, status FROM inauguration WHERE "unitId" = $1 ORDER BY id LIMIT 1`,
  account: `SELECT id, "unitId", "displayName" AS name FROM app_user WHERE "unitId" = $1 ORDER BY username LIMIT 1`,
  unit: `SELECT id, id AS "unitId", name FROM work_unit WHERE id = $1`,
  section: `SELECT id, "unitId", name FROM section WHERE "unitId" = $1 ORDER BY "sortOrder", id LIMIT 1`,
  position: `SELECT id, "unitId", title AS name FROM position WHERE "unitId" = $1 AND "abolishedAt" IS NULL
               ORDER BY "sortOrder", id LIMIT 1`,
  visit: `SELECT v.id, v."hostUnitId" AS "unitId", v.title AS name, ARRAY[v."visitorUnitId"] AS also,
            v.status AS "visitStatus", r.status AS "reportStatus"
            FROM supervision_visit v LEFT JOIN supervision_report r ON r."visitId" = v.id
           WHERE v."hostUnitId" = $1 ORDER BY v.id LIMIT 1`,
  followUp: `SELECT id, "unitId", title AS name FROM follow_up WHERE "unitId" = $1 ORDER BY id LIMIT 1`,
  // Published: a draft is its author's (decision 014), which no demo account is for the matrix's purpose.
  news: `SELECT id, "unitId", title AS name, status FROM news_item WHERE "unitId" = $1 AND status = 'PUBLISHED'
           ORDER BY id LIMIT 1`,
};

const connect = async () => {
  const client = new pg.Client({ connectionString: connectionString() });
  await client.connect();
  return client;
};

export async function loadWorld(): Promise<World> {
  const client = await connect();
  try {
    const units = (await client.query<Unit>(`SELECT id, code, name, level, "parentId" FROM work_unit`)).rows;
    const byId = new Map(units.map((unit) => [unit.id, unit]));
    const byCode = new Map(units.map((unit) => [unit.code, unit]));
    const records: MatrixRecord[] = [];
    for (const kind of Object.keys(QUERIES) as (keyof typeof QUERIES)[]) {
      for (const code of PLACE_CODES) {
        const unit = byCode.get(code);
        if (!unit) throw new Error(`demo unit ${code} missing`);
        const { rows } = await client.query<Record<string, unknown>>(QUERIES[kind], [unit.id]);
        const row = rows[0];
        if (!row) continue;
        const { id, unitId, name, also, ...facts } = row as {
          id: string;
          unitId: string;
          name: string;
          also?: string[];
        } & Record<string, string | null>;
        const segments: Record<string, string> =
          kind === "unit" ? { code } : kind === "section" || kind === "position" ? { code, id } : { id };
        records.push({
          kind,
          id,
          unitId,
          unitCode: code,
          name,
          segments,
          alsoUnitIds: also ?? [],
          facts,
        });
      }
    }
    const accounts = new Map(
      (
        await client.query<{ id: string; username: string; role: Role; unitId: string; displayName: string }>(
          `SELECT id, username, role, "unitId", "displayName" FROM app_user`,
        )
      ).rows.map(({ username, ...account }) => [username, account]),
    );
    return { units: byId, byCode, records, accounts };
  } finally {
    await client.end();
  }
}

const PDF = Buffer.from("%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");

/**
 * The demo data holds no file: adds one to every follow-up and activity record of the world, and a photo to a
 * published news item from its activity's files, as records of the world. Returns how to remove them again (the
 * run's database is shared with the other specs: they are there only while this file runs, in this worker).
 */
export async function addFiles(world: World, uploaderId: string): Promise<() => Promise<void>> {
  const client = await connect();
  const added: string[] = [];
  const photos: { newsId: string; attachmentId: string }[] = [];
  const sha256 = createHash("sha256").update(PDF).digest("hex");
  const attach = async (entityType: string, entityId: string, unitId: string) => {
    const id = `matrix-file-${randomBytes(6).toString("hex")}`;
    const fileName = `Berkas matriks ${id}.pdf`;
    await client.query(
      `INSERT INTO attachment (id, "unitId", "entityType", "entityId", "fileName", "mimeType", "sizeBytes", sha256,
                               content, "uploadedById")
       VALUES ($1, $2, $3, $4, $5, 'application/pdf', $6, $7, $8, $9)`,
      [id, unitId, entityType, entityId, fileName, PDF.length, sha256, PDF, uploaderId],
    );
    added.push(id);
    return { id, fileName };
  };
  try {
    for (const record of world.records.filter((r) => r.kind === "event" || r.kind === "followUp")) {
      const entityType = record.kind === "event" ? "Event" : "FollowUp";
      const file = await attach(entityType, record.id, record.unitId);
      world.records.push({
        kind: "attachment",
        id: file.id,
        unitId: record.unitId,
        unitCode: record.unitCode,
        name: file.fileName,
        segments: { id: file.id },
        alsoUnitIds: [],
        facts: { view: record.kind === "event" ? "event.view" : "followUp.view" },
      });
    }
    const { rows } = await client.query<{ id: string; unitId: string; eventId: string; eventUnitId: string }>(
      `SELECT n.id, n."unitId", e.id AS "eventId", e."unitId" AS "eventUnitId"
         FROM news_item n JOIN event e ON e.id = n."sourceId"
        WHERE n.status = 'PUBLISHED' AND n."sourceKind" = 'EVENT' ORDER BY n.id`,
    );
    for (const news of rows) {
      const file = await attach("Event", news.eventId, news.eventUnitId);
      await client.query(
        `INSERT INTO news_photo ("newsId", "attachmentId", "sortOrder") VALUES ($1, $2, 99)`,
        [news.id, file.id],
      );
      photos.push({ newsId: news.id, attachmentId: file.id });
      const unit = world.units.get(news.unitId)!;
      world.records.push({
        kind: "newsPhoto",
        id: file.id,
        unitId: news.unitId,
        unitCode: unit.code,
        name: file.fileName,
        segments: { id: news.id, photoId: file.id },
        alsoUnitIds: [],
        facts: { status: "PUBLISHED" },
      });
    }
  } catch (error) {
    await client.end();
    throw error;
  }
  return async () => {
    try {
      await client.query(`DELETE FROM news_photo WHERE "attachmentId" = ANY($1)`, [
        photos.map((p) => p.attachmentId),
      ]);
      await client.query(`DELETE FROM attachment WHERE id = ANY($1)`, [added]);
    } finally {
      await client.end();
    }
  };
}

/** The unit and every unit below it, from the stored parents. */
export function subtreeOf(world: World, homeId: string): Set<string> {
  const inside = new Set<string>();
  for (const unit of world.units.values()) {
    for (let id: string | null = unit.id, depth = 0; id && depth < 16; depth += 1) {
      if (id === homeId) {
        inside.add(unit.id);
        break;
      }
      id = world.units.get(id)?.parentId ?? null;
    }
  }
  return inside;
}

/** The units above the home unit. */
export function ancestorsOf(world: World, homeId: string): Set<string> {
  const above = new Set<string>();
  for (let id = world.units.get(homeId)?.parentId ?? null; id; id = world.units.get(id)?.parentId ?? null) {
    above.add(id);
  }
  return above;
}

export interface FoundRoute {
  /** The URL pattern: app/ path without route groups, e.g. "/kegiatan/[id]/ubah". */
  pattern: string;
  /** route.ts (an API answer) rather than page.tsx (an HTML page). */
  api: boolean;
  file: string;
}

/** Every page.tsx and route.ts under app/, found on disk now: a new one cannot be left out. */
export function findRoutes(): FoundRoute[] {
  const appDir = path.resolve(__dirname, "../../app");
  const found: FoundRoute[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name === "page.tsx" || entry.name === "route.ts") {
        const parts = path
          .relative(appDir, dir)
          .split(path.sep)
          .filter((part) => part && !/^\(.*\)$/.test(part));
        found.push({
          pattern: `/${parts.join("/")}`,
          api: entry.name === "route.ts",
          file: path.relative(appDir, full),
        });
      }
    }
  };
  walk(appDir);
  return found.sort((a, b) => a.pattern.localeCompare(b.pattern));
}

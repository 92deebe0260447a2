/**
 * The plan of an import against the database: headers, units of the user's scope, rows mapped and checked, stored
 * officials compared (the comparison itself is plan.ts, pure). The preview (pratinjau) plans the uploaded file and
 * writes nothing; the commit plans its table again inside its transaction, so what is written was checked against
 * the database as it is at that moment.
 */
import "server-only";
import { createHash } from "node:crypto";
import { openOnOrAfterWhere } from "@/lib/assignments/current";
import { isInScope } from "@/lib/auth/scope";
import type { CurrentUser } from "@/lib/auth/types";
import { todayInIndonesia } from "@/lib/dates/today";
import { prisma } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { EmploymentType } from "@/lib/generated/prisma/enums";
import { cellText } from "@/lib/uploads/spreadsheet-cells";
import { parseDateText } from "./cell-dates";
import type { CellProblem } from "./cells";
import { readText } from "./cells";
import {
  headerKey,
  isImportColumn,
  matchHeaders,
  recogniseLayout,
  type HeaderMatch,
  type ImportColumn,
  type KnownLayout,
} from "./columns";
import { splitRows, type SkippedRow } from "./find-table";
import { formasiWarnings, type FormasiWarning } from "./formasi";
import { mapRow, type FileContext, type ImportUnit } from "./map-row";
import { postTitleKey, type PostInfo, type PostLookup } from "./place-post";
import { nameKey, planImport, type ExistingOfficial, type ImportPlan } from "./plan";
import { readImportTable } from "./read-table";
import { sectionKey, unitNameKey } from "./section-key";
import type { Table } from "./table";

type Db = Prisma.TransactionClient;
type ScopedUser = Pick<CurrentUser, "scopeUnitIds"> & { unit?: Pick<CurrentUser["unit"], "id"> };

/** What the clerk chose once for the whole file: the unit and employment type of rows that name none, a mapping. */
export interface ImportOptions {
  unitId?: string;
  employmentType?: EmploymentType;
  /** The column each file column fills, by position (null: ignored); remembered for the unit at the commit. */
  mapping?: (ImportColumn | null)[];
}

/** How the file was read: the header found, the rows left out, and which column is which. */
export interface TableReading {
  headerRowNumber: number;
  headerRowCount: number;
  layout: KnownLayout | null;
  /** Where the column mapping came from: the headers' names, the unit's remembered mapping, or the clerk. */
  mappingSource: "names" | "stored" | "clerk";
  /** One per file column: its header and the column of the import it fills (null: not read). */
  columns: { index: number; header: string; column: ImportColumn | null }[];
  /** The headers' fingerprint, under which the unit remembers a mapping. */
  signature: string;
  /** The unit whose mapping this is: the one chosen for the file, else the user's own. */
  mappingUnitId: string | null;
  skipped: SkippedRow[];
}

/** The plan, or why the file as a whole cannot be planned (with how it was read, when it could be). */
export type PlannedImport =
  | { ok: false; fileProblems: CellProblem[]; reading?: TableReading }
  | {
      ok: true;
      plan: ImportPlan;
      ignoredColumns: string[];
      reading: TableReading;
      /** Names of the units, sections and posts the plan refers to by id, for the preview. */
      labels: Map<string, string>;
      /** Units the import takes beyond their formasi: a warning, the commit goes ahead. */
      formasi: FormasiWarning[];
    };

/** Pratinjau impor: the uploaded file read and planned, writing nothing. */
export async function planImportFile(
  user: ScopedUser,
  file: { fileName: string; bytes: Uint8Array },
  db: Db = prisma,
  options: ImportOptions = {},
): Promise<PlannedImport> {
  const read = await readImportTable(file);
  return read.ok
    ? planImportTable(db, user, read.table, todayInIndonesia(), options)
    : { ok: false, fileProblems: [read.problem] };
}

export function headerSignature(headers: readonly string[]): string {
  return createHash("sha256").update(headers.map(headerKey).join("|")).digest("hex");
}

export const mappingId = (unitId: string, signature: string) => `${unitId}:${signature}`;

/** "Keadaan per 31 Desember 2024" in the title block: the day the sheet describes. */
function asOfDate(table: Table): Date | undefined {
  for (const row of table.above) {
    for (const cell of row.cells) {
      const found = /keadaan\s*(?:per|tanggal|s\.?\s*d\.?)?\s*:?\s*(.+)$/i.exec(cellText(cell));
      const date = found?.[1] ? parseDateText(found[1]) : null;
      if (date) return date;
    }
  }
  return undefined;
}

async function storedMapping(db: Db, unitId: string | null, signature: string) {
  if (!unitId) return null;
  const stored = await db.importColumnMapping.findUnique({ where: { id: mappingId(unitId, signature) } });
  const columns = Array.isArray(stored?.columns) ? stored.columns : null;
  return columns?.map((value) => (isImportColumn(value) ? value : null)) ?? null;
}

export async function planImportTable(
  db: Db,
  user: ScopedUser,
  table: Table,
  today = todayInIndonesia(),
  options: ImportOptions = {},
): Promise<PlannedImport> {
  const signature = headerSignature(table.headers);
  const fileUnitId = options.unitId && isInScope(user, options.unitId) ? options.unitId : undefined;
  const mappingUnitId = fileUnitId ?? user.unit?.id ?? null;
  const stored = options.mapping ? null : await storedMapping(db, mappingUnitId, signature);
  const assigned = options.mapping ?? stored ?? undefined;
  const headers = matchHeaders(table.headers, assigned);
  const reading: TableReading = {
    headerRowNumber: table.headerRowNumber,
    headerRowCount: table.headerRowCount,
    layout: recogniseLayout(table.headers),
    mappingSource: options.mapping ? "clerk" : stored ? "stored" : "names",
    columns: table.headers.map((header, index) => ({
      index,
      header,
      column: [...headers.columns].find(([, found]) => found.index === index)?.[0] ?? null,
    })),
    signature,
    mappingUnitId,
    skipped: [],
  };
  const fileProblems: CellProblem[] = [];
  if (headers.missing.length > 0) {
    fileProblems.push({
      key: "import.file.missingColumns",
      params: { columns: headers.missing.join(", "), row: table.headerRowNumber },
    });
  }
  if (headers.repeated.length > 0) {
    fileProblems.push({
      key: "import.file.repeatedColumns",
      params: { columns: headers.repeated.join(", ") },
    });
  }
  const { rows, skipped } = splitRows(table, headers.columns);
  reading.skipped = skipped;
  if (rows.length === 0) fileProblems.push({ key: "import.file.noRows" });
  if (fileProblems.length > 0) return { ok: false, fileProblems, reading };

  const units = await loadUnits(db, user, table, headers, fileUnitId);
  // The same for every row: read once, not once per row of a file that may hold thousands.
  const file: FileContext = {
    unit: fileUnitId ? units.byId.get(fileUnitId) : user.unit ? units.byId.get(user.unit.id) : undefined,
    employmentType: options.employmentType,
    unitsByName: units.byName,
    asOf: asOfDate(table),
  };
  const mapped = rows.map((row) => mapRow(row, headers.columns, units.byCode, today, file));
  const fields = mapped.flatMap((row) => (row.fields ? [row.fields] : []));
  const [withNip, withoutNip] = await Promise.all([
    db.official.findMany({ where: { nip: { in: fields.flatMap((f) => (f.nip ? [f.nip] : [])) } } }),
    db.official.findMany({
      where: { nip: null, unitId: { in: [...new Set(fields.map((f) => f.unitId))] } },
    }),
  ]);
  const holders = await db.assignment.findMany({
    // Held now or scheduled to start: either ties the official to their unit (a move goes through mutasi).
    where: {
      officialId: { in: [...withNip, ...withoutNip].map((official) => official.id) },
      ...openOnOrAfterWhere(today),
    },
    select: { officialId: true, positionId: true },
  });
  const heldBy = new Map<string, string[]>();
  for (const holder of holders)
    heldBy.set(holder.officialId, [...(heldBy.get(holder.officialId) ?? []), holder.positionId]);
  const posts = mapped.some((row) => row.post)
    ? await loadPosts(db, [...new Set(fields.map((f) => f.unitId))], today)
    : new Map<string, Map<string, PostInfo>>();

  const byUnitAndName = new Map<string, ExistingOfficial[]>();
  for (const official of withoutNip) {
    const key = nameKey(official.unitId, official.name);
    byUnitAndName.set(key, [...(byUnitAndName.get(key) ?? []), official]);
  }
  const plan = planImport(mapped, headers.columns, {
    byNip: new Map(withNip.map((official) => [official.nip ?? "", official])),
    byUnitAndName,
    holdingPosts: new Set(holders.map((holder) => holder.officialId)),
    inScope: (unitId) => isInScope(user, unitId),
    posts: { byUnit: posts, heldBy, planned: new Map() } satisfies PostLookup,
  });
  const labels = new Map<string, string>(units.labels);
  for (const titles of posts.values()) for (const post of titles.values()) labels.set(post.id, post.title);
  const formasi = await formasiWarnings(db, plan, today);
  return { ok: true, plan, ignoredColumns: headers.ignored, reading, labels, formasi };
}

/** The posts of the units rows fall in, by title, with the assignments held on or after today. */
async function loadPosts(db: Db, unitIds: string[], today: Date) {
  const positions = await db.position.findMany({
    where: { unitId: { in: unitIds }, abolishedAt: null },
    select: {
      id: true,
      unitId: true,
      title: true,
      sectionId: true,
      quota: true,
      assignments: {
        where: openOnOrAfterWhere(today),
        select: { officialId: true, startDate: true, endDate: true },
      },
    },
  });
  const byUnit = new Map<string, Map<string, PostInfo>>();
  for (const { unitId, assignments, ...post } of positions) {
    const titles = byUnit.get(unitId) ?? new Map<string, PostInfo>();
    titles.set(postTitleKey(post.title), { ...post, holders: assignments });
    byUnit.set(unitId, titles);
  }
  return byUnit;
}

/** The units the file names by code or name, and the one chosen for it, among those of the user's scope. */
async function loadUnits(
  db: Db,
  user: ScopedUser,
  table: Table,
  headers: HeaderMatch,
  fileUnitId: string | undefined,
) {
  const index = headers.columns.get("Kode Satuan Kerja")?.index ?? -1;
  const codes = [...new Set(table.rows.flatMap((row) => readText(row.cells[index] ?? null) ?? []))];
  const byName = headers.columns.has("Satuan Kerja");
  const ids = [fileUnitId, user.unit?.id].filter((id): id is string => Boolean(id));
  const units = await db.workUnit.findMany({
    where: {
      id: { in: [...user.scopeUnitIds] },
      ...(byName ? {} : { OR: [{ code: { in: codes } }, { id: { in: ids } }] }),
    },
    select: {
      id: true,
      code: true,
      name: true,
      shortName: true,
      deactivatedAt: true,
      sections: { select: { id: true, name: true } },
    },
  });
  const labels = new Map<string, string>();
  for (const unit of units) {
    labels.set(unit.id, unit.shortName);
    for (const section of unit.sections) labels.set(section.id, section.name);
  }
  const found = units.map((unit) => ({
    name: unit.name,
    unit: {
      id: unit.id,
      code: unit.code,
      shortName: unit.shortName,
      active: unit.deactivatedAt === null,
      sections: new Map(unit.sections.map((section) => [sectionKey(section.name), section.id])),
    } satisfies ImportUnit,
  }));
  return {
    labels,
    byCode: new Map(found.map(({ unit }) => [unit.code, unit])),
    byId: new Map(found.map(({ unit }) => [unit.id, unit])),
    byName: new Map(
      found.flatMap(({ name, unit }) => [
        [unitNameKey(name), unit],
        [unitNameKey(unit.shortName), unit],
      ]),
    ),
  };
}

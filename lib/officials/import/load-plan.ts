/**
 * The plan of an import against the database: headers, units of the user's scope, rows mapped and checked, stored
 * officials compared (the comparison itself is plan.ts, pure). The preview (pratinjau) plans the uploaded file and
 * writes nothing; the commit plans its table again inside its transaction, so what is written was checked against
 * the database as it is at that moment.
 */
import "server-only";
import { openOnOrAfterWhere } from "@/lib/assignments/current";
import { isInScope } from "@/lib/auth/scope";
import type { CurrentUser } from "@/lib/auth/types";
import { todayInIndonesia } from "@/lib/dates/today";
import { prisma } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { CellProblem } from "./cells";
import { readText } from "./cells";
import { matchHeaders, type HeaderMatch } from "./columns";
import { mapRow, sectionKey, type ImportUnit } from "./map-row";
import { nameKey, planImport, type ExistingOfficial, type ImportPlan } from "./plan";
import { readImportTable } from "./read-table";
import type { Table } from "./table";

type Db = Prisma.TransactionClient;
type ScopedUser = Pick<CurrentUser, "scopeUnitIds">;

/** The plan, or why the file as a whole cannot be planned. */
export type PlannedImport =
  { ok: false; fileProblems: CellProblem[] } | { ok: true; plan: ImportPlan; ignoredColumns: string[] };

/** Pratinjau impor: the uploaded file read and planned, writing nothing. */
export async function planImportFile(
  user: ScopedUser,
  file: { fileName: string; bytes: Uint8Array },
  db: Db = prisma,
): Promise<PlannedImport> {
  const read = await readImportTable(file);
  return read.ok ? planImportTable(db, user, read.table) : { ok: false, fileProblems: [read.problem] };
}

export async function planImportTable(
  db: Db,
  user: ScopedUser,
  table: Table,
  today = todayInIndonesia(),
): Promise<PlannedImport> {
  const headers = matchHeaders(table.headers);
  const fileProblems: CellProblem[] = [];
  if (headers.missing.length > 0) {
    fileProblems.push({ key: "import.file.missingColumns", params: { columns: headers.missing.join(", ") } });
  }
  if (headers.repeated.length > 0) {
    fileProblems.push({
      key: "import.file.repeatedColumns",
      params: { columns: headers.repeated.join(", ") },
    });
  }
  if (table.rows.length === 0) fileProblems.push({ key: "import.file.noRows" });
  if (fileProblems.length > 0) return { ok: false, fileProblems };

  const units = await loadUnits(db, user, table, headers);
  const mapped = table.rows.map((row) => mapRow(row, headers.columns, units, today));
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
    select: { officialId: true },
  });

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
  });
  return { ok: true, plan, ignoredColumns: headers.ignored };
}

/** The units the file names by code, among those of the user's scope (others stay unknown), with their sections. */
async function loadUnits(
  db: Db,
  user: ScopedUser,
  table: Table,
  headers: HeaderMatch,
): Promise<Map<string, ImportUnit>> {
  const index = headers.columns.get("Kode Satuan Kerja")?.index ?? -1;
  const codes = [...new Set(table.rows.flatMap((row) => readText(row.cells[index] ?? null) ?? []))];
  const units = await db.workUnit.findMany({
    where: { code: { in: codes }, id: { in: [...user.scopeUnitIds] } },
    select: {
      id: true,
      code: true,
      shortName: true,
      deactivatedAt: true,
      sections: { select: { id: true, name: true } },
    },
  });
  return new Map(
    units.map((unit) => [
      unit.code,
      {
        id: unit.id,
        code: unit.code,
        shortName: unit.shortName,
        active: unit.deactivatedAt === null,
        sections: new Map(unit.sections.map((section) => [sectionKey(section.name), section.id])),
      },
    ]),
  );
}

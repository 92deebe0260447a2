import "server-only";
import type { CurrentUser } from "@/lib/auth/types";
import { prisma } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Translate } from "@/lib/i18n/translate";
import { describeRows, type AuditItem, type AuditRow } from "./describe";
import { AUDIT_MODULES, SIGN_IN_PREFIX, startOfDayIn, type AuditFilters } from "./filters";
import { loadAuditNames } from "./names";

/** Rows read per page; an action's rows stay together, so a page shows at most this many entries. */
export const PAGE_ROWS = 60;

const ROW_SELECT = {
  id: true,
  groupId: true,
  at: true,
  actorName: true,
  action: true,
  entityType: true,
  entityId: true,
  before: true,
  after: true,
} as const;

/** What the reader sees: their units' entries; a national administrator also those of no unit. */
export function scopeWhere(user: CurrentUser): Prisma.AuditLogWhereInput {
  return user.unit.level === "NATIONAL" ? {} : { unitId: { in: [...user.scopeUnitIds] } };
}

/** The records a search names: officials by name or NIP, units by name or code, sections, posts, users. */
async function recordIds(user: CurrentUser, q: string): Promise<string[]> {
  const contains = { contains: q, mode: "insensitive" as const };
  const digits = q.replace(/\s+/g, "");
  const inScope = { unitId: { in: [...user.scopeUnitIds] } };
  const take = 200;
  const [officials, units, sections, positions, users] = await Promise.all([
    prisma.official.findMany({
      where: {
        ...inScope,
        OR: [{ name: contains }, ...(/^\d{4,18}$/.test(digits) ? [{ nip: { contains: digits } }] : [])],
      },
      select: { id: true },
      take,
    }),
    prisma.workUnit.findMany({
      where: {
        id: { in: [...user.scopeUnitIds] },
        OR: [{ name: contains }, { shortName: contains }, { code: q }],
      },
      select: { id: true },
      take,
    }),
    prisma.section.findMany({ where: { ...inScope, name: contains }, select: { id: true }, take }),
    prisma.position.findMany({ where: { ...inScope, title: contains }, select: { id: true }, take }),
    prisma.user.findMany({ where: { ...inScope, displayName: contains }, select: { id: true }, take }),
  ]);
  return [...officials, ...units, ...sections, ...positions, ...users].map((record) => record.id);
}

/** The filters as a condition on the log, inside the user's scope. */
export async function auditWhere(
  user: CurrentUser,
  filters: AuditFilters,
): Promise<Prisma.AuditLogWhereInput> {
  const zone = user.unit.timeZone;
  const and: Prisma.AuditLogWhereInput[] = [
    scopeWhere(user),
    filters.tab === "signins"
      ? { action: { startsWith: SIGN_IN_PREFIX } }
      : { NOT: { action: { startsWith: SIGN_IN_PREFIX } } },
  ];
  if (filters.actor) and.push({ actorId: filters.actor });
  if (filters.module) and.push({ entityType: { in: [...AUDIT_MODULES[filters.module]] } });
  if (filters.action) and.push({ action: filters.action });
  if (filters.from) and.push({ at: { gte: startOfDayIn(filters.from, zone) } });
  if (filters.to) and.push({ at: { lt: startOfDayIn(new Date(filters.to.getTime() + 86_400_000), zone) } });
  if (filters.q) and.push({ entityId: { in: await recordIds(user, filters.q) } });
  return { AND: and };
}

export interface TrailPage {
  items: AuditItem[];
  /** The `before` cursor of the next (older) page. */
  nextBefore?: bigint;
}

export interface TrailReader {
  t: Translate;
  locale: string;
  timeZone: string;
}

/** Names the records of `rows` and reads them as entries. */
export async function describeTrail(rows: AuditRow[], reader: TrailReader): Promise<AuditItem[]> {
  const { subjects, names } = await loadAuditNames(rows, reader.t);
  return describeRows({ ...reader, subjects, names }, rows);
}

const groupKey = (row: AuditRow) => row.groupId ?? `row:${row.id.toString()}`;

/**
 * Rows older than `before`, newest first, paged by id (the log is append-only, so ids only grow). A page ends
 * before the action that straddles its end, which then opens the next page whole.
 */
export async function readTrailRows(
  where: Prisma.AuditLogWhereInput,
  before: bigint | undefined,
  limit = PAGE_ROWS,
): Promise<{ rows: AuditRow[]; nextBefore?: bigint }> {
  const rows = await prisma.auditLog.findMany({
    where: before === undefined ? where : { AND: [where, { id: { lt: before } }] },
    select: ROW_SELECT,
    orderBy: { id: "desc" },
    take: limit + 1,
  });
  const extra = rows[limit];
  if (!extra) return { rows };
  const cut = rows.findIndex((row) => groupKey(row) === groupKey(extra));
  const end = cut > 0 ? cut : limit;
  const first = rows[end] ?? extra;
  return { rows: rows.slice(0, end), nextBefore: first.id + BigInt(1) };
}

/** One page of the trail (jejak audit) as the filters ask, in the user's scope. */
export async function listAuditTrail(
  user: CurrentUser,
  filters: AuditFilters,
  reader: TrailReader,
): Promise<TrailPage> {
  const { rows, nextBefore } = await readTrailRows(await auditWhere(user, filters), filters.before);
  return { items: await describeTrail(rows, reader), nextBefore };
}

/**
 * A record's own history (riwayat perubahan): the entries about it in the user's scope, read as the trail reads
 * them. The caller has checked that the record itself is in scope.
 */
export async function listRecordHistory(
  user: CurrentUser,
  records: { entityType: string | string[]; entityId?: string; unitId?: string },
  before: bigint | undefined,
  reader: TrailReader,
  limit = 20,
): Promise<TrailPage> {
  const types = Array.isArray(records.entityType) ? records.entityType : [records.entityType];
  const where: Prisma.AuditLogWhereInput = {
    AND: [
      scopeWhere(user),
      { entityType: { in: types } },
      records.entityId ? { entityId: records.entityId } : {},
      records.unitId ? { unitId: records.unitId } : {},
    ],
  };
  const { rows, nextBefore } = await readTrailRows(where, before, limit);
  return { items: await describeTrail(rows, reader), nextBefore };
}

/** The people whose entries the user may read, for the "Pengguna" filter: users of the units in scope. */
export async function listAuditActors(user: CurrentUser): Promise<{ value: string; label: string }[]> {
  const users = await prisma.user.findMany({
    where: user.unit.level === "NATIONAL" ? {} : { unitId: { in: [...user.scopeUnitIds] } },
    select: { id: true, displayName: true, unit: { select: { shortName: true } } },
    orderBy: [{ displayName: "asc" }, { id: "asc" }],
    take: 500,
  });
  return users.map((u) => ({ value: u.id, label: `${u.displayName} · ${u.unit.shortName}` }));
}

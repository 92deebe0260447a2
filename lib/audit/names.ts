import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { prisma } from "@/lib/db/client";
import type { Translate } from "@/lib/i18n/translate";
import { formatNip } from "@/lib/officials/nip";
import { asRecord } from "./changes";
import { subjectKey, type AuditRow, type AuditSubject } from "./describe";
import { referenceKind, type ReferenceKind } from "./fields";
import type { ReferenceNames } from "./format-value";

type Ids = Record<ReferenceKind, Set<string>>;

/** Every id a value names (a unit, a section, a post, an official), however deep in a nested record. */
function collectReferences(entityType: string, value: unknown, ids: Ids): void {
  if (Array.isArray(value)) {
    for (const item of value) collectReferences(entityType, item, ids);
    return;
  }
  const record = asRecord(value);
  if (!record) return;
  for (const [field, item] of Object.entries(record)) {
    const kind = referenceKind(entityType, field);
    if (kind && typeof item === "string") ids[kind].add(item);
    else if (typeof item === "object") collectReferences(entityType, item, ids);
  }
}

function idsOf(rows: AuditRow[], entityType: string): string[] {
  return [...new Set(rows.filter((row) => row.entityType === entityType).map((row) => row.entityId))];
}

/** One query per kind of record, never one per row; kinds with no id on the page are not asked for. */
async function load<T>(ids: string[], query: (ids: string[]) => Promise<T[]>): Promise<T[]> {
  return ids.length === 0 ? [] : query(ids);
}

function fileNameOf(row: AuditRow): string | null {
  const value = (asRecord(row.after) ?? asRecord(row.before))?.fileName;
  return typeof value === "string" ? value : null;
}

/**
 * The names of the records a page of the trail shows or points at: each entry's record as people know it (with
 * the page that shows it), and every unit, section, post and official its values name.
 */
export async function loadAuditNames(
  rows: AuditRow[],
  t: Translate,
  db: PrismaClient = prisma,
): Promise<{ subjects: Map<string, AuditSubject>; names: ReferenceNames }> {
  const ids: Ids = { unit: new Set(), section: new Set(), position: new Set(), official: new Set() };
  for (const row of rows) {
    collectReferences(row.entityType, row.before, ids);
    collectReferences(row.entityType, row.after, ids);
  }
  for (const id of idsOf(rows, "Official")) ids.official.add(id);
  for (const id of idsOf(rows, "WorkUnit")) ids.unit.add(id);
  for (const id of idsOf(rows, "Section")) ids.section.add(id);
  for (const id of idsOf(rows, "Position")) ids.position.add(id);

  const [
    units,
    sections,
    positions,
    officials,
    users,
    proposals,
    visits,
    reports,
    events,
    followUps,
    ceremonies,
  ] = await Promise.all([
    load([...ids.unit], (i) =>
      db.workUnit.findMany({ where: { id: { in: i } }, select: { id: true, name: true, code: true } }),
    ),
    load([...ids.section], (i) =>
      db.section.findMany({
        where: { id: { in: i } },
        select: { id: true, name: true, kind: true, unit: { select: { code: true, shortName: true } } },
      }),
    ),
    load([...ids.position], (i) =>
      db.position.findMany({
        where: { id: { in: i } },
        select: { id: true, title: true, unit: { select: { code: true, shortName: true } } },
      }),
    ),
    load([...ids.official], (i) =>
      db.official.findMany({ where: { id: { in: i } }, select: { id: true, name: true, nip: true } }),
    ),
    load(idsOf(rows, "User"), (i) =>
      db.user.findMany({ where: { id: { in: i } }, select: { id: true, displayName: true } }),
    ),
    load(idsOf(rows, "AppointmentProposal"), (i) =>
      db.appointmentProposal.findMany({
        where: { id: { in: i } },
        select: { id: true, official: { select: { name: true } }, position: { select: { title: true } } },
      }),
    ),
    load(idsOf(rows, "SupervisionVisit"), (i) =>
      db.supervisionVisit.findMany({ where: { id: { in: i } }, select: { id: true, title: true } }),
    ),
    load(idsOf(rows, "SupervisionReport"), (i) =>
      db.supervisionReport.findMany({
        where: { id: { in: i } },
        select: { id: true, visitId: true, visit: { select: { title: true } } },
      }),
    ),
    load(idsOf(rows, "Event"), (i) =>
      db.event.findMany({ where: { id: { in: i } }, select: { id: true, title: true } }),
    ),
    load(idsOf(rows, "FollowUp"), (i) =>
      db.followUp.findMany({ where: { id: { in: i } }, select: { id: true, title: true } }),
    ),
    load(idsOf(rows, "Inauguration"), (i) =>
      db.inauguration.findMany({ where: { id: { in: i } }, select: { id: true, title: true } }),
    ),
  ]);

  const sectionName = (s: { kind: string; name: string }) => `${t(`units.sectionKinds.${s.kind}`)} ${s.name}`;
  const officialName = (o: { name: string; nip: string | null }) =>
    o.nip ? `${o.name} · ${formatNip(o.nip)}` : o.name;
  const names: ReferenceNames = {
    unit: new Map(units.map((u) => [u.id, u.name])),
    section: new Map(sections.map((s) => [s.id, sectionName(s)])),
    position: new Map(positions.map((p) => [p.id, p.title])),
    official: new Map(officials.map((o) => [o.id, o.name])),
  };

  const subjects = new Map<string, AuditSubject>();
  const put = (type: string, id: string, subject: AuditSubject) =>
    subjects.set(subjectKey(type, id), subject);
  for (const o of officials) put("Official", o.id, { name: officialName(o), href: `/pegawai/${o.id}` });
  for (const u of units) put("WorkUnit", u.id, { name: u.name, href: `/satuan-kerja/${u.code}` });
  for (const s of sections)
    put("Section", s.id, {
      name: `${sectionName(s)} · ${s.unit.shortName}`,
      href: `/satuan-kerja/${s.unit.code}#sections-heading`,
    });
  for (const p of positions)
    put("Position", p.id, {
      name: `${p.title} · ${p.unit.shortName}`,
      href: `/satuan-kerja/${p.unit.code}#posts-heading`,
    });
  for (const u of users) put("User", u.id, { name: u.displayName });
  for (const p of proposals)
    put("AppointmentProposal", p.id, {
      name: `${p.official.name} → ${p.position.title}`,
      href: `/pelantikan/usulan/${p.id}`,
    });
  for (const v of visits) put("SupervisionVisit", v.id, { name: v.title, href: `/supervisi/${v.id}` });
  for (const r of reports)
    put("SupervisionReport", r.id, { name: r.visit.title, href: `/supervisi/${r.visitId}/laporan` });
  for (const e of events) put("Event", e.id, { name: e.title, href: `/kegiatan/${e.id}` });
  for (const f of followUps) put("FollowUp", f.id, { name: f.title, href: `/tindak-lanjut/${f.id}` });
  for (const c of ceremonies)
    put("Inauguration", c.id, { name: c.title, href: `/pelantikan/upacara/${c.id}` });
  // Files are named by the name they were uploaded under, which their entry holds.
  for (const row of rows) {
    const fileName = fileNameOf(row);
    if (fileName && (row.entityType === "Attachment" || row.entityType === "OfficialImport"))
      put(row.entityType, row.entityId, { name: fileName });
  }
  return { subjects, names };
}

/**
 * Reads what a news item is drafted from: the facts of an inauguration, a visit or an event, the units whose
 * scope sees that activity, and where its photos are attached. Takes any client or transaction (the seed drafts
 * with it inside its own transaction), so no `server-only` here.
 */
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import type { NewsSourceKind } from "@/lib/generated/prisma/enums";
import type { EventFacts, InaugurationFacts, SourceFacts, VisitFacts } from "./drafting/facts";

type Db = PrismaClient | Prisma.TransactionClient;

/** The attachments a news item may show as photos: the activity's own files (lib/attachments/owners.ts). */
export interface PhotoOwner {
  entityType: "Event" | "SupervisionReport" | "Inauguration";
  entityId: string;
}

export interface LoadedSource {
  facts: SourceFacts;
  /** A user sees the activity when one of these units is in their scope (as the activity's own pages decide). */
  seenFrom: string[];
  photoOwner: PhotoOwner | null;
  /** Only what took place makes news: a held event or ceremony, a conducted visit. */
  held: boolean;
}

const PRESENT = ["PRESENT_ONSITE", "PRESENT_ONLINE"] as const;

function headcount(rows: { attendance: string }[]) {
  return {
    onsite: rows.filter((row) => row.attendance === "PRESENT_ONSITE").length,
    online: rows.filter((row) => row.attendance === "PRESENT_ONLINE").length,
  };
}

async function loadEvent(db: Db, id: string): Promise<LoadedSource | null> {
  const event = await db.event.findUnique({
    where: { id },
    select: {
      id: true,
      title: true,
      status: true,
      kind: true,
      startsAt: true,
      endsAt: true,
      mode: true,
      location: true,
      attendanceRequired: true,
      unit: { select: { id: true, name: true, timeZone: true } },
      participants: { select: { unitId: true } },
      sessions: { orderBy: { sortOrder: "asc" }, select: { title: true } },
      invitations: { select: { attendance: true, organisationId: true } },
      outcomes: { orderBy: { sortOrder: "asc" }, select: { kind: true, description: true } },
    },
  });
  if (!event) return null;
  const present = event.invitations.filter((row) => (PRESENT as readonly string[]).includes(row.attendance));
  const participantUnitIds = event.participants.map((row) => row.unitId);
  const facts: EventFacts = {
    kind: "EVENT",
    title: event.title,
    eventKind: event.kind,
    organiser: { id: event.unit.id, name: event.unit.name },
    startsAt: event.startsAt,
    endsAt: event.endsAt,
    timeZone: event.unit.timeZone,
    mode: event.mode,
    location: event.location,
    attendanceRequired: event.attendanceRequired,
    invited: event.invitations.length,
    attended: headcount(present),
    participantUnits: participantUnitIds.filter((unitId) => unitId !== event.unit.id).length,
    organisationsPresent: new Set(present.flatMap((row) => (row.organisationId ? [row.organisationId] : [])))
      .size,
    sessions: event.sessions.map((session) => session.title),
    outcomes: event.outcomes,
  };
  return {
    facts,
    seenFrom: [event.unit.id, ...participantUnitIds],
    photoOwner: { entityType: "Event", entityId: event.id },
    held: event.status === "HELD",
  };
}

async function loadVisit(db: Db, id: string): Promise<LoadedSource | null> {
  const visit = await db.supervisionVisit.findUnique({
    where: { id },
    select: {
      title: true,
      status: true,
      startDate: true,
      endDate: true,
      location: true,
      purpose: true,
      leadOfficial: { select: { id: true, name: true } },
      hostUnit: { select: { id: true, name: true, timeZone: true } },
      visitorUnit: { select: { id: true, name: true } },
      team: { orderBy: { sortOrder: "asc" }, select: { official: { select: { id: true, name: true } } } },
      areas: { orderBy: { sortOrder: "asc" }, select: { area: true } },
      report: { select: { id: true, status: true, findings: { select: { kind: true } } } },
    },
  });
  if (!visit) return null;
  const lead = visit.leadOfficial;
  const others = visit.team.map((row) => row.official).filter((official) => official.id !== lead?.id);
  const filed = visit.report && (visit.report.status === "SUBMITTED" || visit.report.status === "ACCEPTED");
  const facts: VisitFacts = {
    kind: "VISIT",
    title: visit.title,
    visitor: visit.visitorUnit,
    host: { id: visit.hostUnit.id, name: visit.hostUnit.name },
    team: [...(lead ? [lead.name] : []), ...others.map((official) => official.name)],
    startDate: visit.startDate,
    endDate: visit.endDate,
    timeZone: visit.hostUnit.timeZone,
    location: visit.location,
    purpose: visit.purpose,
    areas: visit.areas.map((row) => row.area),
    findings: filed ? visit.report!.findings : null,
  };
  return {
    facts,
    seenFrom: [visit.hostUnit.id, visit.visitorUnit.id],
    photoOwner: visit.report ? { entityType: "SupervisionReport", entityId: visit.report.id } : null,
    held: visit.status === "CONDUCTED",
  };
}

async function loadInauguration(db: Db, id: string): Promise<LoadedSource | null> {
  const ceremony = await db.inauguration.findUnique({
    where: { id },
    select: {
      title: true,
      status: true,
      scheduledAt: true,
      mode: true,
      location: true,
      officiantName: true,
      officiantTitle: true,
      witnessOne: true,
      witnessTwo: true,
      unit: { select: { id: true, name: true, timeZone: true } },
      appointees: {
        orderBy: { id: "asc" },
        select: {
          attendance: true,
          proposal: {
            select: {
              official: { select: { name: true, sortName: true } },
              position: {
                select: { title: true, level: true, unit: { select: { name: true, code: true } } },
              },
              decree: { select: { number: true, date: true } },
            },
          },
        },
      },
    },
  });
  if (!ceremony) return null;
  const present = ceremony.appointees
    .filter((row) => (PRESENT as readonly string[]).includes(row.attendance))
    .sort(
      (a, b) =>
        a.proposal.position.unit.code.localeCompare(b.proposal.position.unit.code) ||
        a.proposal.official.sortName.localeCompare(b.proposal.official.sortName),
    );
  const decree = ceremony.appointees.find((row) => row.proposal.decree)?.proposal.decree ?? null;
  const facts: InaugurationFacts = {
    kind: "INAUGURATION",
    title: ceremony.title,
    unit: { id: ceremony.unit.id, name: ceremony.unit.name },
    scheduledAt: ceremony.scheduledAt,
    timeZone: ceremony.unit.timeZone,
    mode: ceremony.mode,
    location: ceremony.location,
    officiantName: ceremony.officiantName,
    officiantTitle: ceremony.officiantTitle,
    witnesses: [ceremony.witnessOne, ceremony.witnessTwo].filter((name): name is string => Boolean(name)),
    decree,
    appointees: present.map(({ proposal }) => ({
      name: proposal.official.name,
      post: proposal.position.title,
      unitName: proposal.position.unit.name,
      level: proposal.position.level,
    })),
    attended: headcount(present),
  };
  return {
    facts,
    seenFrom: [ceremony.unit.id],
    photoOwner: { entityType: "Inauguration", entityId: id },
    held: ceremony.status === "HELD",
  };
}

/** The activity of `kind` with this id, or null when there is none. */
export function loadSource(db: Db, kind: NewsSourceKind, id: string): Promise<LoadedSource | null> {
  switch (kind) {
    case "EVENT":
      return loadEvent(db, id);
    case "VISIT":
      return loadVisit(db, id);
    case "INAUGURATION":
      return loadInauguration(db, id);
  }
}

const PHOTO_TYPES = ["image/jpeg", "image/png"];

/** Whether the file is one of the activity's images, in one query. */
export async function isPhotoOf(db: Db, owner: PhotoOwner | null, attachmentId: string): Promise<boolean> {
  if (!owner) return false;
  return (
    (await db.attachment.count({ where: { id: attachmentId, ...owner, mimeType: { in: PHOTO_TYPES } } })) > 0
  );
}

/** The image files attached to the activity, oldest first: what the author may choose as the item's photos. */
export async function photoCandidates(db: Db, owner: PhotoOwner | null) {
  if (!owner) return [];
  return db.attachment.findMany({
    where: { ...owner, mimeType: { in: PHOTO_TYPES } },
    select: { id: true, fileName: true },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
}

/** Where an activity's photos are attached, without loading its facts: all that choosing photos needs. */
export async function photoOwnerOf(db: Db, kind: NewsSourceKind, id: string): Promise<PhotoOwner | null> {
  if (kind === "EVENT") return { entityType: "Event", entityId: id };
  if (kind === "INAUGURATION") return { entityType: "Inauguration", entityId: id };
  const report = await db.supervisionReport.findUnique({ where: { visitId: id }, select: { id: true } });
  return report ? { entityType: "SupervisionReport", entityId: report.id } : null;
}

/** The page of the activity a news item was drafted from. */
export function sourcePage(kind: NewsSourceKind, id: string): string {
  return { EVENT: `/kegiatan/${id}`, VISIT: `/supervisi/${id}`, INAUGURATION: `/pelantikan/upacara/${id}` }[
    kind
  ];
}

/** Where a news item's photo is shown from: the news-scoped route (lib/news/photo.ts). */
export function newsPhotoSrc(newsId: string, attachmentId: string): string {
  return `/api/berita/${newsId}/foto/${attachmentId}`;
}

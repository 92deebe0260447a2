/**
 * Records of every kind a mutation names, in each place unit of the matrix. The demo seed is the world; where it
 * has no record of a kind in a unit (the nation has no officials, a regency no ceremony), one of the demo's is
 * copied into the unit, so that every mutation can be tried on a real row there. Runs once, before the matrix.
 */
import { checkAttachmentFile } from "@/lib/attachments/checked-file";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { sha256Hex } from "@/lib/uploads/form-file";

type Row = Record<string, unknown> & { id: string };
type Delegate = {
  findFirst(args: object): Promise<Row | null>;
  create(args: { data: object }): Promise<Row>;
};

let copies = 0;
const mark = () => `m${(copies += 1)}${Math.random().toString(36).slice(2, 6)}`;

/** A row of `model` in `unitId` (by `unitField`) matching `where`, copying one from elsewhere when there is none. */
async function recordIn(
  db: PrismaClient,
  model: string,
  unitId: string,
  where: object = {},
  overrides: (source: Row) => object = () => ({}),
  unitField = "unitId",
): Promise<Row> {
  const delegate = (db as unknown as Record<string, Delegate>)[model]!;
  const found = await delegate.findFirst({ where: { ...where, [unitField]: unitId } });
  if (found) return found;
  const source = await delegate.findFirst({ where });
  if (!source) throw new Error(`no demo ${model} to copy`);
  const rest: Record<string, unknown> = { ...source };
  for (const generated of ["id", "createdAt", "updatedAt"]) delete rest[generated];
  return delegate.create({ data: { ...rest, ...overrides(source), [unitField]: unitId } });
}

const PDF = new TextEncoder().encode(
  "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n",
);

/** A checked PDF, as the upload action hands it to the mutation. */
export function checkedPdf() {
  return checkAttachmentFile({ fileName: "SK uji.pdf", bytes: PDF, sha256: sha256Hex(PDF) }, ["pdf"]);
}

/** Makes sure `unitId` has a record of every kind the mutations name (see the header). */
export async function ensureRecords(db: PrismaClient, unitId: string, actorId: string): Promise<void> {
  const official = await recordIn(db, "official", unitId, {}, () => ({
    nip: null,
    name: `Pegawai ${mark()}`,
  }));
  const section = await recordIn(db, "section", unitId, {}, () => ({
    name: `Sub Bagian ${mark()}`,
    parentId: null,
  }));
  const position = await recordIn(db, "position", unitId, {}, () => ({ sectionId: section.id }));
  await recordIn(db, "assignment", unitId, {}, () => ({ officialId: official.id, positionId: position.id }));
  await recordIn(db, "officialChange", unitId, { appliedAt: null, cancelledAt: null }, () => ({
    officialId: official.id,
    assignmentId: null,
    toUnitId: null,
    toSectionId: null,
    createdById: actorId,
  }));
  const spare = await db.official.create({
    data: {
      name: `Pegawai Tanpa Akun ${mark()}`,
      sortName: "pegawai",
      gender: "MALE",
      employmentType: "NON_ASN",
      unitId,
    },
  });
  const demoUser = await db.user.findFirstOrThrow({
    where: { username: { not: { startsWith: "matrix." } } },
  });
  // Accounts to change, some active and some not, enough for every allowed deactivation and reactivation.
  for (let index = 0; index < 24; index += 1) {
    await db.user.create({
      data: {
        username: `akun.${mark()}`,
        displayName: "Akun Uji",
        passwordHash: demoUser.passwordHash,
        role: "STAFF",
        unitId,
        active: index % 2 === 0,
        officialId: index === 0 ? spare.id : null,
      },
    });
  }
  await db.official.create({
    data: {
      name: `Pegawai Calon Akun ${mark()}`,
      sortName: "pegawai",
      gender: "FEMALE",
      employmentType: "NON_ASN",
      unitId,
    },
  });

  const proposal = await recordIn(db, "appointmentProposal", unitId, {}, () => ({
    officialId: official.id,
    positionId: position.id,
    decreeId: null,
    inaugurationId: null,
  }));
  await db.appointmentProposal.create({
    data: {
      unitId,
      officialId: official.id,
      positionId: position.id,
      proposedById: actorId,
      justification: "Uji",
    },
  });
  const ceremony = await recordIn(db, "inauguration", unitId, {}, () => ({ status: "PLANNED" }));
  await db.inaugurationAppointee.upsert({
    where: { inaugurationId_proposalId: { inaugurationId: ceremony.id, proposalId: proposal.id } },
    create: { inaugurationId: ceremony.id, proposalId: proposal.id },
    update: {},
  });

  const event = await recordIn(db, "event", unitId, {}, () => ({ status: "PLANNED" }));
  const session = await db.eventSession.create({ data: { eventId: event.id, title: `Sesi ${mark()}` } });
  await db.eventInvitation.create({
    data: { eventId: event.id, inviteeName: "Tamu Uji", sessionId: session.id },
  });
  await db.eventOutcome.create({ data: { eventId: event.id, kind: "DECISION", description: "Hasil uji" } });
  const revision = (await db.eventMinutes.count({ where: { eventId: event.id } })) + 1;
  await db.eventMinutes.create({ data: { eventId: event.id, revision, content: "Notulen uji" } });

  const organisation = await recordIn(db, "stakeholderOrganisation", unitId, {}, () => ({
    regionUnitId: unitId,
    nameKey: mark(),
  }));
  await db.stakeholderContact.create({ data: { organisationId: organisation.id, name: "Kontak Uji" } });

  const visit = await recordIn(
    db,
    "supervisionVisit",
    unitId,
    {},
    () => ({ status: "PLANNED" }),
    "hostUnitId",
  );
  const report =
    (await db.supervisionReport.findFirst({ where: { unitId } })) ??
    (await db.supervisionReport.create({ data: { visitId: visit.id, unitId, authorId: actorId } }));
  await db.finding.create({ data: { reportId: report.id, area: "STAFFING", description: "Temuan uji" } });
  const followUp = await recordIn(db, "followUp", unitId, {}, () => ({ escalatedToUnitId: null }));

  await recordIn(db, "newsItem", unitId, { status: "PUBLISHED" }, () => ({ authorId: actorId }));
  await db.event.create({
    data: {
      unitId,
      title: "Rapat Internal Uji",
      kind: event.kind as never,
      startsAt: new Date("2026-02-03T02:00:00Z"),
      status: "HELD",
    },
  });

  const assignment = await db.assignment.findFirstOrThrow({ where: { unitId } });
  const owners = {
    Assignment: assignment.id,
    SupervisionReport: report.id,
    FollowUp: followUp.id,
    AppointmentProposal: proposal.id,
    Event: event.id,
  };
  const file = await checkedPdf();
  for (const [entityType, entityId] of Object.entries(owners)) {
    await db.attachment.create({
      data: {
        unitId,
        entityType,
        entityId,
        fileName: file.fileName,
        mimeType: file.mimeType,
        sizeBytes: file.bytes.length,
        sha256: file.sha256,
        content: Buffer.from(file.bytes),
        uploadedById: actorId,
      },
    });
  }
}

/**
 * For every mutation of the app (tests/support/all-mutations.ts names them "file#export"), a valid input that names
 * a real record of a given unit: the matrix needs one to reach the scope check. A mutation found in the code with
 * no entry here fails the matrix, so a new one cannot be left out. `self` marks the mutations that act on the
 * user's own things (their unit's settings, their feed, their password): they name no other unit's record.
 */
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { chainKey, CHAIN_CHOICES } from "@/lib/appointments/level-rules";
import { PositionLevel } from "@/lib/generated/prisma/enums";
import { ATTACHMENT_ENTITY_TYPES, type AttachmentEntityType } from "@/lib/attachments/owners";
import { checkedPdf } from "./matrix-records";

export interface InputContext {
  db: PrismaClient;
  unitId: string;
  /** A user of the world, for rows a factory must create (an attachment's uploader). */
  actorId: string;
}
type Factory = (context: InputContext) => Promise<Record<string, unknown>>;
export interface MatrixInput {
  input: Factory;
  self?: true;
}

const REASON = "Uji matriks kewenangan";
let counter = 0;
const unique = (prefix: string) => `${prefix}${(counter += 1)}${Math.random().toString(36).slice(2, 6)}`;

type Versioned = { id: string; version: number };
const keys = (row: Versioned) => ({ id: row.id, version: String(row.version) });
const transition = (find: (context: InputContext) => Promise<Versioned>): Factory => {
  return async (context) => ({ ...keys(await find(context)), reason: REASON });
};

const official = ({ db, unitId }: InputContext) =>
  db.official.findFirstOrThrow({ where: { unitId, status: "ACTIVE" }, orderBy: { createdAt: "asc" } });
const proposal = ({ db, unitId }: InputContext) =>
  db.appointmentProposal.findFirstOrThrow({ where: { unitId }, orderBy: { createdAt: "desc" } });
const ceremony = ({ db, unitId }: InputContext) => db.inauguration.findFirstOrThrow({ where: { unitId } });
/** A fresh appointee on the unit's ceremony, on a proposal of its own: each allowed removal has one to remove. */
async function appointee(context: InputContext) {
  const { db, unitId, actorId } = context;
  const { officialId, positionId } = await proposal(context);
  const fresh = await db.appointmentProposal.create({
    data: { unitId, officialId, positionId, proposedById: actorId, status: "APPROVED" },
  });
  return db.inaugurationAppointee.create({
    data: { inaugurationId: (await ceremony(context)).id, proposalId: fresh.id },
  });
}
const event = ({ db, unitId }: InputContext) =>
  db.event.findFirstOrThrow({ where: { unitId }, orderBy: { createdAt: "asc" } });
/**
 * An invitation to an event of the unit that has a kelas. An allowed saveEvent earlier in the run may have replaced
 * the event's sessions, so one is added when none is left: the factory never depends on the mutations' order.
 */
async function invitation({ db, unitId }: InputContext) {
  const withSession = { event: { select: { sessions: { select: { id: true }, take: 1 } } } } as const;
  const found = await db.eventInvitation.findFirst({
    where: { event: { unitId, sessions: { some: {} } } },
    include: withSession,
  });
  if (found) return found;
  const any = await db.eventInvitation.findFirstOrThrow({ where: { event: { unitId } } });
  await db.eventSession.create({ data: { eventId: any.eventId, title: "Kelas uji" } });
  return db.eventInvitation.findUniqueOrThrow({ where: { id: any.id }, include: withSession });
}
const followUp = ({ db, unitId }: InputContext) => db.followUp.findFirstOrThrow({ where: { unitId } });
const report = ({ db, unitId }: InputContext) => db.supervisionReport.findFirstOrThrow({ where: { unitId } });
/** A fresh visit still planned to the unit, by the unit above it: each allowed change or cancellation has its own. */
async function plannedVisit({ db, unitId, actorId }: InputContext) {
  const { parentId } = await db.workUnit.findUniqueOrThrow({
    where: { id: unitId },
    select: { parentId: true },
  });
  return db.supervisionVisit.create({
    data: {
      hostUnitId: unitId,
      visitorUnitId: parentId ?? unitId,
      title: unique("Supervisi Uji "),
      startDate: new Date("2026-10-05"),
      endDate: new Date("2026-10-06"),
      createdById: actorId,
      areas: { create: { area: "STAFFING", items: { create: { label: "Struktur organisasi" } } } },
    },
  });
}
// Published: a draft is its author's alone (canEditNews), so others in scope would rightly be told "not found".
// (Once sent back to draft by an allowed "return", the draft is the matrix's: its author is the actor.)
const news = async ({ db, unitId }: InputContext) =>
  (await db.newsItem.findFirst({ where: { unitId, status: "PUBLISHED" } })) ??
  db.newsItem.findFirstOrThrow({ where: { unitId } });
const organisation = ({ db, unitId }: InputContext) =>
  db.stakeholderOrganisation.findFirstOrThrow({ where: { unitId } });
const unit = ({ db, unitId }: InputContext) => db.workUnit.findUniqueOrThrow({ where: { id: unitId } });
const section = ({ db, unitId }: InputContext) => db.section.findFirstOrThrow({ where: { unitId } });
const position = ({ db, unitId }: InputContext) =>
  db.position.findFirstOrThrow({ where: { unitId, abolishedAt: null } });
const account = ({ db, unitId }: InputContext) =>
  db.user.findFirstOrThrow({ where: { unitId, username: { startsWith: "akun." } } });

/** A fresh file on a record of the unit, so that each allowed removal has one to remove. */
async function attachmentOf(context: InputContext, entityType: string, entityId: string) {
  const file = await checkedPdf();
  const stored = await context.db.attachment.create({
    data: {
      unitId: context.unitId,
      entityType,
      entityId,
      fileName: file.fileName,
      mimeType: file.mimeType,
      sizeBytes: file.bytes.length,
      sha256: file.sha256,
      content: Buffer.from(file.bytes),
      uploadedById: context.actorId,
    },
  });
  return { id: stored.id, entityType };
}

const OWNERS: Partial<Record<AttachmentEntityType, (context: InputContext) => Promise<{ id: string }>>> = {
  Inauguration: ceremony,
  Assignment: ({ db, unitId }) => db.assignment.findFirstOrThrow({ where: { unitId } }),
  SupervisionReport: report,
  FollowUp: followUp,
  AppointmentProposal: proposal,
  Event: event,
};

const attachmentInputs = Object.fromEntries(
  ATTACHMENT_ENTITY_TYPES.flatMap((entityType) => {
    const owner = OWNERS[entityType];
    if (!owner) return []; // a kind of record with files and no entry here: the matrix reports it missing
    return [
      [
        `lib/attachments/attachment-mutations.ts#uploadAttachment.${entityType}`,
        {
          input: async (context: InputContext) => ({
            entityType,
            entityId: (await owner(context)).id,
            file: await checkedPdf(),
          }),
        },
      ],
      [
        `lib/attachments/attachment-mutations.ts#removeAttachment.${entityType}`,
        {
          input: async (context: InputContext) =>
            attachmentOf(context, entityType, (await owner(context)).id),
        },
      ],
    ];
  }),
) as Record<string, MatrixInput>;

const none: Factory = async () => ({});

const levelRules: Factory = async () =>
  Object.fromEntries(
    Object.values(PositionLevel).flatMap((level) => [
      [`chain_${level}`, chainKey(CHAIN_CHOICES[0]!)],
      [`minimumRank_${level}`, ""],
    ]),
  );

export const MATRIX_INPUTS: Record<string, MatrixInput> = {
  ...attachmentInputs,
  // ─── Appointments (usulan, Plt./Plh., rantai keputusan) ───
  "lib/appointments/acting-mutations.ts#designateActing": {
    self: true,
    input: async (context) => ({
      userId: (await account(context)).id,
      kind: "PLH",
      startDate: "2026-07-01",
      endDate: "2026-07-05",
    }),
  },
  "lib/appointments/level-rule-form.ts#saveLevelRulesMutation": { self: true, input: levelRules },
  "lib/appointments/proposal-mutations.ts#saveProposalDraft": {
    input: async (context) => {
      const row = await proposal(context);
      return {
        ...keys(row),
        officialId: row.officialId,
        positionId: row.positionId,
        justification: REASON,
      };
    },
  },
  "lib/appointments/proposal-mutations.ts#submitProposal": { input: transition(proposal) },
  "lib/appointments/proposal-mutations.ts#resubmitProposal": { input: transition(proposal) },
  "lib/appointments/proposal-mutations.ts#withdrawProposal": { input: transition(proposal) },
  "lib/appointments/proposal-mutations.ts#recommendProposal": { input: transition(proposal) },
  "lib/appointments/proposal-mutations.ts#returnProposal": { input: transition(proposal) },
  "lib/appointments/proposal-mutations.ts#rejectProposal": { input: transition(proposal) },
  "lib/appointments/proposal-mutations.ts#approveProposal": { input: transition(proposal) },
  // ─── Calendar feed, notifications, own password: the user's own ───
  "lib/calendar/feed-mutations.ts#createFeedAddress": { self: true, input: none },
  "lib/calendar/feed-mutations.ts#replaceFeedAddress": { self: true, input: none },
  "lib/calendar/feed-mutations.ts#revokeFeedAddress": { self: true, input: none },
  "lib/notifications/notification-mutations.ts#markNotificationsRead": { self: true, input: none },
  "lib/users/own-password-mutation.ts#changeOwnPassword": {
    self: true,
    input: async () => ({
      currentPassword: "bukan-sandi-lama-1",
      newPassword: "Sandi-Baru-Matriks-2026",
      confirmPassword: "Sandi-Baru-Matriks-2026",
    }),
  },
  // ─── Events (kegiatan) ───
  "lib/events/invitation-mutations.ts#inviteUnitLeaders": {
    input: async (context) => ({ id: (await event(context)).id }),
  },
  "lib/events/invitation-mutations.ts#inviteStakeholders": {
    input: async (context) => {
      const contact = await context.db.stakeholderContact.findFirstOrThrow({
        where: { organisation: { unitId: context.unitId } },
      });
      return { id: (await event(context)).id, contactIds: [contact.id] };
    },
  },
  "lib/events/invitation-mutations.ts#inviteOfficials": {
    input: async (context) => ({
      id: (await event(context)).id,
      officialIds: [(await official(context)).id],
    }),
  },
  "lib/events/invitation-mutations.ts#addWalkIn": {
    input: async (context) => ({
      id: (await event(context)).id,
      inviteeName: "Tamu Uji",
      status: "PRESENT_ONSITE",
    }),
  },
  "lib/events/invitation-mutations.ts#assignSession": {
    input: async (context) => {
      const row = await invitation(context);
      return { id: row.eventId, invitationId: row.id, sessionId: row.event.sessions[0]!.id };
    },
  },
  "lib/events/invitation-mutations.ts#markEventAttendance": {
    input: async (context) => {
      const row = await invitation(context);
      return { eventId: row.eventId, invitationId: row.id, status: "PRESENT_ONSITE" };
    },
  },
  "lib/events/minutes-mutations.ts#saveMinutes": {
    input: async (context) => ({ id: (await event(context)).id, content: "Notulen rapat uji" }),
  },
  "lib/events/minutes-mutations.ts#finalizeMinutes": {
    input: async (context) => {
      const minutes = await context.db.eventMinutes.findFirstOrThrow({
        where: { event: { unitId: context.unitId } },
        orderBy: { revision: "desc" },
      });
      return { id: minutes.eventId, minutesId: minutes.id, version: String(minutes.version) };
    },
  },
  "lib/events/event-mutations.ts#saveEvent": {
    input: async (context) => ({
      ...keys(await event(context)),
      title: "Rapat Koordinasi Uji",
      kind: "COORDINATION_MEETING",
      mode: "ONSITE",
      date: "2026-09-01",
      time: "09:00",
      location: "Aula Kantor",
    }),
  },
  "lib/events/event-mutations.ts#eventTransitions.markHeld": { input: transition(event) },
  "lib/events/event-mutations.ts#eventTransitions.cancel": { input: transition(event) },
  "lib/events/outcome-mutations.ts#addOutcome": {
    input: async (context) => ({ id: (await event(context)).id, kind: "DECISION", description: "Hasil uji" }),
  },
  "lib/events/outcome-mutations.ts#outcomeToFollowUps": {
    input: async (context) => {
      const outcome = await context.db.eventOutcome.findFirstOrThrow({
        where: { event: { unitId: context.unitId } },
      });
      return { id: outcome.eventId, outcomeId: outcome.id, dueDate: "2026-12-01" };
    },
  },
  // ─── Follow-ups (tindak lanjut) ───
  ...Object.fromEntries(
    ["start", "complete", "verify", "reopen", "escalate", "takeOver", "sendBack", "escalateFurther"].map(
      (step) => [
        `lib/follow-ups/follow-up-mutations.ts#followUpTransitions.${step}`,
        { input: transition(followUp) },
      ],
    ),
  ),
  "lib/follow-ups/follow-up-mutations.ts#assignFollowUp": {
    input: async (context) => ({
      ...keys(await followUp(context)),
      ownerOfficialId: (await official(context)).id,
      dueDate: "2026-12-01",
    }),
  },
  // ─── Inaugurations (pelantikan) ───
  "lib/inaugurations/minutes-mutations.ts#saveMinutes": {
    input: async (context) => ({
      id: (await ceremony(context)).id,
      number: unique("BA-"),
      notes: "Catatan uji",
    }),
  },
  "lib/inaugurations/minutes-mutations.ts#finalizeMinutes": {
    input: async (context) => ({ id: (await ceremony(context)).id }),
  },
  "lib/inaugurations/inauguration-mutations.ts#saveInauguration": {
    input: async (context) => ({
      ...keys(await ceremony(context)),
      title: "Pelantikan Uji",
      date: "2026-09-02",
      time: "10:00",
      mode: "ONSITE",
      location: "Aula Kantor",
      officiantName: "Pejabat Uji",
      officiantTitle: "Sekretaris",
    }),
  },
  "lib/inaugurations/inauguration-mutations.ts#addAppointees": {
    input: async (context) => ({
      id: (await ceremony(context)).id,
      proposalIds: [(await proposal(context)).id],
    }),
  },
  "lib/inaugurations/inauguration-mutations.ts#removeAppointee": {
    input: async (context) => {
      const row = await appointee(context);
      return { id: row.inaugurationId, appointeeId: row.id };
    },
  },
  "lib/inaugurations/inauguration-mutations.ts#markAttendance": {
    input: async (context) => {
      const row = await appointee(context);
      return { inaugurationId: row.inaugurationId, appointeeId: row.id, status: "PRESENT_ONSITE" };
    },
  },
  "lib/inaugurations/inauguration-mutations.ts#recordCollectiveDecree": {
    input: async (context) => ({
      id: (await ceremony(context)).id,
      decreeNumber: unique("SK-"),
      decreeDate: "2026-05-04",
    }),
  },
  "lib/inaugurations/inauguration-mutations.ts#completeInauguration": { input: transition(ceremony) },
  "lib/inaugurations/inauguration-mutations.ts#cancelInauguration": { input: transition(ceremony) },
  // ─── News (berita) ───
  "lib/news/news-mutations.ts#createNewsDraft": {
    // An activity of the unit that no other unit takes part in: one with participants is seen from theirs too
    // (decision 009), and drafting news from it there is allowed.
    input: async ({ db, unitId }) => ({
      sourceKind: "EVENT",
      sourceId: (
        await db.event.findFirstOrThrow({ where: { unitId, title: { startsWith: "Rapat Internal Uji" } } })
      ).id,
    }),
  },
  "lib/news/news-mutations.ts#saveNews": {
    input: async (context) => ({
      ...keys(await news(context)),
      title: "Berita Uji",
      body: "Isi berita uji.",
    }),
  },
  "lib/news/news-mutations.ts#newsTransitions.submit": { input: transition(news) },
  "lib/news/news-mutations.ts#newsTransitions.publish": { input: transition(news) },
  "lib/news/news-mutations.ts#newsTransitions.return": { input: transition(news) },
  // ─── Officials (pegawai) ───
  "lib/officials/change-mutations.ts#cancelChange": {
    input: async ({ db, unitId }) => ({
      id: (await db.officialChange.findFirstOrThrow({ where: { unitId } })).id,
    }),
  },
  // The unit chosen for the file is taken only when in scope (load-plan.ts), else the user's own: it names no
  // other unit's record, so it is tried on the user's own.
  "lib/officials/import/commit.ts#commitOfficialImport": {
    self: true,
    input: async ({ unitId }) => {
      const sha256 = "a".repeat(64);
      return {
        fileName: "daftar-pegawai.xlsx",
        sha256,
        table: { headers: ["Nama", "NIP"], headerRowNumber: 1, headerRowCount: 1, above: [], rows: [] },
        previewed: { sha256, digest: "b".repeat(64) },
        options: { unitId, employmentType: "NON_ASN" },
      };
    },
  },
  "lib/officials/move-mutations.ts#moveOfficial": {
    input: async (context) => ({
      ...keys(await official(context)),
      unitId: context.unitId,
      startDate: "2026-03-02",
    }),
  },
  "lib/officials/record-mutations.ts#createOfficial": {
    input: async ({ unitId }) => ({
      name: "Pegawai Uji Matriks",
      gender: "FEMALE",
      employmentType: "NON_ASN",
      status: "ACTIVE",
      unitId,
    }),
  },
  "lib/officials/record-mutations.ts#updateOfficial": {
    input: async (context) => {
      const row = await official(context);
      return {
        ...keys(row),
        name: row.name,
        gender: row.gender ?? undefined,
        employmentType: "NON_ASN",
        status: "ACTIVE",
        unitId: context.unitId,
      };
    },
  },
  "lib/officials/service-end-mutations.ts#endService": {
    input: async (context) => ({
      ...keys(await official(context)),
      status: "TRANSFERRED_OUT",
      effectiveDate: "2026-03-02",
    }),
  },
  // ─── Stakeholders (pemangku kepentingan) ───
  "lib/stakeholders/stakeholder-mutations.ts#saveOrganisation": {
    input: async (context) => {
      const row = await organisation(context);
      return { ...keys(row), name: row.name, category: row.category };
    },
  },
  "lib/stakeholders/stakeholder-mutations.ts#addContact": {
    input: async (context) => ({ organisationId: (await organisation(context)).id, name: "Kontak Uji" }),
  },
  // ─── Supervision (supervisi) ───
  "lib/supervision/report-mutations.ts#saveReportDraft": {
    input: async (context) => {
      const row = await report(context);
      return { visitId: row.visitId, version: String(row.version), summary: "Ringkasan uji" };
    },
  },
  "lib/supervision/report-mutations.ts#addFinding": {
    input: async (context) => ({
      reportId: (await report(context)).id,
      kind: "FINDING",
      area: "STAFFING",
      severity: "MEDIUM",
      description: "Temuan uji",
    }),
  },
  "lib/supervision/report-mutations.ts#removeFinding": {
    input: async (context) => {
      const row = await context.db.finding.create({
        data: { reportId: (await report(context)).id, area: "STAFFING", description: "Temuan uji" },
      });
      return { id: row.id };
    },
  },
  "lib/supervision/report-mutations.ts#submitReport": { input: transition(report) },
  "lib/supervision/report-mutations.ts#acceptReport": { input: transition(report) },
  "lib/supervision/report-mutations.ts#returnReport": {
    input: async (context) => ({ ...keys(await report(context)), comment_summary: "Mohon dilengkapi" }),
  },
  "lib/supervision/visit-mutations.ts#planVisit": {
    input: async ({ unitId }) => ({
      hostUnitId: unitId,
      title: "Supervisi Uji",
      startDate: "2026-10-05",
      endDate: "2026-10-06",
      areas: ["STAFFING"],
    }),
  },
  "lib/supervision/visit-mutations.ts#updateVisit": {
    input: async (context) => ({
      ...keys(await plannedVisit(context)),
      title: "Supervisi Uji (diubah)",
      startDate: "2026-10-12",
      endDate: "2026-10-13",
      areas: ["STAFFING", "FINANCE"],
      checklist_FINANCE: "Realisasi anggaran",
    }),
  },
  "lib/supervision/visit-mutations.ts#cancelVisit": { input: transition(plannedVisit) },
  // ─── Units, sections, posts (satuan kerja, bagian, jabatan) ───
  "lib/units/position-mutations.ts#createPosition": {
    input: async ({ unitId }) => ({
      title: unique("Jabatan Uji "),
      kind: "STRUCTURAL",
      level: "SUPERVISOR",
      quota: "1",
      unitId,
    }),
  },
  "lib/units/position-mutations.ts#updatePosition": {
    input: async (context) => {
      const row = await position(context);
      return { ...keys(row), title: row.title, kind: row.kind, level: row.level, quota: String(row.quota) };
    },
  },
  "lib/units/position-mutations.ts#abolishPosition": {
    input: async ({ db, unitId }) =>
      keys(
        await db.position.create({
          data: { unitId, title: unique("Jabatan Hapus "), kind: "STRUCTURAL", level: "SUPERVISOR" },
        }),
      ),
  },
  "lib/units/section-mutations.ts#createSection": {
    input: async ({ unitId }) => ({
      name: unique("Sub Bagian Uji "),
      kind: "SUB_BAGIAN",
      staffQuota: "2",
      unitId,
    }),
  },
  "lib/units/section-mutations.ts#updateSection": {
    input: async (context) => {
      const row = await section(context);
      return {
        ...keys(row),
        name: row.name,
        kind: row.kind,
        parentId: row.parentId ?? undefined,
        staffQuota: String(row.staffQuota ?? 0),
      };
    },
  },
  "lib/units/unit-mutations.ts#createUnit": {
    input: async ({ unitId }) => {
      const code = String(9000 + Math.floor(Math.random() * 999));
      return {
        name: `Sekretariat KPU Uji ${code}`,
        shortName: `KPU Uji ${code}`,
        code,
        timeZone: "Asia/Makassar",
        supportStaffQuota: "0",
        parentId: unitId,
      };
    },
  },
  "lib/units/unit-mutations.ts#updateUnit": {
    input: async (context) => {
      const row = await unit(context);
      return {
        ...keys(row),
        name: row.name,
        shortName: row.shortName,
        code: row.code,
        timeZone: row.timeZone,
        supportStaffQuota: String(row.supportStaffQuota ?? 0),
        parentId: row.parentId ?? undefined,
      };
    },
  },
  // ─── Accounts (pengguna) ───
  "lib/users/account-mutations.ts#createAccount": {
    input: async ({ db, unitId }) => {
      const candidate = await db.official.create({
        data: {
          name: "Pegawai Calon Akun",
          sortName: "pegawai",
          gender: "FEMALE",
          employmentType: "NON_ASN",
          unitId,
        },
      });
      return { officialId: candidate.id, username: unique("akun.baru."), role: "STAFF", unitId };
    },
  },
  "lib/users/account-mutations.ts#updateAccount": {
    input: async (context) => {
      const row = await account(context);
      return { ...keys(row), role: row.role === "STAFF" ? "VIEWER" : "STAFF", unitId: context.unitId };
    },
  },
  "lib/users/account-mutations.ts#resetPassword": { input: async (context) => keys(await account(context)) },
  "lib/users/account-mutations.ts#deactivateAccount": {
    input: async ({ db, unitId }) =>
      keys(
        await db.user.findFirstOrThrow({
          where: { unitId, active: true, username: { startsWith: "akun." } },
        }),
      ),
  },
  "lib/users/account-mutations.ts#reactivateAccount": {
    input: async ({ db, unitId }) =>
      keys(
        await db.user.findFirstOrThrow({
          where: { unitId, active: false, username: { startsWith: "akun." } },
        }),
      ),
  },
};

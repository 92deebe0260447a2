/**
 * The kinds of record a file (lampiran) can be attached to, and for each how to find the unit the record belongs
 * to now: every check of scope (upload, removal, download, listing) asks this, never the unit stored on the file.
 * A new module attaches files to its records by adding one entry here.
 */
import "server-only";
import type { Action } from "@/lib/auth/policy";
import type { LockableTable } from "@/lib/db/lock-row";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { FileType } from "@/lib/uploads/file-type";

type Db = Prisma.TransactionClient;

/** Where a record's files belong: its unit now, and the page that shows them. */
export interface OwnerPlace {
  unitId: string;
  page: string;
  /** The record no longer takes changes to its files (a submitted proposal or report): downloads only. */
  locked?: boolean;
}

export interface AttachmentOwner {
  /** Who may download the record's files (as they may see the record)… */
  view: Action;
  /** …and who may add or remove them. */
  manage: Action;
  /** The file types this record takes. */
  types: readonly FileType[];
  /**
   * The record's table, when its files lock with its state: a change of files locks the row first, so it cannot
   * slip in while someone submits the record.
   */
  table?: LockableTable;
  /** Each record of `ids` that exists, with its place; unknown ids are left out. */
  find(db: Db, ids: readonly string[]): Promise<Map<string, OwnerPlace>>;
}

/** A report or proposal takes changes to its files while it is with its author: a draft, or returned to them. */
const takesChanges = (status: string) => status === "DRAFT" || status === "RETURNED";

export const ATTACHMENT_OWNERS = {
  /**
   * Riwayat jabatan: the decree (SK) scan of a post held. It belongs to the official's record (arsip kepegawaian),
   * which follows them on a move, as the paper file does: scoped by the official's unit, not the post's.
   */
  Assignment: {
    view: "official.view",
    manage: "official.manage",
    types: ["pdf", "jpg", "png"],
    async find(db, ids) {
      const rows = await db.assignment.findMany({
        where: { id: { in: [...ids] } },
        select: { id: true, officialId: true, official: { select: { unitId: true } } },
      });
      return new Map(
        rows.map((row) => [row.id, { unitId: row.official.unitId, page: `/pegawai/${row.officialId}` }]),
      );
    },
  },
  /** Laporan supervisi: photos of the visit and the documents reviewed, on the visited unit's report. */
  SupervisionReport: {
    view: "supervision.view",
    manage: "report.file",
    types: ["pdf", "jpg", "png", "docx"],
    table: "supervision_report",
    async find(db, ids) {
      const rows = await db.supervisionReport.findMany({
        where: { id: { in: [...ids] } },
        select: { id: true, unitId: true, visitId: true, status: true },
      });
      return new Map(
        rows.map((row) => [
          row.id,
          {
            unitId: row.unitId,
            page: `/supervisi/${row.visitId}`,
            locked: !takesChanges(row.status),
          },
        ]),
      );
    },
  },
  /** Tindak lanjut: the evidence that it was done, kept by the responsible unit. */
  FollowUp: {
    view: "followUp.view",
    manage: "followUp.manage",
    types: ["pdf", "jpg", "png", "docx", "xlsx"],
    async find(db, ids) {
      const rows = await db.followUp.findMany({
        where: { id: { in: [...ids] } },
        select: { id: true, unitId: true },
      });
      return new Map(rows.map((row) => [row.id, { unitId: row.unitId, page: `/tindak-lanjut/${row.id}` }]));
    },
  },
  /** Usulan pengangkatan: the supporting documents (SK pangkat, penilaian kinerja), kept by the proposing unit. */
  AppointmentProposal: {
    view: "appointment.view",
    manage: "appointment.propose",
    types: ["pdf", "jpg", "png", "docx"],
    table: "appointment_proposal",
    async find(db, ids) {
      const rows = await db.appointmentProposal.findMany({
        where: { id: { in: [...ids] } },
        select: { id: true, unitId: true, status: true },
      });
      // A submitted proposal is locked with its documents; the proposer may change them again once it is returned.
      return new Map(
        rows.map((row) => [
          row.id,
          {
            unitId: row.unitId,
            page: `/pelantikan/usulan/${row.id}`,
            locked: !takesChanges(row.status),
          },
        ]),
      );
    },
  },
  /**
   * Kegiatan: the invitation letter, materials and photos, kept by the organiser. Scoped by the organiser's unit:
   * a participating unit above none of it sees the event but not its files (docs/decisions/009-event-visibility.md).
   */
  Event: {
    view: "event.view",
    manage: "event.manage",
    types: ["pdf", "jpg", "png", "docx", "xlsx"],
    async find(db, ids) {
      const rows = await db.event.findMany({
        where: { id: { in: [...ids] } },
        select: { id: true, unitId: true },
      });
      return new Map(rows.map((row) => [row.id, { unitId: row.unitId, page: `/kegiatan/${row.id}` }]));
    },
  },
  /** Pelantikan: photos of the ceremony and its documents (undangan, susunan acara), kept by the organising unit. */
  Inauguration: {
    view: "inauguration.view",
    manage: "inauguration.manage",
    types: ["pdf", "jpg", "png", "docx"],
    async find(db, ids) {
      const rows = await db.inauguration.findMany({
        where: { id: { in: [...ids] } },
        select: { id: true, unitId: true },
      });
      return new Map(
        rows.map((row) => [row.id, { unitId: row.unitId, page: `/pelantikan/upacara/${row.id}` }]),
      );
    },
  },
} satisfies Record<string, AttachmentOwner>;

export type AttachmentEntityType = keyof typeof ATTACHMENT_OWNERS;

export const ATTACHMENT_ENTITY_TYPES = Object.keys(ATTACHMENT_OWNERS) as [
  AttachmentEntityType,
  ...AttachmentEntityType[],
];

export function isAttachmentEntityType(value: string): value is AttachmentEntityType {
  return Object.hasOwn(ATTACHMENT_OWNERS, value);
}

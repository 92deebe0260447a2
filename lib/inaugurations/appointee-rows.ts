/**
 * The appointees' table as the ceremony page, the printed list and the berita acara show it: name, NIP, rank, the
 * post held the day before the ceremony and the new one, unit, decree and who approved it, attendance and oath; in
 * name order.
 */
import "server-only";
import { heldOnWhere } from "@/lib/assignments/current";
import { addDays, todayInZone } from "@/lib/dates/today";
import type { Prisma } from "@/lib/generated/prisma/client";
import type {
  ActingKind,
  AttendanceStatus,
  OathKind,
  Rank,
  Religion,
  UnitLevel,
} from "@/lib/generated/prisma/enums";
import { isoDate } from "@/lib/validations/input";

/** Who approved the appointment, and as what: a Plt./Plh. is named so ("Plh. Sekretaris") on the documents. */
export interface AppointeeApproval {
  /** The decider's name: their official's, else the account's. */
  name: string;
  acting: ActingKind | null;
  /** The level whose secretary took the last step of the chain. */
  level: UnitLevel;
  /** yyyy-mm-dd, the day in the ceremony unit's zone. */
  on: string;
}

export interface AppointeeRow {
  id: string;
  proposalId: string;
  officialId: string;
  name: string;
  nip: string | null;
  rank: Rank | null;
  religion: Religion | null;
  oldPosts: string[];
  newPost: string;
  unit: string;
  decreeNumber: string | null;
  /** yyyy-mm-dd, so the rows can be frozen as JSON in final minutes. */
  decreeDate: string | null;
  /** Absent from berita acara frozen before it was recorded. */
  approval?: AppointeeApproval | null;
  attendance: AttendanceStatus;
  oath: OathKind | null;
}

type Db = Pick<Prisma.TransactionClient, "inaugurationAppointee" | "assignment">;

export async function appointeeRows(
  db: Db,
  ceremony: { id: string; scheduledAt: Date; unit: { timeZone: string } },
): Promise<AppointeeRow[]> {
  const eve = addDays(todayInZone(ceremony.unit.timeZone, ceremony.scheduledAt), -1);
  const appointees = await db.inaugurationAppointee.findMany({
    where: { inaugurationId: ceremony.id },
    select: {
      id: true,
      attendance: true,
      oath: true,
      proposal: {
        select: {
          id: true,
          positionId: true,
          unit: { select: { shortName: true } },
          position: { select: { title: true } },
          decree: { select: { number: true, date: true } },
          official: { select: { id: true, name: true, nip: true, rank: true, religion: true } },
          deciderLevels: true,
          decidedAt: true,
          decidedAsActing: true,
          decidedBy: { select: { displayName: true, official: { select: { name: true } } } },
        },
      },
    },
    orderBy: { proposal: { official: { sortName: "asc" } } },
  });
  const before = await db.assignment.findMany({
    where: { officialId: { in: appointees.map((row) => row.proposal.official.id) }, ...heldOnWhere(eve) },
    select: { officialId: true, positionId: true, position: { select: { title: true } } },
  });
  return appointees.map(({ id, attendance, oath, proposal }) => ({
    id,
    proposalId: proposal.id,
    officialId: proposal.official.id,
    name: proposal.official.name,
    nip: proposal.official.nip,
    rank: proposal.official.rank,
    religion: proposal.official.religion,
    oldPosts: before
      .filter((row) => row.officialId === proposal.official.id && row.positionId !== proposal.positionId)
      .map((row) => row.position.title),
    newPost: proposal.position.title,
    unit: proposal.unit.shortName,
    decreeNumber: proposal.decree?.number ?? null,
    decreeDate: proposal.decree ? isoDate(proposal.decree.date) : null,
    approval: approvalOf(proposal, ceremony.unit.timeZone),
    attendance,
    oath,
  }));
}

function approvalOf(
  proposal: {
    deciderLevels: UnitLevel[];
    decidedAt: Date | null;
    decidedAsActing: ActingKind | null;
    decidedBy: { displayName: string; official: { name: string } | null } | null;
  },
  timeZone: string,
): AppointeeApproval | null {
  const level = proposal.deciderLevels.at(-1);
  if (!proposal.decidedBy || !proposal.decidedAt || !level) return null;
  return {
    name: proposal.decidedBy.official?.name ?? proposal.decidedBy.displayName,
    acting: proposal.decidedAsActing,
    level,
    on: isoDate(todayInZone(timeZone, proposal.decidedAt)),
  };
}

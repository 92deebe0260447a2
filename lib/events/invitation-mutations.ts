/** Undangan and daftar hadir: who is invited, to which session (kelas), and who came, by mode. */
import "server-only";
import { DomainError, NotFoundError } from "@/lib/actions/errors";
import { defineMutation, type MutationContext } from "@/lib/actions/mutation";
import type { Prisma } from "@/lib/generated/prisma/client";
import { heldOnWhere } from "@/lib/assignments/current";
import { todayOfUnit } from "@/lib/dates/unit-today";
import { invitableOrganisationsWhere } from "@/lib/stakeholders/invitable";
import { lockEvent } from "./event-store";
import { invitableOfficialUnitIds } from "./official-reach";
import {
  assignSessionInput,
  eventAttendanceInput,
  inviteLeadersInput,
  inviteOfficialsInput,
  inviteStakeholdersInput,
  walkInInput,
} from "./schemas";

const ENTITY = "EventInvitation";

type InvitationRow = Prisma.EventInvitationCreateManyInput;

/** Writes the new invitations of `event` and the one audit entry that names them. */
async function addInvitations(
  { tx, audit }: Pick<MutationContext<unknown>, "tx" | "audit">,
  event: { id: string; unitId: string },
  rows: InvitationRow[],
): Promise<void> {
  await tx.eventInvitation.createMany({ data: rows });
  await audit({
    action: "event.invite",
    entityType: "Event",
    entityId: event.id,
    unitId: event.unitId,
    after: { invited: rows.map((row) => row.inviteeName) },
  });
}

/**
 * Undang pimpinan: the holders of every structural post (sekretaris, kepala bagian, kasubbag) of each
 * participating unit, who are not on the list yet. A rakor kesekretariatan is theirs to attend.
 */
export const inviteUnitLeaders = defineMutation({
  action: "event.manage",
  schema: inviteLeadersInput,
  async run({ tx, input, authorize, audit }) {
    const event = await lockEvent({ tx, authorize }, input.id);
    const today = await todayOfUnit(tx, event.unitId);
    const [participants, invited] = await Promise.all([
      tx.eventParticipant.findMany({ where: { eventId: event.id }, select: { unitId: true } }),
      tx.eventInvitation.findMany({
        where: { eventId: event.id, officialId: { not: null } },
        select: { officialId: true },
      }),
    ]);
    const already = new Set(invited.map((row) => row.officialId));
    const holders = await tx.assignment.findMany({
      where: {
        AND: [heldOnWhere(today)],
        position: { kind: "STRUCTURAL", unitId: { in: participants.map((row) => row.unitId) } },
        official: { status: "ACTIVE" },
      },
      select: { official: { select: { id: true, name: true } }, position: { select: { unitId: true } } },
      orderBy: [{ position: { unitId: "asc" } }, { position: { sortOrder: "asc" } }],
    });
    const rows = holders
      .filter((holder) => !already.has(holder.official.id))
      .filter(
        (holder, index, all) => all.findIndex((other) => other.official.id === holder.official.id) === index,
      )
      .map((holder) => ({
        eventId: event.id,
        officialId: holder.official.id,
        inviteeName: holder.official.name,
        unitId: holder.position.unitId,
      }));
    await addInvitations({ tx, audit }, event, rows);
    return { id: event.id, count: rows.length };
  },
});

/**
 * Undang pejabat/pegawai: officials chosen by name or NIP, of the organiser's subtree or a participating unit
 * (official-reach.ts), each representing their own unit. Serving officials only. The event lock makes two presses
 * take turns: the second finds them on the list and is refused, naming them, with nothing written.
 */
export const inviteOfficials = defineMutation({
  action: "event.manage",
  schema: inviteOfficialsInput,
  async run({ tx, input, authorize, audit }) {
    const event = await lockEvent({ tx, authorize }, input.id);
    const chosen = [...new Set(input.officialIds)];
    const officials = await tx.official.findMany({
      where: { id: { in: chosen }, unitId: { in: await invitableOfficialUnitIds(tx, event) } },
      select: { id: true, name: true, unitId: true, status: true },
      orderBy: { sortName: "asc" },
    });
    if (officials.length !== chosen.length) throw new NotFoundError("Official");
    const inactive = officials.find((official) => official.status !== "ACTIVE");
    if (inactive)
      throw new DomainError("events.errors.officialInactive", { name: inactive.name }, "officialIds");
    const invited = await tx.eventInvitation.findMany({
      where: { eventId: event.id, officialId: { in: chosen } },
      select: { inviteeName: true },
      orderBy: { inviteeName: "asc" },
    });
    if (invited.length) {
      const names = invited.map((row) => row.inviteeName).join(", ");
      throw new DomainError("events.errors.alreadyInvited", { names }, "officialIds");
    }
    const rows = officials.map((official) => ({
      eventId: event.id,
      officialId: official.id,
      inviteeName: official.name,
      unitId: official.unitId,
    }));
    await addInvitations({ tx, audit }, event, rows);
    return { id: event.id, count: rows.length };
  },
});

/**
 * Undang pemangku kepentingan: chosen contact persons of organisations the organiser may invite: its subtree's
 * registry and its region's, read-only (lib/stakeholders/invitable.ts).
 */
export const inviteStakeholders = defineMutation({
  action: "event.manage",
  schema: inviteStakeholdersInput,
  async run({ tx, input, authorize, audit }) {
    const event = await lockEvent({ tx, authorize }, input.id);
    const contacts = await tx.stakeholderContact.findMany({
      where: {
        id: { in: input.contactIds },
        organisation: await invitableOrganisationsWhere(tx, event.unitId),
      },
      select: { id: true, name: true, organisation: { select: { id: true } } },
    });
    if (contacts.length !== new Set(input.contactIds).size) throw new NotFoundError("StakeholderContact");
    const invited = await tx.eventInvitation.findMany({
      where: { eventId: event.id, contactId: { in: input.contactIds } },
      select: { contactId: true },
    });
    const already = new Set(invited.map((row) => row.contactId));
    const rows = contacts
      .filter((contact) => !already.has(contact.id))
      .map((contact) => ({
        eventId: event.id,
        contactId: contact.id,
        organisationId: contact.organisation.id,
        inviteeName: contact.name,
      }));
    await addInvitations({ tx, audit }, event, rows);
    return { id: event.id };
  },
});

/** Peserta tambahan: someone who came uninvited (from an organisation it may invite), marked at the door. */
export const addWalkIn = defineMutation({
  action: "event.manage",
  schema: walkInInput,
  async run({ tx, input, authorize, audit }) {
    const event = await lockEvent({ tx, authorize }, input.id);
    if (input.organisationId) {
      const organisation = await tx.stakeholderOrganisation.findFirst({
        where: { AND: [{ id: input.organisationId }, await invitableOrganisationsWhere(tx, event.unitId)] },
        select: { id: true },
      });
      if (!organisation) throw new NotFoundError("StakeholderOrganisation");
    }
    if (input.unitId) {
      const participant = await tx.eventParticipant.findUnique({
        where: { eventId_unitId: { eventId: event.id, unitId: input.unitId } },
      });
      if (!participant) throw new NotFoundError("EventParticipant");
    }
    const invitation = await tx.eventInvitation.create({
      data: {
        eventId: event.id,
        inviteeName: input.inviteeName,
        organisationId: input.organisationId ?? null,
        unitId: input.unitId ?? null,
        attendance: input.status,
        walkIn: true,
      },
    });
    await audit({
      action: "event.walkIn",
      entityType: ENTITY,
      entityId: invitation.id,
      unitId: event.unitId,
      after: invitation,
    });
    return { id: event.id };
  },
});

/** Kelas: the parallel session an invitee follows (none: the plenary only). */
export const assignSession = defineMutation({
  action: "event.manage",
  schema: assignSessionInput,
  async run({ tx, input, authorize, audit }) {
    const event = await lockEvent({ tx, authorize }, input.id);
    const invitation = await tx.eventInvitation.findFirst({
      where: { id: input.invitationId, eventId: event.id },
    });
    if (!invitation) throw new NotFoundError(ENTITY);
    if (input.sessionId) {
      const session = await tx.eventSession.findFirst({ where: { id: input.sessionId, eventId: event.id } });
      if (!session) throw new NotFoundError("EventSession");
    }
    const after = await tx.eventInvitation.update({
      where: { id: invitation.id },
      data: { sessionId: input.sessionId ?? null },
    });
    await audit({
      action: "event.assignSession",
      entityType: ENTITY,
      entityId: after.id,
      unitId: event.unitId,
      before: { sessionId: invitation.sessionId },
      after: { sessionId: after.sessionId },
    });
    return { id: event.id };
  },
});

/**
 * One mark at the door. No version check and no event lock: two phones marking different people must not refuse
 * or wait on each other, and the last mark of one person counts (docs/decisions/010-shared-kit.md, attendance).
 */
export const markEventAttendance = defineMutation({
  action: "event.manage",
  schema: eventAttendanceInput,
  async run({ tx, input, authorize, audit }) {
    const invitation = await tx.eventInvitation.findFirst({
      where: { id: input.invitationId, eventId: input.eventId },
      select: { id: true, attendance: true, event: { select: { unitId: true } } },
    });
    if (!invitation) throw new NotFoundError(ENTITY);
    authorize(invitation.event);
    await tx.eventInvitation.update({ where: { id: invitation.id }, data: { attendance: input.status } });
    await audit({
      action: "event.markAttendance",
      entityType: ENTITY,
      entityId: invitation.id,
      unitId: invitation.event.unitId,
      before: { attendance: invitation.attendance },
      after: { attendance: input.status },
    });
    return { id: input.eventId };
  },
});

/** Kegiatan: an event, who takes part in it, and its parallel sessions (kelas). */
import "server-only";
import { DomainError, NotFoundError } from "@/lib/actions/errors";
import { defineMutation } from "@/lib/actions/mutation";
import { saveRecord } from "@/lib/actions/save-record";
import { loadScopeUnitIds } from "@/lib/auth/scope-sql";
import type { Prisma } from "@/lib/generated/prisma/client";
import { assertVersion } from "@/lib/actions/stale";
import { instantInZone } from "@/lib/inaugurations/local-time";
import { notFromStateKey } from "@/lib/workflow/available";
import { transitionMutation } from "@/lib/workflow/transition-mutation";
import { lockEvent } from "./event-store";
import { participantUnitsWhere } from "./participant-units";
import { eventInput, sessionTitles } from "./schemas";
import { eventWorkflow, type EventTransition } from "./workflow";

const ENTITY = "Event";

/** "Semua satuan kerja di bawah": every unit the event form lists (participant-units.ts). */
async function activeUnitsBelow(
  tx: Prisma.TransactionClient,
  tree: ReadonlySet<string>,
  organiserId: string,
): Promise<string[]> {
  const rows = await tx.workUnit.findMany({
    where: participantUnitsWhere(tree, organiserId),
    select: { id: true },
  });
  return rows.map((row) => row.id);
}

export const saveEvent = defineMutation({
  action: "event.manage",
  schema: eventInput,
  async run({ tx, user, input, authorize, audit }) {
    const { id, version, date, time, endTime, sessions, allBelow, participantUnitIds, ...fields } = input;
    const before = id ? await lockEvent({ tx, authorize }, id) : null;
    if (before) await assertVersion(tx, ENTITY, before, version ?? 0);
    // A held or cancelled event is a record of what happened: corrections go in its minutes, not its details.
    if (before && before.status !== "PLANNED") throw new DomainError(notFromStateKey(before.status));
    const unitId = before?.unitId ?? user.unit.id;
    authorize({ unitId });
    const unit = await tx.workUnit.findUniqueOrThrow({ where: { id: unitId }, select: { timeZone: true } });
    // Participants come from the organiser's subtree, not the editor's: a national user correcting a province's
    // rakor cannot draw in another province's units, whose follow-ups the province could not open.
    const organiserTree = await loadScopeUnitIds(tx, unitId);
    const below = allBelow
      ? await activeUnitsBelow(tx, organiserTree, unitId)
      : participantUnitIds.filter((id) => id !== unitId);
    for (const participant of below) {
      authorize({ unitId: participant });
      if (!organiserTree.has(participant)) throw new NotFoundError("WorkUnit");
    }
    const data = {
      ...fields,
      location: fields.location ?? null,
      onlineUrl: fields.onlineUrl ?? null,
      agenda: fields.agenda ?? null,
      startsAt: instantInZone(date, time, unit.timeZone),
      endsAt: endTime ? instantInZone(date, endTime, unit.timeZone) : null,
    };
    // The organiser takes part in its own event; participants and sessions are replaced by what the form lists.
    const participants = [unitId, ...below];
    const titles = sessionTitles(sessions);
    const after = await saveRecord(
      { audit },
      {
        prefix: "event",
        entityType: ENTITY,
        unitId,
        before,
        audited: (row) => ({ ...row, participantUnitIds: participants, sessions: titles }),
      },
      {
        create: () => tx.event.create({ data: { ...data, unitId } }),
        update: (id, next) => tx.event.update({ where: { id }, data: { ...data, version: next } }),
      },
    );
    await tx.eventParticipant.deleteMany({ where: { eventId: after.id, unitId: { notIn: participants } } });
    await tx.eventParticipant.createMany({
      data: participants.map((participant) => ({ eventId: after.id, unitId: participant })),
      skipDuplicates: true,
    });
    await tx.eventSession.deleteMany({ where: { eventId: after.id, title: { notIn: titles } } });
    const kept = await tx.eventSession.findMany({
      where: { eventId: after.id },
      select: { id: true, title: true },
    });
    for (const [index, title] of titles.entries()) {
      const existing = kept.find((session) => session.title === title);
      if (existing) await tx.eventSession.update({ where: { id: existing.id }, data: { sortOrder: index } });
      else await tx.eventSession.create({ data: { eventId: after.id, title, sortOrder: index } });
    }
    return { id: after.id };
  },
});

/** Tandai terlaksana / batalkan: one mutation per step of the event's workflow. */
export const eventTransitions = {
  markHeld: transitionMutation(eventWorkflow, "markHeld"),
  cancel: transitionMutation(eventWorkflow, "cancel"),
} satisfies Record<EventTransition, unknown>;

/**
 * Hasil kegiatan: decisions and points agreed, and the follow-ups that carry them out — one for the organiser, or,
 * for an outcome carried out level by level (berjenjang), one for every participating unit below it, all in one
 * transaction (docs/decisions/009-event-visibility.md).
 */
import "server-only";
import { DomainError, NotFoundError } from "@/lib/actions/errors";
import { defineMutation } from "@/lib/actions/mutation";
import { createFollowUp } from "@/lib/follow-ups/create-follow-up";
import { unitHeads } from "@/lib/units/unit-heads";
import { lockEvent } from "./event-store";
import { followUpFromOutcomeInput, outcomeInput } from "./schemas";

export const addOutcome = defineMutation({
  action: "event.manage",
  schema: outcomeInput,
  async run({ tx, input, authorize, audit }) {
    const event = await lockEvent({ tx, authorize }, input.id);
    const count = await tx.eventOutcome.count({ where: { eventId: event.id } });
    const outcome = await tx.eventOutcome.create({
      data: {
        eventId: event.id,
        kind: input.kind,
        description: input.description,
        cascade: input.cascade,
        sortOrder: count,
      },
    });
    await audit({
      action: "event.addOutcome",
      entityType: "EventOutcome",
      entityId: outcome.id,
      unitId: event.unitId,
      after: outcome,
    });
    return { id: event.id };
  },
});

/** The units an outcome is carried out by: every participant below the organiser, or the organiser alone. */
export function followUpUnitsOf(
  outcome: { cascade: boolean },
  organiserUnitId: string,
  participantUnitIds: readonly string[],
): string[] {
  return outcome.cascade ? participantUnitIds.filter((id) => id !== organiserUnitId) : [organiserUnitId];
}

/**
 * Jadikan tindak lanjut. The event's lock makes a second press wait and then find the follow-ups made, so a unit
 * never gets the same outcome twice; a participant added later gets its own on the next press.
 */
export const outcomeToFollowUps = defineMutation({
  action: "event.manage",
  schema: followUpFromOutcomeInput,
  async run(context) {
    const { tx, input, authorize } = context;
    const event = await lockEvent({ tx, authorize }, input.id);
    const outcome = await tx.eventOutcome.findFirst({
      where: { id: input.outcomeId, eventId: event.id },
      select: { id: true, description: true, cascade: true, followUps: { select: { unitId: true } } },
    });
    if (!outcome) throw new NotFoundError("EventOutcome");
    const participants = await tx.eventParticipant.findMany({
      where: { eventId: event.id },
      select: { unitId: true },
    });
    const done = new Set(outcome.followUps.map((followUp) => followUp.unitId));
    const units = followUpUnitsOf(
      outcome,
      event.unitId,
      participants.map((row) => row.unitId),
    ).filter((unitId) => !done.has(unitId));
    if (units.length === 0) throw new DomainError("events.errors.alreadyFollowedUp");
    // Each unit's head is its person in charge (read for every unit at once; a vacant post leaves it open).
    const heads = await unitHeads(tx, units);
    for (const unitId of units) {
      await createFollowUp(context, {
        unitId,
        ownerOfficialId: heads.get(unitId) ?? null,
        source: "EVENT_OUTCOME",
        eventId: event.id,
        outcomeId: outcome.id,
        title: outcome.description.split("\n")[0]!.slice(0, 300),
        description: `${event.title}\n\n${outcome.description}`,
        dueDate: input.dueDate,
      });
    }
    return { id: event.id, count: units.length };
  },
});

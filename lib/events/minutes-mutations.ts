/**
 * Notulen: drafted and corrected freely, then final (locked). A correction after that is the next revision, a new
 * draft that starts from the final text; the earlier revisions stay as they were.
 */
import "server-only";
import { DomainError, NotFoundError } from "@/lib/actions/errors";
import { defineMutation } from "@/lib/actions/mutation";
import { assertVersion } from "@/lib/actions/stale";
import { lockEvent } from "./event-store";
import { finalizeMinutesInput, minutesInput } from "./schemas";

const ENTITY = "EventMinutes";

export const saveMinutes = defineMutation({
  action: "event.manage",
  schema: minutesInput,
  async run({ tx, input, authorize, audit }) {
    const event = await lockEvent({ tx, authorize }, input.id);
    const latest = await tx.eventMinutes.findFirst({
      where: { eventId: event.id },
      orderBy: { revision: "desc" },
    });
    if (input.minutesId) {
      if (!latest || latest.id !== input.minutesId) throw new DomainError("events.errors.minutesNotLatest");
      if (latest.status === "FINAL") throw new DomainError("events.errors.minutesFinal");
      await assertVersion(tx, ENTITY, latest, input.version ?? 0);
      const after = await tx.eventMinutes.update({
        where: { id: latest.id },
        data: { content: input.content, version: latest.version + 1 },
      });
      await audit({
        action: "event.updateMinutes",
        entityType: ENTITY,
        entityId: after.id,
        unitId: event.unitId,
        before: latest,
        after,
      });
      return { id: event.id };
    }
    if (latest && latest.status === "DRAFT") throw new DomainError("events.errors.draftExists");
    const after = await tx.eventMinutes.create({
      data: { eventId: event.id, revision: (latest?.revision ?? 0) + 1, content: input.content },
    });
    await audit({
      action: "event.draftMinutes",
      entityType: ENTITY,
      entityId: after.id,
      unitId: event.unitId,
      after,
    });
    return { id: event.id };
  },
});

export const finalizeMinutes = defineMutation({
  action: "event.manage",
  schema: finalizeMinutesInput,
  async run({ tx, user, input, authorize, audit }) {
    const event = await lockEvent({ tx, authorize }, input.id);
    const before = await tx.eventMinutes.findFirst({ where: { id: input.minutesId, eventId: event.id } });
    if (!before) throw new NotFoundError(ENTITY);
    if (before.status === "FINAL") throw new DomainError("events.errors.minutesFinal");
    await assertVersion(tx, ENTITY, before, input.version);
    const after = await tx.eventMinutes.update({
      where: { id: before.id },
      data: { status: "FINAL", finalizedAt: new Date(), finalizedById: user.id, version: before.version + 1 },
    });
    await audit({
      action: "event.finalizeMinutes",
      entityType: ENTITY,
      entityId: after.id,
      unitId: event.unitId,
      before,
      after,
    });
    return { id: event.id };
  },
});

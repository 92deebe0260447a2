/**
 * The event's course: planned, then held (terlaksana) or cancelled (dibatalkan, with the reason). Only the
 * organiser's subtree runs an event; a participant sees it but takes no step.
 */
import type { Event } from "@/lib/generated/prisma/client";
import { EventStatus } from "@/lib/generated/prisma/enums";
import { defineWorkflow } from "@/lib/workflow/definition";

export const eventWorkflow = defineWorkflow({
  entityType: "Event",
  auditPrefix: "event",
  table: "event",
  states: Object.values(EventStatus),
  load: (tx, id) => tx.event.findUnique({ where: { id } }),
  update: (tx, id, data: Partial<Event>) => tx.event.update({ where: { id }, data }),
  transitions: {
    markHeld: { from: ["PLANNED"], to: "HELD", action: "event.manage" },
    cancel: { from: ["PLANNED"], to: "CANCELLED", action: "event.manage", reason: "required" },
  },
});

export type EventTransition = keyof typeof eventWorkflow.transitions;

/**
 * Pelantikan: a ceremony is planned, then held (completed: every appointee present takes up the post on the
 * ceremony's date, in the one transaction of the completion) or cancelled.
 */
import type { Prisma } from "@/lib/generated/prisma/client";
import { InaugurationStatus } from "@/lib/generated/prisma/enums";
import { defineWorkflow } from "@/lib/workflow/definition";
import { assertReadyToComplete, inaugurateAppointees, releaseAppointees } from "./completion";

type InaugurationUpdate = Prisma.InaugurationUncheckedUpdateInput;

export const inaugurationWorkflow = defineWorkflow({
  entityType: "Inauguration",
  auditPrefix: "inauguration",
  table: "inauguration",
  states: Object.values(InaugurationStatus),
  load: (tx, id) => tx.inauguration.findUnique({ where: { id } }),
  update: (tx, id, data: InaugurationUpdate) => tx.inauguration.update({ where: { id }, data }),
  transitions: {
    complete: {
      from: ["PLANNED"],
      to: "HELD",
      action: "inauguration.manage",
      guard: assertReadyToComplete,
      set: ({ now }) => ({ heldAt: now }),
      effect: inaugurateAppointees,
    },
    cancel: {
      from: ["PLANNED"],
      to: "CANCELLED",
      action: "inauguration.manage",
      reason: "required",
      effect: releaseAppointees,
    },
  },
});

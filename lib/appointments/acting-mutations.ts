/** Plt./Plh. Sekretaris: the secretary designates a user of their unit for a period (administrators decide nothing). */
import "server-only";
import { z } from "zod";
import { DomainError, NotFoundError } from "@/lib/actions/errors";
import type { FormAction } from "@/lib/actions/form-action";
import { defineMutation } from "@/lib/actions/mutation";
import { ActingKind } from "@/lib/generated/prisma/enums";
import { dateOnly, recordId } from "@/lib/validations/input";
import { APPOINTMENT_ERRORS } from "./conflicts";

export const designateActing = defineMutation({
  action: "appointment.approve",
  schema: z
    .object({
      userId: recordId,
      kind: z.enum(ActingKind),
      startDate: dateOnly({ min: "2000-01-01" }),
      endDate: dateOnly({ min: "2000-01-01" }),
    })
    .refine((input) => input.endDate >= input.startDate, {
      path: ["endDate"],
      message: "appointments.validation.actingEnd",
    }),
  async run({ tx, user, input, authorize, audit }) {
    authorize({ unitId: user.unit.id });
    const acting = await tx.user.findUnique({
      where: { id: input.userId },
      select: { unitId: true, active: true },
    });
    if (!acting || !acting.active) throw new NotFoundError("User");
    if (acting.unitId !== user.unit.id || input.userId === user.id)
      throw new DomainError(`${APPOINTMENT_ERRORS}.actingOutsideUnit`, {}, "userId");
    const designation = await tx.actingDesignation.create({
      data: { ...input, unitId: user.unit.id, designatedById: user.id },
    });
    await audit({
      action: "appointment.designateActing",
      entityType: "ActingDesignation",
      entityId: designation.id,
      unitId: user.unit.id,
      before: null,
      after: designation,
    });
    return { id: designation.id };
  },
});

export const actingForm: FormAction<{ id: string }> = {
  fieldLabels: "appointments.acting",
  revalidate: () => ["/pelantikan/plh"],
  open: () => "/pelantikan/plh",
  create: { mutation: designateActing, saved: "appointments.acting.saved" },
};

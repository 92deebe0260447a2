/**
 * Plt./Plh. Sekretaris: the secretary designates a staff member (or viewer) of their unit for a period, who then
 * decides with the secretary's role (lib/auth/load-current-user.ts). Administrators decide nothing, and another
 * secretary already decides, so designating either would change nothing and is refused.
 */
import "server-only";
import { z } from "zod";
import { DomainError, NotFoundError } from "@/lib/actions/errors";
import type { FormAction } from "@/lib/actions/form-action";
import { defineMutation } from "@/lib/actions/mutation";
import { ActingKind, type Role } from "@/lib/generated/prisma/enums";
import { dateOnly, recordId } from "@/lib/validations/input";
import { APPOINTMENT_ERRORS } from "./conflicts";

/** The roles a designation lends the secretary's powers to. */
export const ACTING_ROLES: readonly Role[] = ["STAFF", "VIEWER"];

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
      select: { unitId: true, active: true, role: true },
    });
    if (!acting || !acting.active) throw new NotFoundError("User");
    if (acting.unitId !== user.unit.id || input.userId === user.id)
      throw new DomainError(`${APPOINTMENT_ERRORS}.actingOutsideUnit`, {}, "userId");
    if (!ACTING_ROLES.includes(acting.role))
      throw new DomainError(`${APPOINTMENT_ERRORS}.actingNotStaff`, {}, "userId");
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

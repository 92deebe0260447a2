/** Reads of the stakeholder registry, scoped to the user's subtree. */
import "server-only";
import { inScope } from "@/lib/auth/scope";
import type { CurrentUser } from "@/lib/auth/types";
import { prisma } from "@/lib/db/client";
import type { StakeholderCategory } from "@/lib/generated/prisma/enums";
import { visibleEventsWhere } from "@/lib/events/visibility";
import { invitableOrganisationsWhere } from "./invitable";

export function listOrganisations(user: CurrentUser, category?: StakeholderCategory) {
  return prisma.stakeholderOrganisation.findMany({
    where: { ...inScope(user), ...(category ? { category } : {}) },
    orderBy: [{ category: "asc" }, { name: "asc" }],
    take: 500,
    select: {
      id: true,
      name: true,
      category: true,
      phone: true,
      unit: { select: { name: true } },
      _count: { select: { contacts: true, invitations: true } },
    },
  });
}

/** The organisation, its contacts, and its engagement: every visible event it was invited to, with attendance. */
export function getOrganisation(user: CurrentUser, id: string) {
  return prisma.stakeholderOrganisation.findFirst({
    where: { id, ...inScope(user) },
    include: {
      unit: { select: { name: true } },
      contacts: { orderBy: { name: "asc" } },
      invitations: {
        where: { event: visibleEventsWhere(user) },
        orderBy: { event: { startsAt: "desc" } },
        select: {
          id: true,
          inviteeName: true,
          attendance: true,
          event: { select: { id: true, title: true, startsAt: true, unit: { select: { timeZone: true } } } },
        },
      },
    },
  });
}

/**
 * Contacts an event of `organiserUnitId` may invite (invitable.ts): its subtree's registry and its region's, each
 * with the unit keeping the organisation so that one kept elsewhere can be told apart.
 */
export async function listInvitableContacts(organiserUnitId: string) {
  return prisma.stakeholderContact.findMany({
    where: { organisation: await invitableOrganisationsWhere(prisma, organiserUnitId) },
    orderBy: [{ organisation: { name: "asc" } }, { name: "asc" }],
    take: 500,
    select: {
      id: true,
      name: true,
      position: true,
      organisation: { select: { name: true, unitId: true, unit: { select: { name: true } } } },
    },
  });
}

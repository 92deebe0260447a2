/** Pemangku kepentingan: the registry each unit keeps, one record per organisation within a province. */
import "server-only";
import { DomainError, NotFoundError } from "@/lib/actions/errors";
import { defineMutation } from "@/lib/actions/mutation";
import { saveRecord } from "@/lib/actions/save-record";
import { assertVersion } from "@/lib/actions/stale";
import type { Prisma } from "@/lib/generated/prisma/client";
import { stakeholderNameKey, stakeholderRegionOf } from "./name-key";
import { contactInput, organisationInput } from "./schemas";

const ENTITY = "StakeholderOrganisation";

/** Refuses a name already registered in the region, naming the record and the unit that keeps it. */
async function assertNotRegistered(
  tx: Prisma.TransactionClient,
  regionUnitId: string,
  nameKey: string,
  exceptId?: string,
) {
  // The unique index decides a race; this read gives the refusal its names.
  const existing = await tx.stakeholderOrganisation.findUnique({
    where: { regionUnitId_nameKey: { regionUnitId, nameKey } },
    select: { id: true, name: true, unit: { select: { name: true } } },
  });
  if (existing && existing.id !== exceptId) {
    throw new DomainError(
      "stakeholders.errors.duplicate",
      { name: existing.name, unit: existing.unit.name },
      "name",
    );
  }
}

function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: unknown }).code === "P2002";
}

export const saveOrganisation = defineMutation({
  action: "event.manage",
  schema: organisationInput,
  async run({ tx, user, input, authorize, audit }) {
    const { id, version, ...fields } = input;
    const before = id ? await tx.stakeholderOrganisation.findUnique({ where: { id } }) : null;
    if (id && !before) throw new NotFoundError(ENTITY);
    const unitId = before?.unitId ?? user.unit.id;
    authorize({ unitId });
    if (before) await assertVersion(tx, ENTITY, before, version ?? 0);
    const unit = await tx.workUnit.findUniqueOrThrow({
      where: { id: unitId },
      select: { id: true, level: true, parentId: true },
    });
    const regionUnitId = stakeholderRegionOf(unit);
    const nameKey = stakeholderNameKey(fields.name);
    await assertNotRegistered(tx, regionUnitId, nameKey, before?.id);
    const data = {
      ...fields,
      nameKey,
      regionUnitId,
      phone: fields.phone ?? null,
      email: fields.email ?? null,
      address: fields.address ?? null,
    };
    try {
      const after = await saveRecord(
        { audit },
        { prefix: "stakeholder", entityType: ENTITY, unitId, before },
        {
          create: () => tx.stakeholderOrganisation.create({ data: { ...data, unitId } }),
          update: (id, version) =>
            tx.stakeholderOrganisation.update({ where: { id }, data: { ...data, version } }),
        },
      );
      return { id: after.id };
    } catch (error) {
      // Two clerks registering the same organisation at once: the second is told like any other duplicate.
      if (isUniqueViolation(error)) throw new DomainError("stakeholders.errors.duplicateRace", {}, "name");
      throw error;
    }
  },
});

/** Narahubung: a contact person added to an organisation of the user's scope. */
export const addContact = defineMutation({
  action: "event.manage",
  schema: contactInput,
  async run({ tx, input, authorize, audit }) {
    const organisation = await tx.stakeholderOrganisation.findUnique({
      where: { id: input.organisationId },
      select: { id: true, unitId: true },
    });
    if (!organisation) throw new NotFoundError(ENTITY);
    authorize(organisation);
    const contact = await tx.stakeholderContact.create({
      data: {
        organisationId: organisation.id,
        name: input.name,
        position: input.position ?? null,
        phone: input.phone ?? null,
        email: input.email ?? null,
      },
    });
    await audit({
      action: "stakeholder.addContact",
      entityType: "StakeholderContact",
      entityId: contact.id,
      unitId: organisation.unitId,
      after: contact,
    });
    return { id: organisation.id };
  },
});

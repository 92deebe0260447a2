/**
 * Issue 9, invitations: officials chosen by name or NIP from the organiser's subtree and the participating units,
 * never twice (a race ends in one message); stakeholder contacts of the organiser's region, so a regency invites
 * the organisations its province keeps without being able to edit them (docs/decisions/009-event-visibility.md).
 */
import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { addWalkIn, inviteOfficials, inviteStakeholders } from "@/lib/events/invitation-mutations";
import { saveEvent } from "@/lib/events/event-mutations";
import { findInvitableOfficials } from "@/lib/events/queries";
import { parseEventPageParams } from "@/lib/events/schemas";
import { addContact, saveOrganisation } from "@/lib/stakeholders/stakeholder-mutations";
import { getOrganisation, listInvitableContacts } from "@/lib/stakeholders/queries";
import {
  createOfficial,
  createProvinceWithRegencies,
  createUnit,
  createUser,
  currentUser,
  uniqueNip,
  uniqueSuffix,
} from "./db-utils";

async function setting() {
  const nation = await createUnit({ level: "NATIONAL" });
  const { province, regencyA, regencyB } = await createProvinceWithRegencies();
  await prisma.workUnit.update({ where: { id: province.id }, data: { parentId: nation.id } });
  const regencyC = await createUnit({ parent: province });
  const otherProvince = await createUnit({ parent: nation });
  const otherRegency = await createUnit({ parent: otherProvince });
  const user = async (role: "SECRETARY" | "STAFF", unitId: string) =>
    currentUser((await createUser({ role, unitId })).id);
  const users = {
    pusat: await user("SECRETARY", nation.id),
    sekprov: await user("SECRETARY", province.id),
    sekkabA: await user("STAFF", regencyA.id),
    sekkabB: await user("STAFF", regencyB.id),
    other: await user("STAFF", otherRegency.id),
  };
  return { nation, province, regencyA, regencyB, regencyC, otherProvince, otherRegency, users };
}

const meeting = {
  title: "Rakor Pengelolaan Kepegawaian",
  kind: "COORDINATION_MEETING",
  mode: "ONLINE",
  date: "2026-03-14",
  time: "09:00",
  onlineUrl: "https://zoom.example/rakor",
};

async function ok<T>(result: Promise<{ ok: boolean; data?: T } | { ok: false }>): Promise<T> {
  const answer = await result;
  expect(answer).toMatchObject({ ok: true });
  return (answer as { data: T }).data;
}

const invitationsOf = (eventId: string) =>
  prisma.eventInvitation.findMany({
    where: { eventId },
    select: { officialId: true, contactId: true, organisationId: true, unitId: true, inviteeName: true },
    orderBy: { inviteeName: "asc" },
  });

describe("inviting chosen officials", () => {
  it("finds officials of the organiser's subtree and the participating units by name or NIP, and invites the chosen ones for their unit", async () => {
    const { users, province, regencyA, regencyC, otherRegency } = await setting();
    const suffix = uniqueSuffix();
    const nip = await uniqueNip();
    const speaker = await createOfficial(province.id, { name: `Baiq Narasumber ${suffix}`, nip });
    const clerk = await createOfficial(regencyA.id, { name: `Lalu Operator ${suffix}` });
    // Regency C is in the province's subtree though not taking part; the other province's is in neither.
    const outsideParticipants = await createOfficial(regencyC.id, { name: `Made Operator ${suffix}` });
    const foreign = await createOfficial(otherRegency.id, { name: `Ni Operator ${suffix}` });
    await createOfficial(regencyA.id, { name: `Pensiun Operator ${suffix}`, status: "RETIRED" });
    const { id } = await ok(
      saveEvent.execute(users.sekprov, { ...meeting, participantUnitIds: [regencyA.id] }),
    );
    const event = { id, unitId: province.id };

    const found = await findInvitableOfficials(event, `operator ${suffix}`);
    expect(found.map((row) => row.id)).toEqual([clerk.id, outsideParticipants.id]);
    // By NIP, spaced as it is printed.
    const spaced = `${nip.slice(0, 8)} ${nip.slice(8, 14)} ${nip.slice(14)}`;
    expect((await findInvitableOfficials(event, spaced)).map((row) => row.id)).toEqual([speaker.id]);
    // As the register searches: the words in any order, titles ignored.
    expect((await findInvitableOfficials(event, `Dr. ${suffix} lalu`)).map((row) => row.id)).toEqual([
      clerk.id,
    ]);

    expect(
      await ok(inviteOfficials.execute(users.sekprov, { id, officialIds: [clerk.id, speaker.id] })),
    ).toEqual({ id, count: 2 });
    expect(await invitationsOf(id)).toEqual([
      {
        officialId: speaker.id,
        contactId: null,
        organisationId: null,
        unitId: province.id,
        inviteeName: speaker.name,
      },
      {
        officialId: clerk.id,
        contactId: null,
        organisationId: null,
        unitId: regencyA.id,
        inviteeName: clerk.name,
      },
    ]);
    const audit = await prisma.auditLog.findFirstOrThrow({ where: { entityId: id, action: "event.invite" } });
    expect(audit.after).toEqual({ invited: [speaker.name, clerk.name] });
    // The picker now shows them as invited instead of offering them again.
    expect((await findInvitableOfficials(event, `operator ${suffix}`)).map((row) => row.invited)).toEqual([
      true,
      false,
    ]);

    // Another province's official is out of reach: refused like an unknown one, nothing written.
    expect(await inviteOfficials.execute(users.sekprov, { id, officialIds: [foreign.id] })).toEqual({
      ok: false,
      code: "notFound",
    });
    // (The search "operator …" above already left them out.) A search with nothing to search by finds no one.
    expect(await findInvitableOfficials(event, "-")).toEqual([]);
    expect(await invitationsOf(id)).toHaveLength(2);
  });

  it("takes reach from the organiser's subtree, not the editor's, and leaves the list to the organiser", async () => {
    const { users, province, regencyA, otherRegency } = await setting();
    const foreign = await createOfficial(otherRegency.id);
    const own = await createOfficial(regencyA.id);
    const { id } = await ok(
      saveEvent.execute(users.sekprov, { ...meeting, participantUnitIds: [regencyA.id] }),
    );
    // The nation may change the province's event, but not draw another province's people into it.
    expect(await inviteOfficials.execute(users.pusat, { id, officialIds: [foreign.id] })).toEqual({
      ok: false,
      code: "notFound",
    });
    expect(await findInvitableOfficials({ id, unitId: province.id }, foreign.name)).toEqual([]);
    // A participating regency sees the event but does not invite to it.
    expect(await inviteOfficials.execute(users.sekkabA, { id, officialIds: [own.id] })).toEqual({
      ok: false,
      code: "notFound",
    });
    await ok(inviteOfficials.execute(users.pusat, { id, officialIds: [own.id] }));
    expect((await invitationsOf(id)).map((row) => row.officialId)).toEqual([own.id]);
  });

  it("invites nobody twice: a second press and a race each end in one message naming who is on the list", async () => {
    const { users, province } = await setting();
    const first = await createOfficial(province.id, { name: `Andi Pertama ${uniqueSuffix()}` });
    const second = await createOfficial(province.id, { name: `Budi Kedua ${uniqueSuffix()}` });
    const { id } = await ok(saveEvent.execute(users.sekprov, meeting));

    const results = await Promise.all([
      inviteOfficials.execute(users.sekprov, { id, officialIds: [first.id] }),
      inviteOfficials.execute(users.sekprov, { id, officialIds: [first.id] }),
    ]);
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect(results.find((result) => !result.ok)).toEqual({
      ok: false,
      code: "domain",
      reason: "events.errors.alreadyInvited",
      params: { names: first.name },
      field: "officialIds",
    });
    // Chosen together with someone new: refused whole, the new one not invited behind the user's back.
    expect(
      await inviteOfficials.execute(users.sekprov, { id, officialIds: [second.id, first.id] }),
    ).toMatchObject({ ok: false, reason: "events.errors.alreadyInvited", params: { names: first.name } });
    expect((await invitationsOf(id)).map((row) => row.officialId)).toEqual([first.id]);
    expect(await prisma.auditLog.count({ where: { entityId: id, action: "event.invite" } })).toBe(1);
    // The same official ticked twice in one form is one invitation.
    expect(
      await ok(inviteOfficials.execute(users.sekprov, { id, officialIds: [second.id, second.id] })),
    ).toEqual({ id, count: 1 });
  });

  it("refuses an official no longer serving, and a form with nobody ticked", async () => {
    const { users, province } = await setting();
    const leaving = await createOfficial(province.id, { status: "ON_LEAVE" });
    const { id } = await ok(saveEvent.execute(users.sekprov, meeting));
    expect(await inviteOfficials.execute(users.sekprov, { id, officialIds: [leaving.id] })).toMatchObject({
      ok: false,
      reason: "events.errors.officialInactive",
      params: { name: leaving.name },
    });
    expect(await inviteOfficials.execute(users.sekprov, { id })).toMatchObject({
      ok: false,
      code: "validation",
      fieldErrors: { officialIds: [{ key: "events.validation.noOfficialChosen" }] },
    });
    expect(await invitationsOf(id)).toEqual([]);
  });

  it("reads the picker's search from the page's URL, dropping what could not be one", () => {
    expect(parseEventPageParams({ pejabat: "  Baiq " })).toEqual({ officialQuery: "Baiq" });
    expect(parseEventPageParams({ pejabat: "Baiq\u0000" })).toEqual({ officialQuery: undefined });
    expect(parseEventPageParams({ pejabat: ["Lalu", "Baiq"] })).toEqual({ officialQuery: "Lalu" });
    expect(parseEventPageParams({})).toEqual({ officialQuery: undefined });
  });
});

describe("inviting the organisations of the organiser's region", () => {
  async function registry() {
    const world = await setting();
    const { users } = world;
    const register = async (user: typeof users.sekprov, name: string, contact: string) => {
      const { id } = await ok(saveOrganisation.execute(user, { name, category: "ELECTION_BODY" }));
      await ok(addContact.execute(user, { organisationId: id, name: contact }));
      const row = await prisma.stakeholderContact.findFirstOrThrow({ where: { organisationId: id } });
      return { organisationId: id, contactId: row.id };
    };
    const bawaslu = await register(users.sekprov, `Bawaslu Provinsi NTB ${uniqueSuffix()}`, "Itratip");
    const sibling = await register(users.sekkabB, `Bawaslu Kabupaten Sumbawa ${uniqueSuffix()}`, "Rusdi");
    const foreign = await register(users.other, `Bawaslu Provinsi Bali ${uniqueSuffix()}`, "Ketut");
    return { ...world, bawaslu, sibling, foreign };
  }

  it("offers a regency its province registry (the province's and every regency's), and another province's regency none of it", async () => {
    const { users, regencyA, otherRegency, bawaslu, sibling, foreign } = await registry();
    const contactsOf = async (unitId: string) =>
      (await listInvitableContacts(unitId)).map((row) => row.id).sort();
    expect(await contactsOf(regencyA.id)).toEqual([bawaslu.contactId, sibling.contactId].sort());
    expect(await contactsOf(otherRegency.id)).toEqual([foreign.contactId]);
    // Each offered with the unit keeping it.
    const offered = await listInvitableContacts(regencyA.id);
    expect(offered.find((row) => row.id === bawaslu.contactId)?.organisation.unitId).toBe(
      users.sekprov.unit.id,
    );

    const { id } = await ok(saveEvent.execute(users.sekkabA, { ...meeting, kind: "STAKEHOLDER_DAY" }));
    await ok(inviteStakeholders.execute(users.sekkabA, { id, contactIds: [bawaslu.contactId] }));
    await ok(
      addWalkIn.execute(users.sekkabA, {
        id,
        inviteeName: "Staf Bawaslu",
        organisationId: bawaslu.organisationId,
        status: "PRESENT_ONSITE",
      }),
    );
    expect((await invitationsOf(id)).map((row) => [row.inviteeName, row.organisationId])).toEqual([
      ["Itratip", bawaslu.organisationId],
      ["Staf Bawaslu", bawaslu.organisationId],
    ]);
    // The province keeping the record sees the regency's event in its engagement history.
    expect(
      (await getOrganisation(users.sekprov, bawaslu.organisationId))?.invitations.map((row) => row.event.id),
    ).toEqual([id, id]);
  });

  it("keeps the region's records read-only for the regency, and out of reach of another province", async () => {
    const { users, bawaslu, foreign } = await registry();
    const record = await prisma.stakeholderOrganisation.findUniqueOrThrow({
      where: { id: bawaslu.organisationId },
    });
    // Regency A may invite the provincial Bawaslu, not rename it, add to its contacts or open its page.
    expect(
      await saveOrganisation.execute(users.sekkabA, {
        id: record.id,
        version: record.version,
        name: "Bawaslu NTB (diubah)",
        category: "ELECTION_BODY",
      }),
    ).toEqual({ ok: false, code: "notFound" });
    expect(await addContact.execute(users.sekkabA, { organisationId: record.id, name: "X" })).toEqual({
      ok: false,
      code: "notFound",
    });
    expect(await getOrganisation(users.sekkabA, record.id)).toBeNull();
    expect(await prisma.stakeholderOrganisation.findUniqueOrThrow({ where: { id: record.id } })).toEqual(
      record,
    );

    // A regency of another province neither sees nor invites it, by contact or as a walk-in's organisation.
    const { id } = await ok(saveEvent.execute(users.other, meeting));
    expect(await inviteStakeholders.execute(users.other, { id, contactIds: [bawaslu.contactId] })).toEqual({
      ok: false,
      code: "notFound",
    });
    expect(
      await inviteStakeholders.execute(users.other, {
        id,
        contactIds: [foreign.contactId, bawaslu.contactId],
      }),
    ).toEqual({ ok: false, code: "notFound" });
    expect(
      await addWalkIn.execute(users.other, {
        id,
        inviteeName: "Tamu",
        organisationId: bawaslu.organisationId,
        status: "PRESENT_ONSITE",
      }),
    ).toEqual({ ok: false, code: "notFound" });
    expect(await invitationsOf(id)).toEqual([]);
  });
});

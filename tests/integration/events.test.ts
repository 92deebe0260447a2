import { describe, expect, it } from "vitest";
import { checkAttachmentFile } from "@/lib/attachments/checked-file";
import { uploadAttachment } from "@/lib/attachments/attachment-mutations";
import { listAttachments } from "@/lib/attachments/queries";
import { prisma } from "@/lib/db/client";
import { missingByUnit, ratesByCategory, ratesByUnit } from "@/lib/events/attendance-rates";
import { completionByLevel, completionOf } from "@/lib/events/completion";
import {
  addWalkIn,
  assignSession,
  inviteStakeholders,
  inviteUnitLeaders,
  markEventAttendance,
} from "@/lib/events/invitation-mutations";
import { finalizeMinutes, saveMinutes } from "@/lib/events/minutes-mutations";
import { eventTransitions, saveEvent } from "@/lib/events/event-mutations";
import { addOutcome, outcomeToFollowUps } from "@/lib/events/outcome-mutations";
import { getEvent, listEvents } from "@/lib/events/queries";
import { addContact, saveOrganisation } from "@/lib/stakeholders/stakeholder-mutations";
import { getOrganisation } from "@/lib/stakeholders/queries";
import { sha256Hex } from "@/lib/uploads/form-file";
import {
  assignToPosition,
  createOfficial,
  createPosition,
  createProvinceWithRegencies,
  createUnit,
  createUser,
  currentUser,
} from "./db-utils";

async function setting() {
  const nation = await createUnit({ level: "NATIONAL" });
  const { province, regencyA, regencyB } = await createProvinceWithRegencies();
  await prisma.workUnit.update({ where: { id: province.id }, data: { parentId: nation.id } });
  const otherProvince = await createUnit({ parent: nation });
  const otherRegency = await createUnit({ parent: otherProvince });
  const users = {
    pusat: await currentUser((await createUser({ role: "SECRETARY", unitId: nation.id })).id),
    sekprov: await currentUser((await createUser({ role: "SECRETARY", unitId: province.id })).id),
    sekkabA: await currentUser((await createUser({ role: "STAFF", unitId: regencyA.id })).id),
    sekkabB: await currentUser((await createUser({ role: "STAFF", unitId: regencyB.id })).id),
    other: await currentUser((await createUser({ role: "STAFF", unitId: otherRegency.id })).id),
  };
  return { nation, province, regencyA, regencyB, otherProvince, otherRegency, users };
}

const rakor = {
  title: "Rakor Kesiapan Dukungan Sekretariat",
  kind: "COORDINATION_MEETING",
  mode: "HYBRID",
  date: "2026-03-14",
  time: "09:00",
  location: "Aula KPU Provinsi",
  onlineUrl: "https://zoom.example/rakor",
  sessions: "Kelas Kepegawaian\nKelas Pengawasan Internal",
  attendanceRequired: "on",
  allBelow: "on",
};

async function ok<T>(result: Promise<{ ok: boolean; data?: T } | { ok: false }>): Promise<T> {
  const answer = await result;
  expect(answer).toMatchObject({ ok: true });
  return (answer as { data: T }).data;
}

describe("stakeholder registry", () => {
  it("refuses the same organisation twice within a province and its regencies, naming the existing record", async () => {
    const { users, regencyA } = await setting();
    await ok(
      saveOrganisation.execute(users.sekkabA, {
        name: "Bawaslu Kabupaten Sumbawa",
        category: "ELECTION_BODY",
      }),
    );
    const again = await saveOrganisation.execute(users.sekprov, {
      name: "Kantor BAWASLU Kab.  Sumbawa",
      category: "ELECTION_BODY",
    });
    expect(again).toMatchObject({
      ok: false,
      code: "domain",
      reason: "stakeholders.errors.duplicate",
      field: "name",
      params: { name: "Bawaslu Kabupaten Sumbawa", unit: expect.stringContaining("Uji") },
    });
    expect(await prisma.stakeholderOrganisation.count({ where: { unitId: regencyA.id } })).toBe(1);
    // Another province may keep its own record of an organisation of the same name.
    await ok(
      saveOrganisation.execute(users.other, { name: "Bawaslu Kabupaten Sumbawa", category: "ELECTION_BODY" }),
    );
  });

  it("shows an organisation's engagement: the events it was invited to, newest first, and whether it came", async () => {
    const { users } = await setting();
    const organisation = await ok(
      saveOrganisation.execute(users.sekprov, { name: "Universitas Mataram", category: "UNIVERSITY" }),
    );
    await ok(addContact.execute(users.sekprov, { organisationId: organisation.id, name: "Dr. Baiq Rina" }));
    const contact = await prisma.stakeholderContact.findFirstOrThrow({
      where: { organisationId: organisation.id },
    });
    const march = await ok(saveEvent.execute(users.sekprov, { ...rakor, kind: "STAKEHOLDER_DAY" }));
    const may = await ok(
      saveEvent.execute(users.sekprov, { ...rakor, kind: "SOCIALISATION", date: "2026-05-04" }),
    );
    await ok(saveEvent.execute(users.sekprov, { ...rakor, date: "2026-06-01" }));
    await ok(inviteStakeholders.execute(users.sekprov, { id: march.id, contactIds: [contact.id] }));
    const invitation = await prisma.eventInvitation.findFirstOrThrow({ where: { eventId: march.id } });
    await ok(
      markEventAttendance.execute(users.sekprov, {
        eventId: march.id,
        invitationId: invitation.id,
        status: "PRESENT_ONSITE",
      }),
    );
    // Someone from the university who came uninvited counts for it too.
    await ok(
      addWalkIn.execute(users.sekprov, {
        id: may.id,
        inviteeName: "Lalu Ahmad",
        organisationId: organisation.id,
        status: "PRESENT_ONLINE",
      }),
    );

    const seen = await getOrganisation(users.sekprov, organisation.id);
    expect(seen?.invitations.map((row) => [row.event.id, row.inviteeName, row.attendance])).toEqual([
      [may.id, "Lalu Ahmad", "PRESENT_ONLINE"],
      [march.id, "Dr. Baiq Rina", "PRESENT_ONSITE"],
    ]);
    // The province keeps the record: a regency below does not read it, nor another province.
    expect(await getOrganisation(users.sekkabA, organisation.id)).toBeNull();
    expect(await getOrganisation(users.other, organisation.id)).toBeNull();
  });

  it("lets two clerks race to register one organisation and stores it once", async () => {
    const { users } = await setting();
    const results = await Promise.all([
      saveOrganisation.execute(users.sekkabA, { name: "Universitas Mataram", category: "UNIVERSITY" }),
      saveOrganisation.execute(users.sekkabB, { name: "universitas mataram", category: "UNIVERSITY" }),
    ]);
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect(results.find((result) => !result.ok)).toMatchObject({ code: "domain", field: "name" });
  });
});

describe("events", () => {
  it("shows a rakor to its organiser's subtree and every participating unit, not to another province", async () => {
    const { users, province, regencyA, regencyB } = await setting();
    const { id } = await ok(saveEvent.execute(users.sekprov, rakor));
    const event = await getEvent(users.sekkabA, id);
    expect(event?.participants.map((row) => row.unit.id).sort()).toEqual(
      [province.id, regencyA.id, regencyB.id].sort(),
    );
    expect(event?.sessions.map((row) => row.title)).toEqual([
      "Kelas Kepegawaian",
      "Kelas Pengawasan Internal",
    ]);
    expect(await getEvent(users.other, id)).toBeNull();

    // A national rakor with only this province's regency A: A sees it (upward), B and the other province do not.
    const national = await ok(
      saveEvent.execute(users.pusat, { ...rakor, allBelow: undefined, participantUnitIds: [regencyA.id] }),
    );
    expect(await getEvent(users.sekkabA, national.id)).not.toBeNull();
    expect(await getEvent(users.sekkabB, national.id)).toBeNull();
    expect(await getEvent(users.other, national.id)).toBeNull();
    const listed = await listEvents(users.sekkabA, { when: "past", page: 1, month: "2026-03" });
    expect(listed.rows.map((row) => row.id).sort()).toEqual([id, national.id].sort());
    // A participant sees it but does not run it.
    expect(
      await addOutcome.execute(users.sekkabA, { id: national.id, kind: "DECISION", description: "x" }),
    ).toEqual({ ok: false, code: "notFound" });
  });

  it("refuses an end before the start, corrects a planned event, and freezes it once held or cancelled", async () => {
    const { users, regencyA } = await setting();
    expect(await saveEvent.execute(users.sekprov, { ...rakor, endTime: "08:30" })).toMatchObject({
      ok: false,
      code: "validation",
      fieldErrors: { endTime: [{ key: "events.validation.endTime" }] },
    });
    const { id } = await ok(saveEvent.execute(users.sekprov, { ...rakor, endTime: "12:00" }));
    await ok(
      saveEvent.execute(users.sekprov, {
        ...rakor,
        id,
        version: 1,
        title: "Rakor Kesiapan Dukungan Sekretariat (diundur)",
        allBelow: undefined,
        participantUnitIds: [regencyA.id],
        sessions: "Kelas Kepegawaian",
      }),
    );
    const edited = await getEvent(users.sekprov, id);
    expect(edited).toMatchObject({ title: "Rakor Kesiapan Dukungan Sekretariat (diundur)", version: 2 });
    expect(edited?.participants).toHaveLength(2);
    expect(edited?.sessions.map((row) => row.title)).toEqual(["Kelas Kepegawaian"]);

    // A participant cannot mark it held; the organiser can, once, and then it is no longer edited.
    expect(await eventTransitions.markHeld.execute(users.sekkabA, { id, version: 2 })).toMatchObject({
      ok: false,
    });
    await ok(eventTransitions.markHeld.execute(users.sekprov, { id, version: 2 }));
    expect(await prisma.event.findUniqueOrThrow({ where: { id } })).toMatchObject({
      status: "HELD",
      version: 3,
    });
    expect(
      await eventTransitions.cancel.execute(users.sekprov, { id, version: 3, reason: "x" }),
    ).toMatchObject({
      ok: false,
      reason: "workflow.errors.notFrom.HELD",
    });
    expect(await saveEvent.execute(users.sekprov, { ...rakor, id, version: 3 })).toMatchObject({
      ok: false,
      reason: "workflow.errors.notFrom.HELD",
    });

    // Cancelling asks for the reason, which the audit keeps.
    const other = await ok(saveEvent.execute(users.sekprov, rakor));
    expect(await eventTransitions.cancel.execute(users.sekprov, { id: other.id, version: 1 })).toMatchObject({
      ok: false,
      reason: "workflow.errors.reasonRequired",
    });
    await ok(
      eventTransitions.cancel.execute(users.sekprov, {
        id: other.id,
        version: 1,
        reason: "Bertepatan dengan rapat pleno rekapitulasi.",
      }),
    );
    const audit = await prisma.auditLog.findFirstOrThrow({
      where: { entityId: other.id, action: "event.cancel" },
    });
    expect(JSON.stringify(audit.after)).toContain("Bertepatan dengan rapat pleno rekapitulasi.");
  });

  it("takes the time in the organiser's zone and its participants from the organiser's subtree, also when the nation corrects it", async () => {
    const { users, nation, province, regencyA, regencyB, otherRegency } = await setting();
    // A closed regency of the province is not drawn into "all below".
    await createUnit({ parent: province, deactivatedAt: new Date("2025-01-01T00:00:00Z") });
    await prisma.workUnit.update({ where: { id: province.id }, data: { timeZone: "Asia/Makassar" } });
    const { id } = await ok(saveEvent.execute(users.sekprov, rakor));
    // 09:00 WITA is 01:00 UTC.
    expect((await prisma.event.findUniqueOrThrow({ where: { id } })).startsAt.toISOString()).toBe(
      "2026-03-14T01:00:00.000Z",
    );
    const participantsOf = async () =>
      (await prisma.eventParticipant.findMany({ where: { eventId: id }, select: { unitId: true } }))
        .map((row) => row.unitId)
        .sort();
    const ntb = [province.id, regencyA.id, regencyB.id].sort();
    expect(await participantsOf()).toEqual(ntb);

    // The nation corrects the province's rakor: "all below" is still the province's regencies, not the nation's.
    await ok(saveEvent.execute(users.pusat, { ...rakor, id, version: 1, title: "Rakor (dikoreksi)" }));
    expect(await participantsOf()).toEqual(ntb);
    // Nor can it add a unit of another province, or the nation itself.
    for (const outside of [otherRegency.id, nation.id]) {
      expect(
        await saveEvent.execute(users.pusat, {
          ...rakor,
          id,
          version: 2,
          allBelow: undefined,
          participantUnitIds: [regencyA.id, outside],
        }),
      ).toEqual({ ok: false, code: "notFound" });
    }
    expect(await participantsOf()).toEqual(ntb);
    expect(await prisma.event.findUniqueOrThrow({ where: { id } })).toMatchObject({
      version: 2,
      title: "Rakor (dikoreksi)",
    });
  });

  it("lists the events in scope by kind, unit and month, the month read on the organiser's calendar", async () => {
    const { users, province, regencyA, regencyB } = await setting();
    await prisma.workUnit.update({ where: { id: province.id }, data: { timeZone: "Asia/Makassar" } });
    // 07:30 WITA on 1 March is still 28 February in UTC.
    const early = await ok(saveEvent.execute(users.sekprov, { ...rakor, date: "2026-03-01", time: "07:30" }));
    const day = await ok(
      saveEvent.execute(users.sekprov, {
        ...rakor,
        kind: "STAKEHOLDER_DAY",
        date: "2026-03-31",
        time: "19:00",
        allBelow: undefined,
        participantUnitIds: [regencyA.id],
      }),
    );
    await ok(saveEvent.execute(users.sekprov, { ...rakor, date: "2026-04-01", time: "07:00" }));
    const ids = async (user: typeof users.sekprov, filters: Partial<Parameters<typeof listEvents>[1]>) =>
      (await listEvents(user, { when: "past", page: 1, ...filters })).rows.map((row) => row.id).sort();

    expect(await ids(users.sekprov, { month: "2026-03" })).toEqual([early.id, day.id].sort());
    expect(await ids(users.sekprov, { month: "2026-02" })).toEqual([]);
    expect(await ids(users.sekprov, { month: "2026-03", kind: "STAKEHOLDER_DAY" })).toEqual([day.id]);
    // By unit: the events it organises or takes part in.
    expect(await ids(users.sekprov, { month: "2026-03", unitIds: [regencyB.id] })).toEqual([early.id]);
    expect(await ids(users.sekprov, { month: "2026-03", unitIds: [regencyA.id, regencyB.id] })).toEqual(
      [early.id, day.id].sort(),
    );
    expect(await ids(users.sekkabB, { month: "2026-03" })).toEqual([early.id]);
    expect(await ids(users.other, { month: "2026-03" })).toEqual([]);
  });

  it("keeps an event's documents in the organiser's scope: the organiser and the units above it, not the participants below", async () => {
    const { users } = await setting();
    const bytes = new TextEncoder().encode(
      "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n",
    );
    const file = () =>
      checkAttachmentFile({ fileName: "Undangan Rakor.pdf", bytes, sha256: sha256Hex(bytes) }, ["pdf"]);
    const { id } = await ok(saveEvent.execute(users.sekprov, rakor));
    await ok(
      uploadAttachment.Event.execute(users.sekprov, {
        entityType: "Event",
        entityId: id,
        file: await file(),
      }),
    );
    expect((await listAttachments(users.pusat, "Event", [id])).get(id)?.map((row) => row.fileName)).toEqual([
      "Undangan Rakor.pdf",
    ]);
    // A participating regency sees the event but neither reads nor adds to its files (docs/decisions/009).
    expect((await listAttachments(users.sekkabA, "Event", [id])).get(id)).toBeUndefined();
    expect(
      await uploadAttachment.Event.execute(users.sekkabA, {
        entityType: "Event",
        entityId: id,
        file: await file(),
      }),
    ).toMatchObject({ ok: false });
    expect((await listAttachments(users.other, "Event", [id])).get(id)).toBeUndefined();
  });

  it("counts attendance by mode per unit and per category, and lists who is missing per unit", async () => {
    const { users, province, regencyA, regencyB } = await setting();
    const leaders = [];
    for (const unit of [province, regencyA, regencyA, regencyB]) {
      const official = await createOfficial(unit.id);
      await assignToPosition(official.id, await createPosition(unit.id));
      leaders.push(official);
    }
    const { id } = await ok(saveEvent.execute(users.sekprov, rakor));
    expect(await ok(inviteUnitLeaders.execute(users.sekprov, { id }))).toMatchObject({ count: 4 });
    // Pressing again invites nobody twice.
    expect(await ok(inviteUnitLeaders.execute(users.sekprov, { id }))).toMatchObject({ count: 0 });
    const organisation = await ok(
      saveOrganisation.execute(users.sekprov, { name: "Polda NTB", category: "LAW_ENFORCEMENT" }),
    );
    await ok(
      addContact.execute(users.sekprov, { organisationId: organisation.id, name: "AKBP Lalu Hamzah" }),
    );
    const contact = await prisma.stakeholderContact.findFirstOrThrow({
      where: { organisationId: organisation.id },
    });
    await ok(inviteStakeholders.execute(users.sekprov, { id, contactIds: [contact.id] }));
    await ok(
      addWalkIn.execute(users.sekprov, {
        id,
        inviteeName: "Baiq Nurul",
        status: "PRESENT_ONSITE",
        unitId: regencyB.id,
      }),
    );

    const invitations = await prisma.eventInvitation.findMany({ where: { eventId: id } });
    const byOfficial = (official: { id: string }) =>
      invitations.find((row) => row.officialId === official.id)!;
    const mark = (invitationId: string, status: string) =>
      ok(markEventAttendance.execute(users.sekprov, { eventId: id, invitationId, status }));
    await mark(byOfficial(leaders[0]!).id, "PRESENT_ONSITE");
    await mark(byOfficial(leaders[1]!).id, "PRESENT_ONLINE");
    await mark(byOfficial(leaders[2]!).id, "ABSENT");
    await mark(invitations.find((row) => row.contactId)!.id, "PRESENT_ONSITE");
    // A participant cannot mark the organiser's list.
    expect(
      await markEventAttendance.execute(users.sekkabA, {
        eventId: id,
        invitationId: byOfficial(leaders[1]!).id,
        status: "ABSENT",
      }),
    ).toEqual({ ok: false, code: "notFound" });

    const event = (await getEvent(users.sekprov, id))!;
    const invitees = event.invitations.map((row) => ({
      id: row.id,
      name: row.inviteeName,
      attendance: row.attendance,
      unit: row.unit,
      category: row.organisation?.category ?? null,
    }));
    const units = event.participants.map((row) => row.unit);
    const rates = Object.fromEntries(ratesByUnit(invitees, units).map((row) => [row.key, row]));
    expect(rates[province.id]).toMatchObject({ counts: { PRESENT_ONSITE: 1, total: 1 }, rate: 100 });
    expect(rates[regencyA.id]).toMatchObject({
      counts: { PRESENT_ONLINE: 1, ABSENT: 1, present: 1, total: 2 },
      rate: 50,
    });
    // Regency B: its leader unmarked, the walk-in present.
    expect(rates[regencyB.id]).toMatchObject({
      counts: { EXPECTED: 1, PRESENT_ONSITE: 1, total: 2 },
      rate: 50,
    });
    expect(ratesByCategory(invitees, String)).toEqual([
      expect.objectContaining({ key: "LAW_ENFORCEMENT", rate: 100 }),
    ]);
    const missing = missingByUnit(invitees, units);
    expect(missing.map((group) => [group.unit.id, group.people.map((person) => person.name)])).toEqual([
      [regencyA.id, [leaders[2]!.name]],
      [regencyB.id, [leaders[3]!.name]],
    ]);
  });

  it("turns a berjenjang outcome into one follow-up per participating unit below, in one step and only once", async () => {
    const { users, province, regencyA, regencyB } = await setting();
    const { id } = await ok(saveEvent.execute(users.sekprov, rakor));
    await ok(
      addOutcome.execute(users.sekprov, {
        id,
        kind: "DECISION",
        description: "Evaluasi SPIP",
        cascade: "on",
      }),
    );
    await ok(addOutcome.execute(users.sekprov, { id, kind: "AGREEMENT", description: "Laporan ke KPU RI" }));
    const [cascaded, own] = await prisma.eventOutcome.findMany({
      where: { eventId: id },
      orderBy: { sortOrder: "asc" },
    });
    // Two presses at once: the event lock makes the second find the follow-ups made and refuse.
    const results = await Promise.all([
      outcomeToFollowUps.execute(users.sekprov, { id, outcomeId: cascaded!.id, dueDate: "2026-04-30" }),
      outcomeToFollowUps.execute(users.sekprov, { id, outcomeId: cascaded!.id, dueDate: "2026-04-30" }),
    ]);
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect(results.find((result) => !result.ok)).toMatchObject({ reason: "events.errors.alreadyFollowedUp" });
    const followUps = await prisma.followUp.findMany({ where: { outcomeId: cascaded!.id } });
    expect(followUps.map((row) => row.unitId).sort()).toEqual([regencyA.id, regencyB.id].sort());
    expect(followUps.every((row) => row.source === "EVENT_OUTCOME" && row.eventId === id)).toBe(true);
    expect(
      await prisma.auditLog.count({
        where: { action: "followUp.create", entityId: { in: followUps.map((f) => f.id) } },
      }),
    ).toBe(2);
    await ok(outcomeToFollowUps.execute(users.sekprov, { id, outcomeId: own!.id, dueDate: "2026-04-30" }));
    expect(
      await prisma.followUp.findMany({ where: { outcomeId: own!.id }, select: { unitId: true } }),
    ).toEqual([{ unitId: province.id }]);
    // The organiser sees every unit's progress as regency A closes its own; regency A sees the rakor and its own
    // follow-up, not its sibling's, which lies outside its subtree (docs/decisions/009-event-visibility.md).
    await prisma.followUp.updateMany({
      where: { outcomeId: cascaded!.id, unitId: regencyA.id },
      data: { status: "DONE" },
    });
    const statuses = async (user: typeof users.sekprov) =>
      (await getEvent(user, id))!.outcomes[0]!.followUps.map((row) => [row.unit.id, row.status]).sort();
    expect(await statuses(users.sekprov)).toEqual(
      [
        [regencyA.id, "DONE"],
        [regencyB.id, "OPEN"],
      ].sort(),
    );
    expect(await statuses(users.sekkabA)).toEqual([[regencyA.id, "DONE"]]);
  });

  it("assigns invitees to a parallel session (kelas) of the same event, and back to the plenary when it is dropped", async () => {
    const { users, regencyA } = await setting();
    const official = await createOfficial(regencyA.id);
    await assignToPosition(official.id, await createPosition(regencyA.id));
    const { id } = await ok(saveEvent.execute(users.sekprov, rakor));
    const other = await ok(saveEvent.execute(users.sekprov, { ...rakor, sessions: "Kelas Lain" }));
    await ok(inviteUnitLeaders.execute(users.sekprov, { id }));
    const invitation = await prisma.eventInvitation.findFirstOrThrow({ where: { eventId: id } });
    const [staffing, supervision] = await prisma.eventSession.findMany({
      where: { eventId: id },
      orderBy: { sortOrder: "asc" },
    });
    const foreign = await prisma.eventSession.findFirstOrThrow({ where: { eventId: other.id } });
    const sessionOf = async () =>
      (await prisma.eventInvitation.findUniqueOrThrow({ where: { id: invitation.id } })).sessionId;

    await ok(
      assignSession.execute(users.sekprov, { id, invitationId: invitation.id, sessionId: supervision!.id }),
    );
    expect(await sessionOf()).toBe(supervision!.id);
    // Another event's kelas, or a participant doing it, is refused and changes nothing.
    expect(
      await assignSession.execute(users.sekprov, { id, invitationId: invitation.id, sessionId: foreign.id }),
    ).toEqual({ ok: false, code: "notFound" });
    expect(
      await assignSession.execute(users.sekkabA, {
        id,
        invitationId: invitation.id,
        sessionId: staffing!.id,
      }),
    ).toEqual({ ok: false, code: "notFound" });
    expect(await sessionOf()).toBe(supervision!.id);
    expect(
      await prisma.auditLog.count({ where: { action: "event.assignSession", entityId: invitation.id } }),
    ).toBe(1);
    // The kelas is dropped from the agenda: its people follow the plenary.
    await ok(saveEvent.execute(users.sekprov, { ...rakor, id, version: 1, sessions: "Kelas Kepegawaian" }));
    expect(await sessionOf()).toBeNull();
  });

  it("shows a national cascade's completion per unit and per level, a cancelled follow-up owed by nobody", async () => {
    const { users, province, regencyA, regencyB, otherProvince, otherRegency } = await setting();
    const { id } = await ok(saveEvent.execute(users.pusat, rakor));
    await ok(
      addOutcome.execute(users.pusat, { id, kind: "DECISION", description: "Peta jabatan", cascade: "on" }),
    );
    const outcome = await prisma.eventOutcome.findFirstOrThrow({ where: { eventId: id } });
    expect(
      await ok(outcomeToFollowUps.execute(users.pusat, { id, outcomeId: outcome.id, dueDate: "2026-04-30" })),
    ).toMatchObject({ count: 5 });
    const status = (unitId: string, next: "VERIFIED" | "DONE" | "CANCELLED") =>
      prisma.followUp.updateMany({ where: { outcomeId: outcome.id, unitId }, data: { status: next } });
    await status(province.id, "VERIFIED");
    await status(regencyA.id, "DONE");
    await status(otherRegency.id, "CANCELLED");

    const followUps = (await getEvent(users.pusat, id))!.outcomes[0]!.followUps;
    expect(followUps.map((row) => row.unit.id).sort()).toEqual(
      [province.id, regencyA.id, regencyB.id, otherProvince.id, otherRegency.id].sort(),
    );
    expect(completionOf(followUps)).toEqual({ done: 2, total: 4 });
    expect(
      Object.fromEntries(completionByLevel(followUps).map(({ level, ...rest }) => [level, rest])),
    ).toEqual({
      PROVINCE: { done: 1, total: 2 },
      REGENCY_CITY: { done: 1, total: 2 },
    });
  });

  it("rolls back every follow-up of a cascade when one unit is out of the organiser's reach", async () => {
    const { users, regencyA, otherRegency } = await setting();
    const { id } = await ok(
      saveEvent.execute(users.sekprov, { ...rakor, allBelow: undefined, participantUnitIds: [regencyA.id] }),
    );
    // A participant the organiser cannot reach (written directly: the form refuses it).
    await prisma.eventParticipant.create({ data: { eventId: id, unitId: otherRegency.id } });
    await ok(
      addOutcome.execute(users.sekprov, { id, kind: "DECISION", description: "Semua", cascade: "on" }),
    );
    const outcome = await prisma.eventOutcome.findFirstOrThrow({ where: { eventId: id } });
    expect(
      await outcomeToFollowUps.execute(users.sekprov, { id, outcomeId: outcome.id, dueDate: "2026-04-30" }),
    ).toEqual({
      ok: false,
      code: "notFound",
    });
    expect(await prisma.followUp.count({ where: { outcomeId: outcome.id } })).toBe(0);
  });

  it("keeps final minutes locked; a correction is the next revision and the old one stays", async () => {
    const { users } = await setting();
    const { id } = await ok(saveEvent.execute(users.sekprov, rakor));
    await ok(saveMinutes.execute(users.sekprov, { id, content: "Notulen awal" }));
    const draft = await prisma.eventMinutes.findFirstOrThrow({ where: { eventId: id } });
    await ok(
      saveMinutes.execute(users.sekprov, {
        id,
        minutesId: draft.id,
        version: 1,
        content: "Notulen diperbaiki",
      }),
    );
    await ok(finalizeMinutes.execute(users.sekprov, { id, minutesId: draft.id, version: 2 }));
    expect(
      await saveMinutes.execute(users.sekprov, {
        id,
        minutesId: draft.id,
        version: 3,
        content: "Diubah diam-diam",
      }),
    ).toMatchObject({ ok: false, reason: "events.errors.minutesFinal" });
    await ok(saveMinutes.execute(users.sekprov, { id, content: "Koreksi: nama peserta" }));
    const revisions = await prisma.eventMinutes.findMany({
      where: { eventId: id },
      orderBy: { revision: "asc" },
    });
    expect(revisions.map((row) => [row.revision, row.status, row.content])).toEqual([
      [1, "FINAL", "Notulen diperbaiki"],
      [2, "DRAFT", "Koreksi: nama peserta"],
    ]);
  });
});

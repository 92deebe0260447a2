import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { formatNip, parseNip } from "@/lib/officials/nip";
import { createOfficial, endService, moveOfficial, updateOfficial } from "@/lib/officials/mutations";
import { officialFormValues } from "@/lib/officials/form-values";
import {
  assignToPosition,
  createOfficial as seedOfficial,
  createPosition,
  createProvinceWithRegencies,
  createSection,
  createUser,
  currentUser,
  uniqueNip,
} from "./db-utils";

/** A province with two regencies, the provincial staff, and a secretary in each regency. */
async function setup() {
  const units = await createProvinceWithRegencies();
  const [provincial, secretaryA, secretaryB] = await Promise.all(
    [
      { role: "STAFF", unitId: units.province.id },
      { role: "SECRETARY", unitId: units.regencyA.id },
      { role: "SECRETARY", unitId: units.regencyB.id },
    ].map(async (data) => currentUser((await createUser(data as Parameters<typeof createUser>[0])).id)),
  );
  return { ...units, provincial: provincial!, secretaryA: secretaryA!, secretaryB: secretaryB! };
}

/** A PNS with a fresh NIP and the birth date it encodes. */
async function pns(unitId: string, data: Parameters<typeof seedOfficial>[1] = {}) {
  const nip = await uniqueNip();
  const parsed = parseNip(nip);
  return seedOfficial(unitId, {
    nip,
    birthDate: parsed.ok ? parsed.birthDate : null,
    rank: "III_A",
    ...data,
  });
}

async function auditOf(entityId: string) {
  return prisma.auditLog.findMany({ where: { entityId }, orderBy: { id: "asc" } });
}

/** The edit form's submission for a stored official: its values, version and the values it was loaded with. */
async function editForm(id: string, changes: Record<string, string> = {}) {
  const stored = await prisma.official.findUniqueOrThrow({ where: { id } });
  const values = officialFormValues(stored);
  const submitted = Object.fromEntries(
    Object.entries({ ...values, ...changes }).filter(([, value]) => value !== ""),
  );
  return { ...submitted, id, version: String(stored.version), loaded: JSON.stringify(values) };
}

describe("creating an official", () => {
  it("stores the NIP's digits and the name's sort key, and audits the creation", async () => {
    const { regencyA, provincial } = await setup();
    const nip = await uniqueNip("MALE");
    const section = await createSection(regencyA.id);
    const result = await createOfficial.execute(provincial, {
      name: "Drs. H. Lalu Muhammad Amin, M.Si.",
      nip: formatNip(nip),
      employmentType: "PNS",
      rank: "III_C",
      unitId: regencyA.id,
      sectionId: section.id,
      phone: "0370 123456",
    });
    expect(result.ok).toBe(true);
    const id = result.ok ? result.data.id : "";
    const official = await prisma.official.findUniqueOrThrow({ where: { id } });
    expect(official).toMatchObject({
      nip,
      sortName: "lalu muhammad amin",
      gender: "MALE",
      status: "ACTIVE",
      version: 1,
    });
    const [entry] = await auditOf(id);
    expect(entry).toMatchObject({
      action: "official.create",
      entityType: "Official",
      unitId: regencyA.id,
      actorId: provincial.id,
    });
    expect(entry?.after).toMatchObject({ nip, name: "Drs. H. Lalu Muhammad Amin, M.Si." });
  });

  it("refuses a NIP already registered, naming the holder only when the user may see them", async () => {
    const { regencyA, regencyB, provincial, secretaryA } = await setup();
    const nip = await uniqueNip();
    await seedOfficial(regencyB.id, { nip, name: "Baiq Rina Hartini, S.E." });
    const input = { name: "Pegawai Kembar", nip, employmentType: "PNS", rank: "II_C", unitId: regencyA.id };

    expect(await createOfficial.execute(provincial, input)).toEqual({
      ok: false,
      code: "domain",
      reason: "officialRecord.errors.nipTakenBy",
      // The message ends "… atas nama {name}.": the title's own stop is left to the sentence (no "S.E..").
      params: { name: "Baiq Rina Hartini, S.E" },
      field: "nip",
    });
    expect(await createOfficial.execute(secretaryA, input)).toEqual({
      ok: false,
      code: "domain",
      reason: "officialRecord.errors.nipTaken",
      params: {},
      field: "nip",
    });
    expect(await prisma.official.count({ where: { name: "Pegawai Kembar", unitId: regencyA.id } })).toBe(0);
  });

  it("lets only one of two clerks saving the same NIP at once succeed", async () => {
    const { regencyA, provincial, secretaryA } = await setup();
    const nip = await uniqueNip();
    const input = (name: string) => ({ name, nip, employmentType: "PNS", rank: "II_C", unitId: regencyA.id });
    const results = await Promise.all([
      createOfficial.execute(provincial, input("Penyimpan Pertama")),
      createOfficial.execute(secretaryA, input("Penyimpan Kedua")),
    ]);
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect(results.find((result) => !result.ok)).toMatchObject({
      code: "domain",
      reason: expect.stringMatching(/nipTaken/),
      field: "nip",
    });
    expect(await prisma.official.count({ where: { nip } })).toBe(1);
  });

  it("keeps a regency secretary to their own unit", async () => {
    const { regencyB, secretaryA } = await setup();
    const result = await createOfficial.execute(secretaryA, {
      name: "Di Luar Cakupan",
      employmentType: "NON_ASN",
      gender: "MALE",
      unitId: regencyB.id,
    });
    expect(result).toEqual({ ok: false, code: "notFound" });
    expect(await prisma.official.count({ where: { unitId: regencyB.id, name: "Di Luar Cakupan" } })).toBe(0);
  });
});

describe("editing an official", () => {
  it("saves the change with a new version and audits before and after", async () => {
    const { regencyA, secretaryA } = await setup();
    const official = await pns(regencyA.id, { rank: "III_A", name: "Nama Lama" });
    const result = await updateOfficial.execute(
      secretaryA,
      await editForm(official.id, { name: "Dr. Nama Baru, S.Sos.", phone: "081234567890" }),
    );
    expect(result).toEqual({ ok: true, data: { id: official.id } });
    const stored = await prisma.official.findUniqueOrThrow({ where: { id: official.id } });
    expect(stored).toMatchObject({
      name: "Dr. Nama Baru, S.Sos.",
      sortName: "nama baru",
      phone: "081234567890",
      version: 2,
    });
    const [entry] = await auditOf(official.id);
    expect(entry).toMatchObject({ action: "official.update", actorId: secretaryA.id });
    expect(entry?.before).toMatchObject({ name: "Nama Lama", version: 1 });
    expect(entry?.after).toMatchObject({ name: "Dr. Nama Baru, S.Sos.", version: 2 });
  });

  it("refuses the second of two editors, naming what the first one changed, and keeps the first one's values", async () => {
    const { regencyA, secretaryA, provincial } = await setup();
    const official = await pns(regencyA.id, { rank: "III_A" });
    const first = await editForm(official.id, { name: "Perubahan Pertama", phone: "0370 111222" });
    const second = await editForm(official.id, { email: "kedua@kpu.go.id" });

    expect((await updateOfficial.execute(secretaryA, first)).ok).toBe(true);
    expect(await updateOfficial.execute(provincial, second)).toEqual({
      ok: false,
      code: "conflict",
      // sortName follows the name; the form names only fields it has labels for (lib/actions/submit.ts).
      changedFields: ["name", "phone", "sortName"],
    });
    const stored = await prisma.official.findUniqueOrThrow({ where: { id: official.id } });
    expect(stored).toMatchObject({ name: "Perubahan Pertama", email: null, version: 2 });
    expect(await auditOf(official.id)).toHaveLength(1);
  });

  it("refuses a regency secretary editing another regency's official and changes nothing", async () => {
    const { regencyB, secretaryA } = await setup();
    const official = await pns(regencyB.id, { rank: "III_A" });
    const result = await updateOfficial.execute(
      secretaryA,
      await editForm(official.id, { name: "Diambil Alih" }),
    );
    expect(result).toEqual({ ok: false, code: "notFound" });
    expect(await prisma.official.findUniqueOrThrow({ where: { id: official.id } })).toMatchObject({
      name: official.name,
      version: 1,
    });
    expect(await auditOf(official.id)).toHaveLength(0);
  });

  it("leaves retirement and unit changes of post-holders to their own actions", async () => {
    const { province, regencyA, provincial } = await setup();
    const official = await pns(regencyA.id, { rank: "III_A" });
    await assignToPosition(official.id, await createPosition(regencyA.id));

    const retire = await updateOfficial.execute(
      provincial,
      await editForm(official.id, { status: "RETIRED" }),
    );
    expect(retire).toMatchObject({
      ok: false,
      reason: "officialRecord.errors.statusViaEndService",
      field: "status",
    });
    const move = await updateOfficial.execute(
      provincial,
      await editForm(official.id, { unitId: province.id }),
    );
    expect(move).toMatchObject({
      ok: false,
      reason: "officialRecord.errors.unitChangeHoldsPost",
      field: "unitId",
    });
    expect(await auditOf(official.id)).toHaveLength(0);
  });

  it("puts a duplicate NIP on the NIP field", async () => {
    const { regencyA, secretaryA } = await setup();
    const taken = await pns(regencyA.id, { name: "Pemegang NIP" });
    const official = await pns(regencyA.id, { rank: "III_A" });
    const result = await updateOfficial.execute(
      secretaryA,
      await editForm(official.id, { nip: taken.nip!, gender: "", birthDate: "" }),
    );
    expect(result).toMatchObject({
      ok: false,
      reason: "officialRecord.errors.nipTakenBy",
      params: { name: "Pemegang NIP" },
      field: "nip",
    });
  });
});

describe("moving an official (mutasi)", () => {
  it("ends the current post the day before, starts the new one on its decree, and keeps the history", async () => {
    const { regencyA, regencyB, provincial } = await setup();
    const official = await pns(regencyA.id, { rank: "III_A" });
    const oldPost = await assignToPosition(official.id, await createPosition(regencyA.id));
    const section = await createSection(regencyB.id);
    const post = await createPosition(regencyB.id, { sectionId: section.id });

    const result = await moveOfficial.execute(provincial, {
      id: official.id,
      version: "1",
      unitId: regencyB.id,
      positionId: post.id,
      startDate: "2025-02-03",
      decreeNumber: "45/KPG.03-Kpt/05/2025",
      decreeDate: "2025-01-27",
    });
    expect(result.ok).toBe(true);
    expect(await prisma.official.findUniqueOrThrow({ where: { id: official.id } })).toMatchObject({
      unitId: regencyB.id,
      sectionId: section.id,
      version: 2,
    });
    const history = await prisma.assignment.findMany({
      where: { officialId: official.id },
      orderBy: { startDate: "asc" },
    });
    expect(history).toHaveLength(2);
    expect(history[0]).toMatchObject({ id: oldPost.id, endDate: new Date("2025-02-02"), endReason: "MOVE" });
    expect(history[1]).toMatchObject({
      positionId: post.id,
      unitId: regencyB.id,
      startDate: new Date("2025-02-03"),
      endDate: null,
      decreeNumber: "45/KPG.03-Kpt/05/2025",
    });
    const [entry, arrival] = await auditOf(official.id);
    expect(entry).toMatchObject({ action: "official.move", unitId: regencyA.id });
    // The unit the official joins sees the move in its own audit trail too.
    expect(arrival).toMatchObject({ action: "official.move", unitId: regencyB.id });
    expect(entry?.before).toMatchObject({
      unitId: regencyA.id,
      currentAssignments: [{ id: oldPost.id, endDate: null }],
    });
    expect(entry?.after).toMatchObject({
      unitId: regencyB.id,
      newAssignment: { positionId: post.id },
      endedAssignments: [{ id: oldPost.id }],
    });
  });

  it("refuses a destination outside the user's scope and changes nothing", async () => {
    const { regencyA, regencyB, secretaryA } = await setup();
    const official = await pns(regencyA.id, { rank: "III_A" });
    const held = await assignToPosition(official.id, await createPosition(regencyA.id));
    const result = await moveOfficial.execute(secretaryA, {
      id: official.id,
      version: 1,
      unitId: regencyB.id,
      startDate: "2025-02-03",
    });
    expect(result).toEqual({ ok: false, code: "notFound" });
    expect(await prisma.official.findUniqueOrThrow({ where: { id: official.id } })).toMatchObject({
      unitId: regencyA.id,
      version: 1,
    });
    expect(await prisma.assignment.findUniqueOrThrow({ where: { id: held.id } })).toMatchObject({
      endDate: null,
    });
    expect(await auditOf(official.id)).toHaveLength(0);
  });

  it("refuses a filled post, a start before the current post's, and a stale version", async () => {
    const { regencyA, provincial } = await setup();
    const official = await pns(regencyA.id, { rank: "III_A" });
    await assignToPosition(official.id, await createPosition(regencyA.id));
    const filled = await createPosition(regencyA.id);
    const holder = await seedOfficial(regencyA.id, { name: "Pemegang Jabatan" });
    await assignToPosition(holder.id, filled);
    const move = {
      id: official.id,
      version: 1,
      unitId: regencyA.id,
      decreeNumber: "1/SK/2025",
      decreeDate: "2025-01-01",
    };

    expect(
      await moveOfficial.execute(provincial, { ...move, positionId: filled.id, startDate: "2025-02-03" }),
    ).toMatchObject({
      reason: "officialRecord.errors.positionFull",
      params: { holders: "Pemegang Jabatan" },
      field: "positionId",
    });
    const open = await createPosition(regencyA.id);
    expect(
      await moveOfficial.execute(provincial, { ...move, positionId: open.id, startDate: "2024-01-02" }),
    ).toMatchObject({
      reason: "officialRecord.errors.dateBeforePostStart",
      field: "startDate",
    });
    expect(
      await moveOfficial.execute(provincial, {
        ...move,
        version: 7,
        positionId: open.id,
        startDate: "2025-02-03",
      }),
    ).toMatchObject({
      code: "conflict",
    });
    expect(await prisma.assignment.count({ where: { officialId: official.id } })).toBe(1);
  });
});

describe("ending an official's service", () => {
  it("retires: the status changes, the post ends the day before the TMT, the record and history stay", async () => {
    const { regencyA, secretaryA } = await setup();
    const official = await pns(regencyA.id, { rank: "IV_A" });
    const held = await assignToPosition(official.id, await createPosition(regencyA.id));
    const result = await endService.execute(secretaryA, {
      id: official.id,
      version: 1,
      status: "RETIRED",
      effectiveDate: "2025-06-01",
      // Before the retirement age (the NIP's birth date): confirmed, as the form asks (staffing-list.test.ts).
      confirmEarly: "on",
    });
    expect(result.ok).toBe(true);
    expect(await prisma.official.findUniqueOrThrow({ where: { id: official.id } })).toMatchObject({
      status: "RETIRED",
      version: 2,
    });
    expect(await prisma.assignment.findUniqueOrThrow({ where: { id: held.id } })).toMatchObject({
      endDate: new Date("2025-05-31"),
      endReason: "RETIRED",
    });
    const [entry] = await auditOf(official.id);
    expect(entry).toMatchObject({ action: "official.retire", unitId: regencyA.id });
    expect(entry?.before).toMatchObject({ status: "ACTIVE" });
    expect(entry?.after).toMatchObject({ status: "RETIRED", effectiveDate: "2025-06-01T00:00:00.000Z" });
  });

  it("deactivates with the clerk's reason, and refuses to end a service twice", async () => {
    const { regencyA, provincial } = await setup();
    const official = await pns(regencyA.id, { rank: "III_B" });
    const held = await assignToPosition(official.id, await createPosition(regencyA.id));
    const reason = "Mutasi ke Pemerintah Kabupaten Dompu";
    const result = await endService.execute(provincial, {
      id: official.id,
      version: 1,
      status: "TRANSFERRED_OUT",
      effectiveDate: "2025-03-01",
      reason,
    });
    expect(result.ok).toBe(true);
    expect(await prisma.assignment.findUniqueOrThrow({ where: { id: held.id } })).toMatchObject({
      endReason: reason,
    });
    expect((await auditOf(official.id))[0]).toMatchObject({ action: "official.deactivate" });

    const again = await endService.execute(provincial, {
      id: official.id,
      version: 2,
      status: "DECEASED",
      effectiveDate: "2025-04-01",
    });
    expect(again).toMatchObject({ ok: false, reason: "officialRecord.errors.alreadyEnded" });
    expect(await prisma.official.findUniqueOrThrow({ where: { id: official.id } })).toMatchObject({
      status: "TRANSFERRED_OUT",
    });
  });

  it("refuses another regency's official and a read-only viewer, changing nothing", async () => {
    const { province, regencyB, secretaryA } = await setup();
    const viewer = await currentUser((await createUser({ role: "VIEWER", unitId: province.id })).id);
    const official = await pns(regencyB.id, { rank: "III_B" });
    const input = { id: official.id, version: 1, status: "INACTIVE", effectiveDate: "2025-03-01" };
    expect(await endService.execute(secretaryA, input)).toEqual({ ok: false, code: "notFound" });
    expect(await endService.execute(viewer, input)).toEqual({ ok: false, code: "forbidden" });
    expect(await prisma.official.findUniqueOrThrow({ where: { id: official.id } })).toMatchObject({
      status: "ACTIVE",
      version: 1,
    });
    expect(await auditOf(official.id)).toHaveLength(0);
  });
});

describe("two moves into the last free seat at once", () => {
  it("lets one through and refuses the other: a post never holds more than its quota", async () => {
    const { regencyA, regencyB, provincial } = await setup();
    const [first, second] = await Promise.all([pns(regencyA.id), pns(regencyA.id)]);
    const post = await createPosition(regencyB.id, { quota: 1 });
    const move = (id: string) =>
      moveOfficial.execute(provincial, {
        id,
        version: 1,
        unitId: regencyB.id,
        positionId: post.id,
        startDate: "2025-02-03",
        decreeNumber: "46/KPG.03-Kpt/05/2025",
        decreeDate: "2025-01-27",
        // The post is also the unit's whole formasi: confirmed, so that whether the other move has committed when
        // the formasi is read (timing) cannot decide the refusal; the seat's own lock must.
        confirmQuota: true,
      });
    const results = await Promise.all([move(first!.id), move(second!.id)]);
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect(results.find((result) => !result.ok)).toMatchObject({
      reason: "officialRecord.errors.positionFull",
    });
    expect(await prisma.assignment.count({ where: { positionId: post.id, endDate: null } })).toBe(1);
  });
});

import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { todayInZone } from "@/lib/dates/today";
import type { Role } from "@/lib/generated/prisma/enums";
import {
  abolishPosition,
  createPosition,
  createSection,
  createUnit,
  updatePosition,
  updateSection,
  updateUnit,
} from "@/lib/units/mutations";
import { loadPostures } from "@/lib/units/posture-queries";
import * as factory from "./db-utils";

async function userAt(role: Role, unitId: string) {
  return factory.currentUser((await factory.createUser({ role, unitId })).id);
}

/** A province with a real 2-digit region code (a regency's code must start with it). */
async function numericProvince() {
  for (;;) {
    const code = String(10 + Math.floor(Math.random() * 90));
    if (!(await prisma.workUnit.findUnique({ where: { code } })))
      return factory.createUnit({ level: "PROVINCE", code });
  }
}

/** `createProvinceWithRegencies` with region codes that the unit form accepts (52 → 5201, 5202). */
async function numericProvinceWithRegencies() {
  const province = await numericProvince();
  const regencyA = await factory.createUnit({ parent: province, code: `${province.code}01` });
  const regencyB = await factory.createUnit({ parent: province, code: `${province.code}02` });
  return { province, regencyA, regencyB };
}

function auditOf(entityId: string) {
  return prisma.auditLog.findMany({ where: { entityId }, orderBy: { id: "asc" } });
}

const unitForm = (unit: { id: string; name: string; shortName: string; code: string; version: number }) => ({
  id: unit.id,
  version: String(unit.version),
  name: unit.name,
  shortName: unit.shortName,
  code: unit.code,
  timeZone: "Asia/Makassar",
  supportStaffQuota: "12",
});

describe("work units", () => {
  it("province staff create a regency below their province, audited", async () => {
    const province = await numericProvince();
    const staff = await userAt("STAFF", province.id);
    const result = await createUnit.execute(staff, {
      parentId: province.id,
      name: "Sekretariat KPU Kabupaten Contoh",
      shortName: "KPU Contoh",
      code: `${province.code}07`,
      timeZone: "Asia/Makassar",
      supportStaffQuota: "11",
    });
    expect(result.ok).toBe(true);
    const unit = await prisma.workUnit.findUniqueOrThrow({ where: { code: `${province.code}07` } });
    expect(unit).toMatchObject({ level: "REGENCY_CITY", parentId: province.id, supportStaffQuota: 11 });
    expect(await auditOf(unit.id)).toMatchObject([
      { action: "unit.create", unitId: unit.id, actorId: staff.id },
    ]);
  });

  it("refuses a code that does not belong to the parent, or is taken", async () => {
    const province = await numericProvince();
    const staff = await userAt("ADMINISTRATOR", province.id);
    const base = {
      parentId: province.id,
      name: "KPU X",
      shortName: "X",
      timeZone: "Asia/Makassar",
      supportStaffQuota: 0,
    };
    const other = province.code === "99" ? "10" : "99";
    expect(await createUnit.execute(staff, { ...base, code: `${other}01` })).toMatchObject({
      code: "domain",
      reason: "units.errors.codeShape",
      field: "code",
    });
    expect((await createUnit.execute(staff, { ...base, code: `${province.code}01` })).ok).toBe(true);
    expect(await createUnit.execute(staff, { ...base, code: `${province.code}01` })).toMatchObject({
      code: "domain",
      reason: "units.errors.codeTaken",
    });
  });

  it("a regency secretary may not create units, and nothing is created", async () => {
    const { regencyA } = await numericProvinceWithRegencies();
    const secretary = await userAt("SECRETARY", regencyA.id);
    const before = await prisma.workUnit.count();
    const result = await createUnit.execute(secretary, {
      parentId: regencyA.id,
      name: "A",
      shortName: "A",
      code: "9999",
      timeZone: "Asia/Makassar",
      supportStaffQuota: 0,
    });
    expect(result).toEqual({ ok: false, code: "forbidden" });
    expect(await prisma.workUnit.count()).toBe(before);
  });

  it("the support-staff quota changes 11 → 12 with the change in the audit entry", async () => {
    const { province, regencyA } = await numericProvinceWithRegencies();
    await prisma.workUnit.update({ where: { id: regencyA.id }, data: { supportStaffQuota: 11 } });
    const staff = await userAt("STAFF", province.id);
    const result = await updateUnit.execute(staff, unitForm(regencyA));
    expect(result).toMatchObject({ ok: true, data: { id: regencyA.id } });
    const [entry] = await auditOf(regencyA.id);
    expect(entry).toMatchObject({ action: "unit.update", entityType: "WorkUnit", unitId: regencyA.id });
    expect(entry?.before).toMatchObject({ supportStaffQuota: 11, version: 1 });
    expect(entry?.after).toMatchObject({ supportStaffQuota: 12, version: 2 });
  });

  it("a province user may not edit a unit of another province", async () => {
    const mine = await numericProvinceWithRegencies();
    const theirs = await numericProvinceWithRegencies();
    const secretary = await userAt("SECRETARY", mine.province.id);
    expect(await updateUnit.execute(secretary, unitForm(theirs.regencyA))).toEqual({
      ok: false,
      code: "notFound",
    });
    expect(
      (await prisma.workUnit.findUniqueOrThrow({ where: { id: theirs.regencyA.id } })).supportStaffQuota,
    ).toBe(0);
    expect(await auditOf(theirs.regencyA.id)).toEqual([]);
  });

  it("regency staff and secretaries may not edit even their own unit", async () => {
    const { regencyA } = await numericProvinceWithRegencies();
    for (const role of ["STAFF", "SECRETARY"] as const) {
      expect(await updateUnit.execute(await userAt(role, regencyA.id), unitForm(regencyA))).toEqual({
        ok: false,
        code: "forbidden",
      });
    }
    expect(await auditOf(regencyA.id)).toEqual([]);
  });

  it("a stale version is refused, naming what the other editor changed", async () => {
    const { province, regencyA } = await numericProvinceWithRegencies();
    const staff = await userAt("STAFF", province.id);
    expect((await updateUnit.execute(staff, unitForm(regencyA))).ok).toBe(true);
    const second = await updateUnit.execute(staff, { ...unitForm(regencyA), name: "Nama Lain" });
    expect(second).toEqual({ ok: false, code: "conflict", changedFields: ["supportStaffQuota"] });
    expect((await prisma.workUnit.findUniqueOrThrow({ where: { id: regencyA.id } })).name).toBe(
      regencyA.name,
    );
  });
});

describe("sections", () => {
  it("create a Sub Bagian, then change its quota 5 → 6, each audited", async () => {
    const { province, regencyA } = await factory.createProvinceWithRegencies();
    const staff = await userAt("STAFF", province.id);
    const created = await createSection.execute(staff, {
      unitId: regencyA.id,
      name: "Sub Bagian Keuangan",
      kind: "SUB_BAGIAN",
      staffQuota: "5",
    });
    expect(created).toMatchObject({ ok: true, data: { unitCode: regencyA.code } });
    const section = await prisma.section.findFirstOrThrow({ where: { unitId: regencyA.id } });
    const updated = await updateSection.execute(staff, {
      id: section.id,
      version: "1",
      name: section.name,
      kind: "SUB_BAGIAN",
      staffQuota: "6",
    });
    expect(updated.ok).toBe(true);
    const entries = await auditOf(section.id);
    expect(entries.map((e) => e.action)).toEqual(["section.create", "section.update"]);
    expect(entries[1]).toMatchObject({
      unitId: regencyA.id,
      before: { staffQuota: 5 },
      after: { staffQuota: 6, version: 2 },
    });
  });

  it("keeps the tree's shape: no Bagian in a regency, a parent must be a Bagian, names unique", async () => {
    const { province, regencyA } = await factory.createProvinceWithRegencies();
    const staff = await userAt("STAFF", province.id);
    const bagian = await factory.createSection(province.id, { kind: "BAGIAN", name: "Bagian Perencanaan" });
    const sub = await factory.createSection(province.id, { name: "Sub Bagian Program" });
    const input = { name: "Bagian Umum", kind: "BAGIAN", staffQuota: 0 };
    expect(await createSection.execute(staff, { ...input, unitId: regencyA.id })).toMatchObject({
      reason: "units.errors.bagianInRegency",
      field: "kind",
    });
    expect(
      await createSection.execute(staff, {
        ...input,
        unitId: province.id,
        kind: "SUB_BAGIAN",
        parentId: sub.id,
      }),
    ).toMatchObject({ reason: "units.errors.parentNotBagian" });
    expect(
      await createSection.execute(staff, { ...input, unitId: province.id, name: bagian.name }),
    ).toMatchObject({ reason: "units.errors.sectionNameTaken" });
    expect(
      (
        await createSection.execute(staff, {
          ...input,
          unitId: province.id,
          kind: "SUB_BAGIAN",
          parentId: bagian.id,
        })
      ).ok,
    ).toBe(true);
  });

  it("validation names the field: a negative quota", async () => {
    const { province } = await factory.createProvinceWithRegencies();
    const staff = await userAt("STAFF", province.id);
    const result = await createSection.execute(staff, {
      unitId: province.id,
      name: "Sub Bagian",
      kind: "SUB_BAGIAN",
      staffQuota: "-1",
    });
    expect(result).toEqual({
      ok: false,
      code: "validation",
      fieldErrors: { staffQuota: [{ key: "units.validation.quotaNegative" }] },
    });
  });

  it("a regency secretary may not change a section's quota, and nothing changes", async () => {
    const { regencyA } = await factory.createProvinceWithRegencies();
    const section = await factory.createSection(regencyA.id, { staffQuota: 5 });
    const secretary = await userAt("SECRETARY", regencyA.id);
    const result = await updateSection.execute(secretary, {
      id: section.id,
      version: 1,
      name: section.name,
      kind: "SUB_BAGIAN",
      staffQuota: 9,
    });
    expect(result).toEqual({ ok: false, code: "forbidden" });
    expect((await prisma.section.findUniqueOrThrow({ where: { id: section.id } })).staffQuota).toBe(5);
    expect(await auditOf(section.id)).toEqual([]);
  });

  it("a province user may not touch another province's sections; a stale edit is refused", async () => {
    const mine = await factory.createProvinceWithRegencies();
    const theirs = await factory.createProvinceWithRegencies();
    const section = await factory.createSection(theirs.regencyA.id, { staffQuota: 5 });
    const staff = await userAt("STAFF", mine.province.id);
    const input = { id: section.id, version: 1, name: section.name, kind: "SUB_BAGIAN", staffQuota: 6 };
    expect(await updateSection.execute(staff, input)).toEqual({ ok: false, code: "notFound" });
    const owner = await userAt("STAFF", theirs.province.id);
    expect((await updateSection.execute(owner, input)).ok).toBe(true);
    expect(await updateSection.execute(owner, { ...input, staffQuota: 7 })).toEqual({
      ok: false,
      code: "conflict",
      changedFields: ["staffQuota"],
    });
    expect((await prisma.section.findUniqueOrThrow({ where: { id: section.id } })).staffQuota).toBe(6);
  });
});

describe("posts", () => {
  it("create, change the quota, abolish: each audited", async () => {
    const { province, regencyA } = await factory.createProvinceWithRegencies();
    const staff = await userAt("STAFF", province.id);
    const section = await factory.createSection(regencyA.id);
    const created = await createPosition.execute(staff, {
      unitId: regencyA.id,
      sectionId: section.id,
      title: "Pranata Komputer",
      kind: "FUNCTIONAL",
      level: "FUNCTIONAL",
      quota: "2",
    });
    expect(created.ok).toBe(true);
    const post = await prisma.position.findFirstOrThrow({ where: { unitId: regencyA.id } });
    const base = {
      id: post.id,
      title: post.title,
      kind: "FUNCTIONAL",
      level: "FUNCTIONAL",
      sectionId: section.id,
    };
    expect((await updatePosition.execute(staff, { ...base, version: 1, quota: 3 })).ok).toBe(true);
    expect((await abolishPosition.execute(staff, { id: post.id, version: 2 })).ok).toBe(true);
    const entries = await auditOf(post.id);
    expect(entries.map((e) => e.action)).toEqual(["position.create", "position.update", "position.abolish"]);
    expect(entries[1]).toMatchObject({ before: { quota: 2 }, after: { quota: 3 } });
    expect((await prisma.position.findUniqueOrThrow({ where: { id: post.id } })).abolishedAt).toBeInstanceOf(
      Date,
    );
    expect(await updatePosition.execute(staff, { ...base, version: 3, quota: 4 })).toMatchObject({
      reason: "units.errors.positionAbolished",
    });
  });

  it("a structural post has quota 1 and a structural level; the section must be the unit's own", async () => {
    const { province, regencyA, regencyB } = await factory.createProvinceWithRegencies();
    const staff = await userAt("ADMINISTRATOR", province.id);
    const elsewhere = await factory.createSection(regencyB.id);
    const input = {
      unitId: regencyA.id,
      title: "Kepala Sub Bagian",
      kind: "STRUCTURAL",
      level: "SUPERVISOR",
      quota: 1,
    };
    expect(await createPosition.execute(staff, { ...input, quota: 2, level: "EXECUTOR" })).toEqual({
      ok: false,
      code: "validation",
      fieldErrors: {
        level: [{ key: "units.validation.levelMismatch" }],
        quota: [{ key: "units.validation.structuralQuotaOne" }],
      },
    });
    expect(await createPosition.execute(staff, { ...input, sectionId: elsewhere.id })).toMatchObject({
      reason: "units.errors.sectionNotInUnit",
    });
  });

  it("a held post is not abolished, nor its quota cut below its holders", async () => {
    const { province, regencyA } = await factory.createProvinceWithRegencies();
    const staff = await userAt("STAFF", province.id);
    const post = await factory.createPosition(regencyA.id, { kind: "EXECUTOR", level: "EXECUTOR", quota: 3 });
    for (let i = 0; i < 2; i += 1)
      await factory.assignToPosition((await factory.createOfficial(regencyA.id)).id, post);
    const update = {
      id: post.id,
      version: 1,
      title: post.title,
      kind: "EXECUTOR",
      level: "EXECUTOR",
      quota: 1,
    };
    expect(await updatePosition.execute(staff, update)).toMatchObject({
      reason: "units.errors.quotaBelowHolders",
      params: { holders: 2 },
    });
    expect(await abolishPosition.execute(staff, { id: post.id, version: 1 })).toMatchObject({
      reason: "units.errors.positionHeld",
    });
    expect((await prisma.position.findUniqueOrThrow({ where: { id: post.id } })).abolishedAt).toBeNull();
  });

  it("regency users and other provinces are refused, and nothing changes", async () => {
    const mine = await factory.createProvinceWithRegencies();
    const theirs = await factory.createProvinceWithRegencies();
    const post = await factory.createPosition(mine.regencyA.id);
    // Regency users lack the role for it (forbidden); another province has it, but not here (not found).
    for (const [user, code] of [
      [await userAt("SECRETARY", mine.regencyA.id), "forbidden"],
      [await userAt("STAFF", mine.regencyA.id), "forbidden"],
      [await userAt("STAFF", theirs.province.id), "notFound"],
    ] as const) {
      expect(await abolishPosition.execute(user, { id: post.id, version: 1 })).toEqual({ ok: false, code });
      expect(
        await createPosition.execute(user, {
          unitId: mine.regencyA.id,
          title: "X",
          kind: "EXECUTOR",
          level: "EXECUTOR",
          quota: 1,
        }),
      ).toEqual({ ok: false, code });
    }
    expect(await prisma.position.count({ where: { unitId: mine.regencyA.id } })).toBe(1);
    expect(await auditOf(post.id)).toEqual([]);
  });
});

describe("staffing posture query", () => {
  it("computes each unit's posture from the records", async () => {
    const { province, regencyA, regencyB } = await factory.createProvinceWithRegencies();
    await prisma.workUnit.update({ where: { id: regencyA.id }, data: { supportStaffQuota: 12 } });
    const keuangan = await factory.createSection(regencyA.id, { staffQuota: 3 });
    const hukum = await factory.createSection(regencyA.id, { staffQuota: 2 });
    const sekretaris = await factory.createPosition(regencyA.id, {
      title: "Sekretaris",
      level: "ADMINISTRATOR",
    });
    const kasubbag = await factory.createPosition(regencyA.id, { sectionId: keuangan.id });
    const kasubbagHukum = await factory.createPosition(regencyA.id, { sectionId: hukum.id });
    await factory.createPosition(regencyA.id, { title: "Dihapus", abolishedAt: new Date() });
    await factory.createPosition(regencyA.id, {
      title: "Pendukung",
      kind: "SUPPORT",
      level: "SUPPORT",
      quota: 12,
    });
    await factory.assignToPosition((await factory.createOfficial(regencyA.id)).id, sekretaris);
    await factory.assignToPosition(
      (await factory.createOfficial(regencyA.id, { sectionId: keuangan.id })).id,
      kasubbag,
    );
    await factory.assignToPosition(
      (await factory.createOfficial(regencyA.id, { sectionId: hukum.id })).id,
      kasubbagHukum,
      { endDate: new Date("2025-01-01") },
    );
    await factory.createOfficial(regencyA.id, { sectionId: keuangan.id, employmentType: "PPPK" });
    await factory.createOfficial(regencyA.id, { sectionId: hukum.id, status: "RETIRED" });
    for (let i = 0; i < 11; i += 1) await factory.createOfficial(regencyA.id, { employmentType: "NON_ASN" });

    const postures = await loadPostures(
      prisma,
      [province.id, regencyA.id, regencyB.id],
      todayInZone("Asia/Makassar"),
    );
    expect(postures.map((p) => p.unit.id).sort()).toEqual([province.id, regencyA.id, regencyB.id].sort());
    const a = postures.find((p) => p.unit.id === regencyA.id)!.posture;
    expect(a.structural).toMatchObject({
      total: 3,
      filled: 2,
      complete: false,
      vacant: [{ id: kasubbagHukum.id }],
    });
    // The former Kasubbag Hukum is still an active official in Hukum: the post is vacant, the staff count is not.
    expect(a.asn).toMatchObject({ staff: 4, quota: 6, shortfall: 2, unsectioned: { staff: 1, quota: 1 } });
    expect(a.asn.sections.map((s) => [s.name, s.staff, s.quota])).toEqual(
      expect.arrayContaining([
        [keuangan.name, 2, 3],
        [hukum.name, 1, 2],
      ]),
    );
    expect(a.support).toEqual({ staff: 11, quota: 12, shortfall: 1, excess: 0 });
    const b = postures.find((p) => p.unit.id === regencyB.id)!.posture;
    expect(b).toMatchObject({
      structural: { total: 0, complete: true },
      asn: { staff: 0, quota: 0 },
      support: { staff: 0 },
    });

    // A national scope reads "all" with no unit condition: every unit, with the postures their ids listed give.
    // Other test files write units and officials meanwhile, so the figures are compared on this test's units.
    const activeUnitIds = async () =>
      (await prisma.workUnit.findMany({ where: { deactivatedAt: null }, select: { id: true } })).map(
        (unit) => unit.id,
      );
    const today = todayInZone("Asia/Makassar");
    const byUnit = (list: Awaited<ReturnType<typeof loadPostures>>) =>
      new Map(list.map(({ unit, posture }) => [unit.id, posture]));
    const before = await activeUnitIds();
    const everyUnit = byUnit(await loadPostures(prisma, "all", today));
    const after = new Set(await activeUnitIds());
    // Every unit active before and after the read is in it.
    expect(before.filter((id) => after.has(id) && !everyUnit.has(id))).toEqual([]);
    const ours = [province.id, regencyA.id, regencyB.id];
    const listed = byUnit(await loadPostures(prisma, ours, today));
    for (const id of ours) expect(everyUnit.get(id), id).toEqual(listed.get(id));
    expect(everyUnit.get(regencyA.id)).toEqual(a);
  });
});

import { describe, expect, it } from "vitest";
import { z } from "zod";
import { defineMutation } from "@/lib/actions/mutation";
import { DomainError, StaleRecordError } from "@/lib/actions/errors";
import { prisma } from "@/lib/db/client";
import { createProvinceWithRegencies, createUser, currentUser } from "./db-utils";

/** A small real mutation: rename a unit, with the version check people's edits use. */
const renameUnit = defineMutation({
  action: "unit.manage",
  schema: z.object({ id: z.string(), name: z.string().trim().min(3), version: z.coerce.number().int() }),
  async run({ tx, input, authorize, audit }) {
    const before = await tx.workUnit.findUniqueOrThrow({ where: { id: input.id } });
    authorize({ unitId: before.id });
    if (before.version !== input.version) throw new StaleRecordError(["name"]);
    if (input.name === "Terlarang") throw new DomainError("nameNotAllowed", {}, "name");
    const after = await tx.workUnit.update({
      where: { id: input.id, version: input.version },
      data: { name: input.name, version: { increment: 1 } },
    });
    await audit({
      action: "unit.rename",
      entityType: "WorkUnit",
      entityId: after.id,
      unitId: after.id,
      before,
      after,
    });
    if (input.name === "Gagal Setelah Audit") throw new Error("boom");
    return after;
  },
});

const forgetsAudit = defineMutation({
  action: "unit.manage",
  schema: z.object({ id: z.string() }),
  async run({ tx, input, authorize }) {
    authorize({ unitId: input.id });
    return tx.workUnit.update({ where: { id: input.id }, data: { address: "lupa audit" } });
  },
});

const forgetsAuthorize = defineMutation({
  action: "unit.manage",
  schema: z.object({ id: z.string() }),
  async run({ tx, input, audit }) {
    const after = await tx.workUnit.update({ where: { id: input.id }, data: { address: "lupa cakupan" } });
    await audit({
      action: "unit.update",
      entityType: "WorkUnit",
      entityId: after.id,
      unitId: after.id,
      after,
    });
    return after;
  },
});

async function auditCount(entityId: string) {
  return prisma.auditLog.count({ where: { entityId } });
}

describe("defineMutation", () => {
  it("writes the change and its audit entry together", async () => {
    const { province, regencyA } = await createProvinceWithRegencies();
    const user = await currentUser((await createUser({ role: "STAFF", unitId: province.id })).id);
    const result = await renameUnit.execute(user, {
      id: regencyA.id,
      name: "KPU Kabupaten Baru",
      version: "1",
    });
    expect(result).toMatchObject({ ok: true, data: { name: "KPU Kabupaten Baru", version: 2 } });
    const entry = await prisma.auditLog.findFirstOrThrow({ where: { entityId: regencyA.id } });
    expect(entry).toMatchObject({
      action: "unit.rename",
      actorId: user.id,
      actorName: user.displayName,
      unitId: regencyA.id,
    });
    expect(entry.before).toMatchObject({ name: regencyA.name, version: 1 });
    expect(entry.after).toMatchObject({ name: "KPU Kabupaten Baru", version: 2 });
  });

  it("refuses a role without the permission before reading the input", async () => {
    const { province, regencyA } = await createProvinceWithRegencies();
    const viewer = await currentUser((await createUser({ role: "VIEWER", unitId: province.id })).id);
    expect(await renameUnit.execute(viewer, { id: regencyA.id, name: "Apa Saja", version: 1 })).toEqual({
      ok: false,
      code: "forbidden",
    });
    expect(await auditCount(regencyA.id)).toBe(0);
  });

  it("refuses a record outside the user's subtree and changes nothing", async () => {
    const { regencyA, regencyB } = await createProvinceWithRegencies();
    // A regency administrator may manage units, but only their own.
    const admin = await currentUser((await createUser({ role: "ADMINISTRATOR", unitId: regencyA.id })).id);
    const result = await renameUnit.execute(admin, { id: regencyB.id, name: "Diambil Alih", version: 1 });
    // Exactly what an unknown id answers: a regency cannot learn which records exist elsewhere.
    expect(result).toEqual({ ok: false, code: "notFound" });
    expect(await renameUnit.execute(admin, { id: "tidak-ada", name: "Diambil Alih", version: 1 })).toEqual(
      result,
    );
    expect((await prisma.workUnit.findUniqueOrThrow({ where: { id: regencyB.id } })).name).toBe(
      regencyB.name,
    );
    expect(await auditCount(regencyB.id)).toBe(0);
  });

  it("returns field errors as catalogue keys", async () => {
    const { province } = await createProvinceWithRegencies();
    const user = await currentUser((await createUser({ role: "STAFF", unitId: province.id })).id);
    const result = await renameUnit.execute(user, { id: province.id, name: " x ", version: "satu" });
    expect(result).toEqual({
      ok: false,
      code: "validation",
      fieldErrors: { name: [{ key: "tooShort", params: { minimum: 3 } }], version: [{ key: "invalid" }] },
    });
  });

  it("refuses a stale version: the second of two editors is told, not silently overwritten", async () => {
    const { province, regencyA } = await createProvinceWithRegencies();
    const user = await currentUser((await createUser({ role: "STAFF", unitId: province.id })).id);
    expect((await renameUnit.execute(user, { id: regencyA.id, name: "Edit Pertama", version: 1 })).ok).toBe(
      true,
    );
    const second = await renameUnit.execute(user, { id: regencyA.id, name: "Edit Kedua", version: 1 });
    expect(second).toEqual({ ok: false, code: "conflict", changedFields: ["name"] });
    expect((await prisma.workUnit.findUniqueOrThrow({ where: { id: regencyA.id } })).name).toBe(
      "Edit Pertama",
    );
  });

  it("maps domain refusals to a reason and field", async () => {
    const { province } = await createProvinceWithRegencies();
    const user = await currentUser((await createUser({ role: "STAFF", unitId: province.id })).id);
    expect(await renameUnit.execute(user, { id: province.id, name: "Terlarang", version: 1 })).toEqual({
      ok: false,
      code: "domain",
      reason: "nameNotAllowed",
      params: {},
      field: "name",
    });
  });

  it("rolls back the change and its audit entry when anything later fails", async () => {
    const { province, regencyA } = await createProvinceWithRegencies();
    const user = await currentUser((await createUser({ role: "STAFF", unitId: province.id })).id);
    await expect(
      renameUnit.execute(user, { id: regencyA.id, name: "Gagal Setelah Audit", version: 1 }),
    ).rejects.toThrow("boom");
    expect((await prisma.workUnit.findUniqueOrThrow({ where: { id: regencyA.id } })).name).toBe(
      regencyA.name,
    );
    expect(await auditCount(regencyA.id)).toBe(0);
  });

  it("does not commit a change that wrote no audit entry", async () => {
    const { province } = await createProvinceWithRegencies();
    const user = await currentUser((await createUser({ role: "ADMINISTRATOR", unitId: province.id })).id);
    await expect(forgetsAudit.execute(user, { id: province.id })).rejects.toThrow(/no audit entry/);
    expect((await prisma.workUnit.findUniqueOrThrow({ where: { id: province.id } })).address).toBeNull();
  });

  it("does not commit a change that never authorised the record it touched", async () => {
    const { province, regencyA } = await createProvinceWithRegencies();
    // A regency administrator has the role for unit.manage, so only the forgotten scope check would stop it.
    const admin = await currentUser((await createUser({ role: "ADMINISTRATOR", unitId: regencyA.id })).id);
    await expect(forgetsAuthorize.execute(admin, { id: province.id })).rejects.toThrow(/before authorising/);
    expect(await auditCount(province.id)).toBe(0);
    expect((await prisma.workUnit.findUniqueOrThrow({ where: { id: province.id } })).address).toBeNull();
  });
});

/** Writes, then outlasts its own transaction's timeout, as an import on an overloaded server could. */
const outlastsItsTimeout = defineMutation({
  action: "unit.manage",
  schema: z.object({ id: z.string() }),
  timeout: 200,
  async run({ tx, input, authorize, audit }) {
    authorize({ unitId: input.id });
    const after = await tx.workUnit.update({ where: { id: input.id }, data: { address: "terlambat" } });
    await audit({
      action: "unit.update",
      entityType: "WorkUnit",
      entityId: after.id,
      unitId: after.id,
      after,
    });
    await new Promise((resolve) => setTimeout(resolve, 600));
    return tx.workUnit.findUniqueOrThrow({ where: { id: input.id } });
  },
});

describe("a transaction past its timeout", () => {
  it("answers 'busy, try again' instead of a crash, and nothing is written", async () => {
    const { province } = await createProvinceWithRegencies();
    const admin = await currentUser((await createUser({ role: "ADMINISTRATOR", unitId: province.id })).id);
    const result = await outlastsItsTimeout.execute(admin, { id: province.id });
    expect(result).toEqual({ ok: false, code: "domain", reason: "busy", params: {} });
    expect((await prisma.workUnit.findUniqueOrThrow({ where: { id: province.id } })).address).toBeNull();
    expect(await auditCount(province.id)).toBe(0);
  });
});

describe("scope", () => {
  it("a province user's scope is the province and its regencies; a regency user's only their own", async () => {
    const { province, regencyA, regencyB } = await createProvinceWithRegencies();
    const provincial = await currentUser((await createUser({ role: "SECRETARY", unitId: province.id })).id);
    const regency = await currentUser((await createUser({ role: "SECRETARY", unitId: regencyA.id })).id);
    expect(provincial.scopeUnitIds).toEqual(new Set([province.id, regencyA.id, regencyB.id]));
    expect(regency.scopeUnitIds).toEqual(new Set([regencyA.id]));
  });

  it("a deactivated user has no session user", async () => {
    const { province } = await createProvinceWithRegencies();
    const user = await createUser({ role: "STAFF", unitId: province.id, active: false });
    await expect(currentUser(user.id)).rejects.toThrow(/not active/);
  });
});

import { describe, expect, it } from "vitest";
import { loadCurrentUser } from "@/lib/auth/load-current-user";
import { prisma } from "@/lib/db/client";
import { createProvinceWithRegencies, createUnit, createUser } from "./db-utils";

/** A Plh. designation of `userId` at `unitId` for one day, 2026-12-02. */
async function designateFor2December(
  userId: string,
  unitId: string,
  designatedById: string,
  cancelled = false,
) {
  await prisma.actingDesignation.create({
    data: {
      unitId,
      userId,
      kind: "PLH",
      startDate: new Date("2026-12-02T00:00:00Z"),
      endDate: new Date("2026-12-02T00:00:00Z"),
      designatedById,
      ...(cancelled ? { cancelledAt: new Date() } : {}),
    },
  });
}

describe("the signed-in user, read in one statement", () => {
  it("has the home unit and its scope: the unit and every unit below it", async () => {
    const { province, regencyA, regencyB } = await createProvinceWithRegencies();
    const secretary = await createUser({ role: "SECRETARY", unitId: province.id, officialId: null });
    const user = await loadCurrentUser(prisma, secretary.id, { sessionVersion: secretary.sessionVersion });
    expect(user).toEqual({
      id: secretary.id,
      username: secretary.username,
      displayName: secretary.displayName,
      role: "SECRETARY",
      unit: {
        id: province.id,
        code: province.code,
        name: province.name,
        shortName: province.shortName,
        level: "PROVINCE",
        timeZone: province.timeZone,
      },
      officialId: null,
      scopeUnitIds: new Set([province.id, regencyA.id, regencyB.id]),
    });
    const regency = await createUser({ role: "SECRETARY", unitId: regencyA.id });
    expect((await loadCurrentUser(prisma, regency.id))?.scopeUnitIds).toEqual(new Set([regencyA.id]));
  });

  it("is nobody when unknown, deactivated, or signed in before the account's sessions were ended", async () => {
    const { province } = await createProvinceWithRegencies();
    const staff = await createUser({ role: "STAFF", unitId: province.id });
    expect(await loadCurrentUser(prisma, "no-such-user")).toBeNull();
    expect(await loadCurrentUser(prisma, staff.id, { sessionVersion: staff.sessionVersion + 1 })).toBeNull();
    await prisma.user.update({ where: { id: staff.id }, data: { active: false } });
    expect(await loadCurrentUser(prisma, staff.id)).toBeNull();
  });

  it("acts as Plh. Sekretaris on the designated day of the home unit's clock only", async () => {
    const { province } = await createProvinceWithRegencies();
    // WITA is UTC+8: 2 December there runs from 16:00Z on the 1st to 16:00Z on the 2nd.
    const wita = await createUnit({ parent: province, timeZone: "Asia/Makassar" });
    const secretary = await createUser({ role: "SECRETARY", unitId: wita.id });
    const staff = await createUser({ role: "STAFF", unitId: wita.id, mustChangePassword: true });
    await designateFor2December(staff.id, wita.id, secretary.id);
    const at = async (instant: string) => loadCurrentUser(prisma, staff.id, undefined, new Date(instant));

    expect(await at("2026-12-01T15:59:00Z")).toMatchObject({ role: "STAFF" });
    expect(await at("2026-12-01T15:59:00Z")).not.toHaveProperty("acting");
    expect(await at("2026-12-01T16:00:00Z")).toMatchObject({
      role: "SECRETARY",
      acting: { kind: "PLH" },
      mustChangePassword: true,
    });
    expect(await at("2026-12-02T15:59:00Z")).toMatchObject({ role: "SECRETARY", acting: { kind: "PLH" } });
    expect(await at("2026-12-02T16:00:00Z")).toMatchObject({ role: "STAFF" });
  });

  it("does not act on a cancelled designation, one at another unit, or as an administrator", async () => {
    const { province, regencyA } = await createProvinceWithRegencies();
    const secretary = await createUser({ role: "SECRETARY", unitId: province.id });
    const cancelled = await createUser({ role: "VIEWER", unitId: province.id });
    await designateFor2December(cancelled.id, province.id, secretary.id, true);
    const elsewhere = await createUser({ role: "STAFF", unitId: province.id });
    await designateFor2December(elsewhere.id, regencyA.id, secretary.id);
    const administrator = await createUser({ role: "ADMINISTRATOR", unitId: province.id });
    await designateFor2December(administrator.id, province.id, secretary.id);
    const viewer = await createUser({ role: "VIEWER", unitId: province.id });
    await designateFor2December(viewer.id, province.id, secretary.id);

    const noon = new Date("2026-12-02T04:00:00Z");
    const load = (id: string) => loadCurrentUser(prisma, id, undefined, noon);
    expect(await load(cancelled.id)).toMatchObject({ role: "VIEWER" });
    expect(await load(elsewhere.id)).toMatchObject({ role: "STAFF" });
    expect(await load(administrator.id)).toMatchObject({ role: "ADMINISTRATOR" });
    expect(await load(administrator.id)).not.toHaveProperty("acting");
    expect(await load(viewer.id)).toMatchObject({ role: "SECRETARY", acting: { kind: "PLH" } });
  });
});

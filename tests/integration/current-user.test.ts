import pg from "pg";
import { describe, expect, it } from "vitest";
import { loadCurrentUser } from "@/lib/auth/load-current-user";
import { createPrismaClient, prisma } from "@/lib/db/client";
import { createMigratedDatabase } from "../support/scratch-database";
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

// Its own database, set to a zone other than UTC, as an Indonesian server may well be.
describe("a database server set to Asia/Jakarta", () => {
  it("is spoken to in UTC: instants are stored as given and the designation's day stays the unit's", async () => {
    const database = await createMigratedDatabase("sek_jakarta");
    const name = new URL(database.url).pathname.slice(1);
    const plain = new pg.Client({ connectionString: database.url });
    await plain.connect();
    await plain.query(`ALTER DATABASE "${name}" SET timezone TO 'Asia/Jakarta'`);
    const db = createPrismaClient(database.url, 1);
    try {
      const other = new pg.Client({ connectionString: database.url });
      await other.connect();
      expect((await other.query("SHOW timezone")).rows).toEqual([{ TimeZone: "Asia/Jakarta" }]);
      await other.end();
      expect(await db.$queryRaw`SHOW timezone`).toEqual([{ TimeZone: "UTC" }]);

      const unit = await db.workUnit.create({
        data: { id: "wita", code: "wita", name: "WITA", shortName: "WITA", level: "PROVINCE" },
      });
      const user = (role: "SECRETARY" | "STAFF") =>
        db.user.create({
          data: { username: `tz.${role}`, displayName: role, passwordHash: "x", role, unitId: unit.id },
        });
      const secretary = await user("SECRETARY");
      const staff = await user("STAFF");
      const designation = await db.actingDesignation.create({
        data: {
          unitId: unit.id,
          userId: staff.id,
          kind: "PLT",
          startDate: new Date("2026-12-02T00:00:00Z"),
          endDate: new Date("2026-12-02T00:00:00Z"),
          designatedById: secretary.id,
          cancelledAt: new Date("2027-01-01T00:00:00Z"),
        },
      });
      const stored = await plain.query(
        `SELECT ("cancelledAt" AT TIME ZONE 'UTC')::text AS utc FROM acting_designation WHERE id = $1`,
        [designation.id],
      );
      expect(stored.rows).toEqual([{ utc: "2027-01-01 00:00:00" }]);

      await db.actingDesignation.update({ where: { id: designation.id }, data: { cancelledAt: null } });
      const at = (instant: string) => loadCurrentUser(db, staff.id, undefined, new Date(instant));
      expect(await at("2026-12-01T15:59:00Z")).toMatchObject({ role: "STAFF" });
      expect(await at("2026-12-01T16:00:00Z")).toMatchObject({ role: "SECRETARY", acting: { kind: "PLT" } });
      expect(await at("2026-12-02T16:00:00Z")).toMatchObject({ role: "STAFF" });
    } finally {
      await plain.end();
      await db.$disconnect();
      await database.drop();
    }
  });
});

import { describe, expect, it } from "vitest";
import { inScope, unitsInScope } from "@/lib/auth/scope";
import { loadCurrentUser } from "@/lib/auth/load-current-user";
import { inScopeSql, loadScope } from "@/lib/auth/scope-sql";
import { createPrismaClient } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import type { CurrentUser } from "@/lib/auth/types";
import { publishedNewsWhere } from "@/lib/news/visibility";
import { createMigratedDatabase } from "../support/scratch-database";

// Its own database: whether a scope is "every unit" depends on every unit there is, which the shared test
// database (units of every test file) never settles.
describe("a scope that covers every unit", () => {
  it("is the national unit's while every unit lies in its tree, never a province's", async () => {
    const database = await createMigratedDatabase("sek_scope");
    const db = createPrismaClient(database.url, 1);
    try {
      const unit = (id: string, level: "NATIONAL" | "PROVINCE" | "REGENCY_CITY", parentId: string | null) =>
        db.workUnit.create({ data: { id, code: id, name: id, shortName: id, level, parentId } });
      await unit("ri", "NATIONAL", null);
      await unit("ntb", "PROVINCE", "ri");
      await unit("sumbawa", "REGENCY_CITY", "ntb");

      const national = await loadScope(db, "ri");
      expect(national).toEqual({ unitIds: new Set(["ri", "ntb", "sumbawa"]), coversAllUnits: true });
      // The signed-in user's scope is read with the user, by the same rule.
      const account = (unitId: string) =>
        db.user.create({
          data: {
            username: `admin.${unitId}`,
            displayName: unitId,
            passwordHash: "x",
            role: "ADMINISTRATOR",
            unitId,
          },
        });
      const nationalAdmin = await loadCurrentUser(db, (await account("ri")).id);
      expect(nationalAdmin).toMatchObject({ scopeUnitIds: national.unitIds, scopeCoversAllUnits: true });
      const provincialAdmin = await loadCurrentUser(db, (await account("ntb")).id);
      expect(provincialAdmin?.scopeUnitIds).toEqual(new Set(["ntb", "sumbawa"]));
      expect(provincialAdmin).not.toHaveProperty("scopeCoversAllUnits");
      await db.user.deleteMany({ where: { username: { in: ["admin.ri", "admin.ntb"] } } });
      expect(await loadScope(db, "ntb")).toEqual({
        unitIds: new Set(["ntb", "sumbawa"]),
        coversAllUnits: false,
      });

      await unit("lepas", "PROVINCE", null);
      expect((await loadScope(db, "ri")).coversAllUnits).toBe(false);
      // A province with no national unit above it, alone with its regency, covers every unit there is, yet its scope
      // lists its units: a unit made after the scope was read must stay out of it.
      await db.workUnit.deleteMany({ where: { id: { in: ["lepas", "sumbawa", "ntb", "ri"] } } });
      await unit("ntb", "PROVINCE", null);
      await unit("sumbawa", "REGENCY_CITY", "ntb");
      expect(await loadScope(db, "ntb")).toEqual({
        unitIds: new Set(["ntb", "sumbawa"]),
        coversAllUnits: false,
      });
    } finally {
      await db.$disconnect();
      await database.drop();
    }
  });

  it("needs no unit condition; any other scope lists its units", () => {
    const all = { scopeUnitIds: new Set(["ri", "ntb"]), scopeCoversAllUnits: true as const };
    const some = { scopeUnitIds: new Set(["ntb", "sumbawa"]) };
    expect(inScope(all)).toEqual({});
    expect(unitsInScope(all)).toEqual({});
    expect(inScopeSql(all, Prisma.sql`o."unitId"`).sql).toBe("TRUE");
    expect(inScope(some)).toEqual({ unitId: { in: ["ntb", "sumbawa"] } });
    expect(unitsInScope(some)).toEqual({ id: { in: ["ntb", "sumbawa"] } });
    expect(inScopeSql(some, Prisma.sql`o."unitId"`).values).toEqual([["ntb", "sumbawa"]]);

    // Published news: every unit's, or the scope's and the units above it.
    const reader = {
      id: "u",
      role: "VIEWER" as const,
      unit: { id: "ntb", level: "PROVINCE" } as CurrentUser["unit"],
    };
    expect(publishedNewsWhere({ ...reader, ...all }, new Set())).toEqual({ status: "PUBLISHED" });
    expect(publishedNewsWhere({ ...reader, ...some }, new Set(["ri"]))).toEqual({
      status: "PUBLISHED",
      unitId: { in: ["ntb", "sumbawa", "ri"] },
    });
  });
});

import { describe, expect, it } from "vitest";
import { listUnitsForList } from "@/lib/units/list-queries";
import * as factory from "./db-utils";

/** A national unit with two provinces of two regencies each, and a user at the national unit. */
async function nationalWorld() {
  const nation = await factory.createUnit({ level: "NATIONAL" });
  const provinces = await Promise.all([0, 1].map(() => factory.createUnit({ parent: nation })));
  const regencies = await Promise.all(
    provinces.flatMap((province) => [0, 1].map(() => factory.createUnit({ parent: province }))),
  );
  const user = await factory.currentUser(
    (await factory.createUser({ role: "VIEWER", unitId: nation.id })).id,
  );
  return { nation, provinces, regencies, user };
}

const codes = (rows: { code: string }[]) => rows.map((row) => row.code).sort();

describe("the unit list (/satuan-kerja)", () => {
  it("shows a national user the national unit and the provinces, not the regencies", async () => {
    const { nation, provinces, user } = await nationalWorld();
    const rows = await listUnitsForList(user);
    expect(codes(rows)).toEqual(codes([nation, ...provinces]));
    expect(rows.find((row) => row.id === provinces[0]!.id)!._count.children).toBe(2);
  });

  it("unfolds one province: its regencies only", async () => {
    const { nation, provinces, regencies, user } = await nationalWorld();
    const [first] = provinces;
    const own = regencies.filter((unit) => unit.parentId === first!.id);
    expect(own).toHaveLength(2);
    const rows = await listUnitsForList(user, first!.code);
    expect(codes(rows)).toEqual(codes([nation, ...provinces, ...own]));
    // A regency's code or an unknown code unfolds nothing.
    expect(codes(await listUnitsForList(user, own[0]!.code))).toEqual(codes([nation, ...provinces]));
    expect(codes(await listUnitsForList(user, "99999"))).toEqual(codes([nation, ...provinces]));
  });

  it("shows a provincial user the whole province as before, and a regency user their unit", async () => {
    const { province, regencyA, regencyB } = await factory.createProvinceWithRegencies();
    const secretary = await factory.currentUser(
      (await factory.createUser({ role: "VIEWER", unitId: province.id })).id,
    );
    expect(codes(await listUnitsForList(secretary))).toEqual(codes([province, regencyA, regencyB]));
    expect(codes(await listUnitsForList(secretary, province.code))).toEqual(
      codes([province, regencyA, regencyB]),
    );
    const clerk = await factory.currentUser(
      (await factory.createUser({ role: "VIEWER", unitId: regencyA.id })).id,
    );
    expect(codes(await listUnitsForList(clerk))).toEqual([regencyA.code]);
  });
});

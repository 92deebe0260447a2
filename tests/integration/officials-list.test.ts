import ExcelJS from "exceljs";
import Papa from "papaparse";
import { beforeAll, describe, expect, it } from "vitest";
import type { CurrentUser } from "@/lib/auth/types";
import { prisma } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { EXPORT_COLUMNS } from "@/lib/officials/export";
import { exportResponse } from "@/lib/officials/export-download";
import { parseListParams, SORT_KEYS } from "@/lib/officials/list-params";
import { sortNameOf } from "@/lib/officials/names";
import { listUnitsInScope, loadUnitFilterChoices } from "@/lib/units/queries";
import type { Region } from "@/lib/units/regions";
import { unitFilterChoices } from "@/lib/units/unit-filter";
import { composeNip, formatNip } from "@/lib/officials/nip";
import { exportOfficialBatches, listOfficials } from "@/lib/officials/queries";
import {
  createOfficial,
  createPosition,
  createProvinceWithRegencies,
  createSection,
  createUnit,
  createUser,
  currentUser,
} from "./db-utils";

/** A valid NIP no other test file will have made: a random birth date and sequence. */
function randomNip(gender: "MALE" | "FEMALE" = "MALE"): string {
  const birthDate = new Date(
    Date.UTC(
      1960 + Math.floor(Math.random() * 35),
      Math.floor(Math.random() * 12),
      1 + Math.floor(Math.random() * 28),
    ),
  );
  const serviceStart = { year: birthDate.getUTCFullYear() + 25, month: 3 };
  return composeNip({ birthDate, serviceStart, gender, sequence: 1 + Math.floor(Math.random() * 999) });
}

function official(unitId: string, name: string, data: Partial<Prisma.OfficialUncheckedCreateInput> = {}) {
  return createOfficial(unitId, { name, sortName: sortNameOf(name), ...data });
}

async function names(user: CurrentUser, query: Record<string, string>) {
  const list = await listOfficials(user, parseListParams(query));
  return list.rows.map((row) => row.name);
}

let fixture: Awaited<ReturnType<typeof createFixture>>;

async function createFixture() {
  const { province, regencyA, regencyB } = await createProvinceWithRegencies();
  const [legal, finance] = [await createSection(regencyA.id), await createSection(regencyA.id)];
  const suhardiNip = randomNip();
  const suhardi = await official(regencyA.id, "Dr. H. Suhardi Soud, S.H., M.H.", {
    nip: suhardiNip,
    rank: "IV_A",
    sectionId: legal.id,
    gender: "MALE",
  });
  const nurul = await official(regencyA.id, "Baiq Nurul Aini, S.E.", {
    nip: randomNip("FEMALE"),
    rank: "III_B",
    sectionId: finance.id,
  });
  const fauzi = await official(regencyA.id, "Ahmad Fauzi", {
    employmentType: "PPPK",
    rank: "PPPK_IX",
    sectionId: legal.id,
  });
  const sukri = await official(regencyA.id, "Sukri", { employmentType: "NON_ASN" });
  const hamdan = await official(regencyA.id, "Drs. Hamdan Rizal", {
    nip: randomNip(),
    rank: "IV_B",
    status: "RETIRED",
  });
  const otherSuhardi = await official(regencyB.id, "Suhardi Mahmud", { nip: randomNip(), rank: "III_A" });
  const zainal = await official(province.id, "Zainal Abidin, S.Sos.", { nip: randomNip(), rank: "IV_C" });
  const users = {
    regencyA: await currentUser((await createUser({ role: "STAFF", unitId: regencyA.id })).id),
    province: await currentUser((await createUser({ role: "VIEWER", unitId: province.id })).id),
  };
  return {
    province,
    regencyA,
    regencyB,
    legal,
    finance,
    suhardi,
    suhardiNip,
    nurul,
    fauzi,
    sukri,
    hamdan,
    otherSuhardi,
    zainal,
    users,
  };
}

beforeAll(async () => {
  fixture = await createFixture();
});

describe("the officials list's scope", () => {
  it("shows a regency user only its own unit's officials", async () => {
    const { users } = fixture;
    expect(await names(users.regencyA, {})).toEqual([
      "Ahmad Fauzi",
      "Baiq Nurul Aini, S.E.",
      "Dr. H. Suhardi Soud, S.H., M.H.",
      "Sukri",
    ]);
    expect(await names(users.regencyA, { q: "suhardi" })).toEqual(["Dr. H. Suhardi Soud, S.H., M.H."]);
    expect(await names(users.regencyA, { q: "zainal", status: "all" })).toEqual([]);
  });

  it("ignores a unit filter outside the scope instead of showing that unit", async () => {
    const { users, regencyB } = fixture;
    const list = await listOfficials(users.regencyA, parseListParams({ unit: regencyB.code }));
    expect(list.filters.unit).toBeNull();
    expect(list.rows.map((row) => row.name)).not.toContain("Suhardi Mahmud");
  });

  it("shows a province user the province and its regencies", async () => {
    expect(await names(fixture.users.province, { q: "suhardi" })).toEqual([
      "Suhardi Mahmud",
      "Dr. H. Suhardi Soud, S.H., M.H.",
    ]);
    expect(await names(fixture.users.province, { q: "zainal" })).toEqual(["Zainal Abidin, S.Sos."]);
  });
});

describe("filtering a national list by region", () => {
  async function nationalWorld() {
    const nation = await createUnit({ level: "NATIONAL" });
    const [east, west] = [await createUnit({ parent: nation }), await createUnit({ parent: nation })];
    const [eastRegency, westRegency] = [
      await createUnit({ parent: east }),
      await createUnit({ parent: west }),
    ];
    await official(nation.id, "Rina Pusat Wilayah");
    await official(east.id, "Rudi Timur Wilayah");
    await official(eastRegency.id, "Rosa Timur Kabupaten Wilayah");
    await official(westRegency.id, "Raka Barat Kabupaten Wilayah");
    const user = await currentUser((await createUser({ role: "VIEWER", unitId: nation.id })).id);
    return { nation, east, west, eastRegency, westRegency, user };
  }
  const search = { q: "wilayah" };

  it("shows a province with the units below it, or the national unit alone", async () => {
    const { nation, east, eastRegency, user } = await nationalWorld();
    expect(await names(user, search)).toHaveLength(4);
    const byEast = await listOfficials(user, parseListParams({ ...search, region: east.code }));
    expect(byEast.filters.region).toMatchObject({ code: east.code });
    expect(new Set(byEast.filters.region!.unitIds)).toEqual(new Set([east.id, eastRegency.id]));
    expect(byEast.rows.map((row) => row.name)).toEqual([
      "Rosa Timur Kabupaten Wilayah",
      "Rudi Timur Wilayah",
    ]);
    expect(await names(user, { ...search, region: nation.code })).toEqual(["Rina Pusat Wilayah"]);
    // The same through the unit order and the export's SQL.
    expect(await names(user, { ...search, region: east.code, sort: "unit" })).toHaveLength(2);
    const exported = [];
    for await (const batch of exportOfficialBatches(user, parseListParams({ ...search, region: east.code })))
      exported.push(...batch);
    expect(exported.map((row) => row.id).sort()).toEqual(byEast.rows.map((row) => row.id).sort());
  });

  it("drops a unit outside the chosen region, and a region outside the scope or below province level", async () => {
    const { east, west, eastRegency, westRegency, user } = await nationalWorld();
    const mismatched = await listOfficials(
      user,
      parseListParams({ region: east.code, unit: westRegency.code }),
    );
    expect(mismatched.filters.unit).toBeNull();
    expect(mismatched.filters.region?.code).toBe(east.code);
    const matched = await listOfficials(user, parseListParams({ region: east.code, unit: eastRegency.code }));
    expect(matched.filters.unit?.code).toBe(eastRegency.code);
    expect(matched.rows.map((row) => row.name)).toEqual(["Rosa Timur Kabupaten Wilayah"]);
    const regency = await listOfficials(user, parseListParams({ region: eastRegency.code }));
    expect(regency.filters.region).toBeNull();
    // A unit without a region (a link from before regions) brings its own, so the form shows what is applied.
    const linked = await listOfficials(user, parseListParams({ unit: eastRegency.code }));
    expect(linked.filters.region?.code).toBe(east.code);
    expect(linked.filters.unit?.code).toBe(eastRegency.code);
    // A province user may not narrow to another province's region: no filter, and nothing of it shown.
    const provinceUser = await currentUser((await createUser({ role: "VIEWER", unitId: east.id })).id);
    const foreign = await listOfficials(provinceUser, parseListParams({ ...search, region: west.code }));
    expect(foreign.filters.region).toBeNull();
    expect(foreign.rows.map((row) => row.name)).toEqual([
      "Rosa Timur Kabupaten Wilayah",
      "Rudi Timur Wilayah",
    ]);
  });

  it("offers the same choices from the regions and the chosen region's units as from every unit in scope", async () => {
    const { nation, east, west, eastRegency, user } = await nationalWorld();
    const everyUnit = async (who: CurrentUser, region: Region | null) =>
      unitFilterChoices(await listUnitsInScope(who), region);
    const none = await loadUnitFilterChoices(user, null);
    expect(none.regions?.map((region) => region.code).sort()).toEqual(
      [nation.code, east.code, west.code].sort(),
    );
    expect(none).toEqual({ ...(await everyUnit(user, null)), units: [], unitsAvailable: false });
    for (const code of [east.code, west.code, nation.code]) {
      const { region } = (await listOfficials(user, parseListParams({ region: code }))).filters;
      expect(region?.code).toBe(code);
      expect(await loadUnitFilterChoices(user, region)).toEqual(await everyUnit(user, region));
    }
    const { region: eastRegion } = (await listOfficials(user, parseListParams({ region: east.code })))
      .filters;
    expect((await loadUnitFilterChoices(user, eastRegion)).units.map((unit) => unit.code).sort()).toEqual(
      [east.code, eastRegency.code].sort(),
    );
    // A province's scope is one region: all its units, as before.
    const provinceUser = await currentUser((await createUser({ role: "VIEWER", unitId: east.id })).id);
    const province = await loadUnitFilterChoices(provinceUser, null);
    expect(province.regions).toBeUndefined();
    expect(province).toEqual(await everyUnit(provinceUser, null));
    expect(province.units).toHaveLength(2);
  });
});

describe("searching the officials list", () => {
  it.each([
    ["suhardi"],
    ["SUHARDI"],
    ["Dr. Suhardi"],
    ["soud suhardi"],
    ["Suhardi Soud, S.H."],
    ["  hardi  so "],
  ])("finds the titled name by %j", async (q) => {
    expect(await names(fixture.users.regencyA, { q })).toEqual(["Dr. H. Suhardi Soud, S.H., M.H."]);
  });

  it("finds a NIP typed whole, grouped or in part", async () => {
    const { suhardiNip, users } = fixture;
    const grouped = formatNip(suhardiNip);
    for (const q of [
      suhardiNip,
      grouped,
      grouped.slice(0, 15),
      suhardiNip.slice(4, 14),
      ` ${grouped.slice(9)} `,
    ]) {
      expect(await names(users.regencyA, { q }), q).toEqual(["Dr. H. Suhardi Soud, S.H., M.H."]);
    }
  });

  it("treats LIKE wildcards as plain characters", async () => {
    expect(await names(fixture.users.regencyA, { q: "%" })).toEqual([]);
    expect(await names(fixture.users.regencyA, { q: "_" })).toEqual([]);
  });
});

describe("filtering the officials list", () => {
  it("by unit", async () => {
    const { users, regencyB } = fixture;
    expect(await names(users.province, { unit: regencyB.code })).toEqual(["Suhardi Mahmud"]);
  });

  it("by section of the chosen unit, ignoring a section of another unit", async () => {
    const { users, regencyA, regencyB, legal } = fixture;
    expect(await names(users.province, { unit: regencyA.code, section: legal.id })).toEqual([
      "Ahmad Fauzi",
      "Dr. H. Suhardi Soud, S.H., M.H.",
    ]);
    expect(await names(users.province, { unit: regencyB.code, section: legal.id })).toEqual([
      "Suhardi Mahmud",
    ]);
    // A one-unit scope needs no unit choice.
    expect(await names(users.regencyA, { section: fixture.finance.id })).toEqual(["Baiq Nurul Aini, S.E."]);
  });

  it("by rank and by employment type", async () => {
    const { users } = fixture;
    expect(await names(users.regencyA, { rank: "PPPK_IX" })).toEqual(["Ahmad Fauzi"]);
    expect(await names(users.regencyA, { type: "NON_ASN" })).toEqual(["Sukri"]);
    expect(await names(users.regencyA, { type: "PNS" })).toEqual([
      "Baiq Nurul Aini, S.E.",
      "Dr. H. Suhardi Soud, S.H., M.H.",
    ]);
  });

  it("by status, active by default", async () => {
    const { users } = fixture;
    expect(await names(users.regencyA, { q: "hamdan" })).toEqual([]);
    expect(await names(users.regencyA, { q: "hamdan", status: "RETIRED" })).toEqual(["Drs. Hamdan Rizal"]);
    expect(await names(users.regencyA, { status: "all" })).toHaveLength(5);
  });
});

describe("sorting the officials list", () => {
  it("by name either way", async () => {
    const { users } = fixture;
    expect(await names(users.regencyA, { dir: "desc" })).toEqual([
      "Sukri",
      "Dr. H. Suhardi Soud, S.H., M.H.",
      "Baiq Nurul Aini, S.E.",
      "Ahmad Fauzi",
    ]);
  });

  it("by NIP and by rank, with those who have none last", async () => {
    const { users, suhardi, nurul } = fixture;
    const byNip = [suhardi, nurul].sort((a, b) => a.nip!.localeCompare(b.nip!)).map((row) => row.name);
    expect(await names(users.regencyA, { sort: "nip" })).toEqual([...byNip, "Ahmad Fauzi", "Sukri"]);
    expect(await names(users.regencyA, { sort: "nip", dir: "desc" })).toEqual([
      ...byNip.reverse(),
      "Ahmad Fauzi",
      "Sukri",
    ]);
    expect(await names(users.regencyA, { sort: "rank" })).toEqual([
      "Baiq Nurul Aini, S.E.",
      "Dr. H. Suhardi Soud, S.H., M.H.",
      "Ahmad Fauzi",
      "Sukri",
    ]);
    // PNS, PPPK and non-ASN keep their blocks; the direction applies within each.
    expect(await names(users.regencyA, { sort: "rank", dir: "desc" })).toEqual([
      "Dr. H. Suhardi Soud, S.H., M.H.",
      "Baiq Nurul Aini, S.E.",
      "Ahmad Fauzi",
      "Sukri",
    ]);
  });

  it("by unit, then by name", async () => {
    const { users, regencyA, regencyB, province } = fixture;
    const list = await listOfficials(users.province, parseListParams({ sort: "unit" }));
    const units = list.rows.map((row) => row.unit.shortName);
    expect(units).toEqual([...units].sort());
    expect(new Set(units)).toEqual(new Set([regencyA.shortName, regencyB.shortName, province.shortName]));
  });
});

describe("paging the officials list", () => {
  it("counts all matches and shows one page of the chosen size, clamped to the last page", async () => {
    const unit = await createUnit({ parent: fixture.province });
    await prisma.official.createMany({
      data: Array.from({ length: 60 }, (_, index) => ({
        name: `Pegawai Halaman ${String(index).padStart(2, "0")}`,
        sortName: `pegawai halaman ${String(index).padStart(2, "0")}`,
        gender: "MALE" as const,
        employmentType: "NON_ASN" as const,
        unitId: unit.id,
      })),
    });
    // The scope is read per request: reload it to include the unit made just now.
    const user = await currentUser((await createUser({ role: "VIEWER", unitId: fixture.province.id })).id);
    const second = await listOfficials(user, parseListParams({ unit: unit.code, size: "25", page: "2" }));
    expect(second).toMatchObject({ total: 60, page: 2, pageCount: 3 });
    expect(second.rows.map((row) => row.name)).toEqual(
      Array.from({ length: 25 }, (_, i) => `Pegawai Halaman ${25 + i}`),
    );
    const beyond = await listOfficials(user, parseListParams({ unit: unit.code, size: "50", page: "9" }));
    expect(beyond).toMatchObject({ total: 60, page: 2, pageCount: 2 });
    expect(beyond.rows).toHaveLength(10);
    const all = await listOfficials(user, parseListParams({ unit: unit.code, size: "100" }));
    expect(all.rows).toHaveLength(60);
  });

  it("counts again, and places a renamed unit again, once the data changes", async () => {
    const tag = `Urut ${Math.random().toString(36).slice(2, 8)}`;
    const province = await createUnit({ level: "PROVINCE", shortName: `${tag} B` });
    const regencyA = await createUnit({ parent: province, shortName: `${tag} C` });
    const regencyB = await createUnit({ parent: province, shortName: `${tag} D` });
    const user = await currentUser((await createUser({ role: "VIEWER", unitId: province.id })).id);
    await official(regencyA.id, "Ani Lestari");
    await official(regencyB.id, "Budi Santoso");
    const byUnit = async () => {
      const list = await listOfficials(user, parseListParams({ sort: "unit" }));
      return { total: list.total, names: list.rows.map((row) => row.name) };
    };
    expect(await byUnit()).toEqual({ total: 2, names: ["Ani Lestari", "Budi Santoso"] });
    // Regency B renamed to come first, and one more official in the province: what was kept no longer holds.
    await prisma.workUnit.update({ where: { id: regencyB.id }, data: { shortName: `${tag} A` } });
    await official(province.id, "Citra Dewi");
    expect(await byUnit()).toEqual({ total: 3, names: ["Budi Santoso", "Citra Dewi", "Ani Lestari"] });
    expect((await listOfficials(user, parseListParams({}))).total).toBe(3);
  });

  it("pages the unit order exactly as one sorted query would, across units and units sharing a name", async () => {
    // A fresh province with four units (two named alike) of 30, 12, 40 and 0 officials: pages of 25 cut through
    // units, start inside one, and span three.
    const province = await createUnit({ level: "PROVINCE" });
    const alike = `KPU Uji Kembar ${province.code}`;
    const units = [
      await createUnit({ parent: province, shortName: `${alike} B` }),
      await createUnit({ parent: province, shortName: alike }),
      await createUnit({ parent: province, shortName: alike }),
      await createUnit({ parent: province, shortName: `${alike} A` }),
    ];
    const sizes = [30, 12, 40, 0];
    await prisma.official.createMany({
      data: units.flatMap((unit, u) =>
        Array.from({ length: sizes[u]! }, (_, index) => ({
          name: `Pegawai Unit ${u} ${(index * 7) % 41}`,
          sortName: `pegawai unit ${(index * 7) % 41}`,
          gender: "FEMALE" as const,
          employmentType: "NON_ASN" as const,
          unitId: unit.id,
        })),
      ),
    });
    const user = await currentUser((await createUser({ role: "VIEWER", unitId: province.id })).id);
    for (const dir of ["asc", "desc"] as const) {
      const expected = await prisma.official.findMany({
        where: { unitId: { in: [...user.scopeUnitIds] } },
        orderBy: [{ unit: { shortName: dir } }, { sortName: "asc" }, { id: "asc" }],
        select: { id: true },
      });
      expect(expected).toHaveLength(82);
      const pages = [];
      for (let page = 1; page <= 4; page++) {
        const list = await listOfficials(
          user,
          parseListParams({ sort: "unit", dir, size: "25", page: `${page}` }),
        );
        expect(list).toMatchObject({ total: 82, pageCount: 4, page });
        pages.push(...list.rows.map((row) => row.id));
      }
      expect(pages).toEqual(expected.map((row) => row.id));
      const beyond = await listOfficials(user, parseListParams({ sort: "unit", dir, size: "50", page: "7" }));
      expect(beyond).toMatchObject({ total: 82, page: 2, pageCount: 2 });
      expect(beyond.rows.map((row) => row.id)).toEqual(expected.slice(50).map((row) => row.id));
    }
    const none = await listOfficials(
      user,
      parseListParams({ sort: "unit", q: "tidak ada yang bernama ini" }),
    );
    expect(none).toMatchObject({ total: 0, page: 1, pageCount: 1, rows: [] });
  });

  it("pages a name search either way exactly as one sorted query would, names shared included", async () => {
    const unit = await createUnit({ parent: fixture.province });
    const word = `cariuji${unit.code.toLowerCase()}`;
    await prisma.official.createMany({
      data: Array.from({ length: 57 }, (_, index) => ({
        name: `Pegawai ${word} ${index % 19}`,
        sortName: `pegawai ${word} ${index % 19}`,
        gender: "MALE" as const,
        employmentType: "NON_ASN" as const,
        unitId: unit.id,
      })),
    });
    const user = await currentUser((await createUser({ role: "VIEWER", unitId: fixture.province.id })).id);
    for (const dir of ["asc", "desc"] as const) {
      const expected = await prisma.official.findMany({
        where: { sortName: { contains: word } },
        orderBy: [{ sortName: dir }, { id: dir }],
        select: { id: true },
      });
      const pages = [];
      for (let page = 1; page <= 3; page++) {
        const list = await listOfficials(
          user,
          parseListParams({ q: word, dir, size: "25", page: `${page}` }),
        );
        expect(list).toMatchObject({ total: 57, pageCount: 3, page });
        pages.push(...list.rows.map((row) => row.id));
      }
      expect(pages).toEqual(expected.map((row) => row.id));
      const beyond = await listOfficials(user, parseListParams({ q: word, dir, size: "50", page: "5" }));
      expect(beyond).toMatchObject({ total: 57, page: 2, pageCount: 2 });
      expect(beyond.rows.map((row) => row.id)).toEqual(expected.slice(50).map((row) => row.id));
    }
  });

  it("reports an empty result as one empty page", async () => {
    const list = await listOfficials(
      fixture.users.regencyA,
      parseListParams({ q: "tidak ada yang bernama ini" }),
    );
    expect(list).toMatchObject({ total: 0, page: 1, pageCount: 1, rows: [] });
  });
});

describe("exporting the officials list", () => {
  it("reads every match in batches, in the list's order", async () => {
    const params = parseListParams({ status: "all", sort: "rank", dir: "desc" });
    const batches = [];
    for await (const batch of exportOfficialBatches(fixture.users.regencyA, params, undefined, 2))
      batches.push(batch);
    expect(batches.map((batch) => batch.length)).toEqual([2, 2, 1]);
    const listed = await listOfficials(fixture.users.regencyA, { ...params, size: 100 });
    expect(batches.flat().map((row) => row.id)).toEqual(listed.rows.map((row) => row.id));
  });

  it("selects, for every sort, search and filter, the officials the list shows, in its order (list-sql.ts)", async () => {
    const { users, suhardiNip, legal, province, regencyA, regencyB } = fixture;
    const queries = [
      {},
      { status: "all" },
      { status: "RETIRED" },
      { q: "suhardi" },
      { q: "soud  dr. suhardi" },
      { q: "%" },
      { q: suhardiNip },
      { q: formatNip(suhardiNip).slice(0, 15) },
      { type: "PNS", status: "all" },
      { rank: "IV_A" },
      { unit: regencyA.code, section: legal.id },
      { unit: regencyB.code },
      { region: province.code, q: "suhardi" },
    ];
    for (const query of queries)
      for (const sort of SORT_KEYS)
        for (const dir of ["asc", "desc"]) {
          const params = parseListParams({ ...query, sort, dir });
          for (const user of [users.regencyA, users.province]) {
            const exported = [];
            for await (const batch of exportOfficialBatches(user, params, undefined, 3))
              exported.push(...batch);
            const listed = await listOfficials(user, { ...params, size: 100 });
            expect(
              exported.map((row) => row.id),
              JSON.stringify({ query, sort, dir }),
            ).toEqual(listed.rows.map((row) => row.id));
          }
        }
  });

  it("writes an official holding two posts on the day once, with the post taken up last", async () => {
    const unit = await createUnit({ level: "PROVINCE" });
    const user = await currentUser((await createUser({ role: "VIEWER", unitId: unit.id })).id);
    const [first, acting, second] = [
      await official(unit.id, "Aminah"),
      await official(unit.id, "Baharuddin"),
      await official(unit.id, "Cahyati"),
    ];
    const own = await createPosition(unit.id, { title: "Kepala Sub Bagian Keuangan" });
    const plt = await createPosition(unit.id, { title: "Plt. Kepala Sub Bagian Hukum" });
    const ended = await createPosition(unit.id, { title: "Bendahara" });
    await prisma.assignment.createMany({
      data: [
        { officialId: acting.id, positionId: own.id, unitId: unit.id, startDate: new Date("2024-01-02") },
        { officialId: acting.id, positionId: plt.id, unitId: unit.id, startDate: new Date("2026-02-01") },
        {
          officialId: second.id,
          positionId: ended.id,
          unitId: unit.id,
          startDate: new Date("2020-01-02"),
          endDate: new Date("2023-12-31"),
        },
      ],
    });
    // A batch of one: the second post's row falls in the next batch and must not come out as another official.
    const rows = [];
    for await (const batch of exportOfficialBatches(user, parseListParams({}), undefined, 1))
      rows.push(...batch);
    expect(rows.map((row) => [row.id, row.assignments.map((post) => post.position.title)])).toEqual([
      [first.id, []],
      [acting.id, ["Plt. Kepala Sub Bagian Hukum"]],
      [second.id, []],
    ]);
  });

  it("answers CSV with the headers and the filtered rows of the scope", async () => {
    const { users, regencyA, suhardiNip, legal } = fixture;
    const now = new Date("2026-11-23T02:00:00Z");
    const response = await exportResponse(
      users.regencyA,
      new URLSearchParams("format=csv&q=suhardi&page=3"),
      now,
    );
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    const fileName = `pegawai-${regencyA.shortName.replace(/ /g, "-")}-2026-11-23.csv`;
    expect(response.headers.get("content-disposition")).toBe(`attachment; filename="${fileName}"`);
    const bytes = Buffer.from(await response.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = Papa.parse<string[]>(bytes.subarray(3).toString("utf8"), { skipEmptyLines: true }).data;
    expect(rows[0]).toEqual([...EXPORT_COLUMNS]);
    // The import's columns and the unit's name; the post and rank history follow (tests/integration/staffing-list).
    expect(rows.slice(1).map((row) => row.slice(0, 13))).toEqual([
      [
        "Dr. H. Suhardi Soud, S.H., M.H.",
        formatNip(suhardiNip),
        "Laki-laki",
        "",
        "",
        "PNS",
        "IV/a",
        regencyA.code,
        legal.name,
        "Aktif",
        "",
        "",
        regencyA.shortName,
      ],
    ]);
  });

  it("answers XLSX with every match, named after the filtered unit", async () => {
    const { users, regencyB } = fixture;
    const response = await exportResponse(
      users.province,
      new URLSearchParams(`format=xlsx&unit=${regencyB.code}`),
    );
    expect(response.headers.get("content-disposition")).toContain(
      `pegawai-${regencyB.shortName.replace(/ /g, "-")}-`,
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await response.arrayBuffer());
    const sheet = workbook.getWorksheet("Daftar Pegawai")!;
    // Title block (3 lines), a blank row, the header, then one numbered row per official.
    expect(sheet.getRow(2).getCell(1).value).toBe(regencyB.shortName.toUpperCase());
    expect(sheet.getRow(5).getCell(2).value).toBe("Nama");
    expect(sheet.rowCount).toBe(6);
    expect(sheet.getRow(6).getCell(2).value).toBe("Suhardi Mahmud");
  });

  it("refuses a request without a signed-in user", async () => {
    const response = await exportResponse(null, new URLSearchParams("format=csv"));
    expect(response.status).toBe(401);
  });
});

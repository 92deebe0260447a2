import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { computePosture, sumFigures } from "@/lib/units/posture";
import type { UnitPosture } from "@/lib/units/posture-queries";
import { provinceCount, rollUpByProvince } from "@/lib/units/posture-rollup";
import { postureRows, unitFigures, type UnitFigures } from "@/lib/units/posture-rows";
import { DEFAULT_POSTURE_SORT } from "@/lib/units/posture-sort";

const figuresArbitrary = fc.record({
  quota: fc.nat(30),
  staff: fc.nat(30),
  supportQuota: fc.nat(10),
  support: fc.nat(10),
  posts: fc.nat(4),
  filled: fc.nat(4),
});

type Figures = typeof figuresArbitrary extends fc.Arbitrary<infer T> ? T : never;

function unit(
  id: string,
  level: UnitPosture["unit"]["level"],
  parentId: string | null,
  f: Figures,
): UnitFigures {
  return unitFigures({
    unit: { id, code: id, name: `KPU ${id}`, shortName: `KPU ${id}`, level, parentId },
    posture: computePosture({
      sections: [{ id: `${id}-s`, name: "Sub Bagian", staffQuota: f.quota }],
      structuralPosts: Array.from({ length: f.posts }, (_, index) => ({
        id: `${id}-p${index}`,
        title: `Kasubbag ${index}`,
        sectionId: null,
        quota: 1,
        holders: index < f.filled ? 1 : 0,
      })),
      asnStaffBySection: new Map([[`${id}-s`, f.staff]]),
      unsectionedPostQuota: 0,
      supportStaff: f.support,
      supportStaffQuota: f.supportQuota,
    }),
  });
}

/** A national scope: the national unit, then provinces each with a few regencies. */
const scopeArbitrary = fc
  .record({
    national: figuresArbitrary,
    provinces: fc.array(
      fc.record({ own: figuresArbitrary, regencies: fc.array(figuresArbitrary, { maxLength: 4 }) }),
      { minLength: 2, maxLength: 5 },
    ),
  })
  .map(({ national, provinces }) => [
    unit("00", "NATIONAL", null, national),
    ...provinces.flatMap((province, p) => [
      unit(`${11 + p}`, "PROVINCE", "00", province.own),
      ...province.regencies.map((regency, r) =>
        unit(`${11 + p}0${r + 1}`, "REGENCY_CITY", `${11 + p}`, regency),
      ),
    ]),
  ]);

describe("the national posture rolled up by province", () => {
  it("has one row per province plus the national unit, and the totals are those of every unit", () => {
    fc.assert(
      fc.property(scopeArbitrary, (postures) => {
        const rows = rollUpByProvince(postures, DEFAULT_POSTURE_SORT);
        const provinces = postures.filter(({ unit }) => unit.level === "PROVINCE");
        expect(rows).toHaveLength(provinces.length + 1);
        expect(provinceCount(postures)).toBe(provinces.length);
        expect(rows.reduce((sum, row) => sum + (row.unitCount ?? 1), 0)).toBe(postures.length);
        const everyUnit = sumFigures(postureRows(postures, DEFAULT_POSTURE_SORT).map((row) => row.figures));
        expect(sumFigures(rows.map((row) => row.figures))).toEqual(everyUnit);
      }),
    );
  });

  it("sums a province's own unit and its regencies, shortage and excess apart, and links to its drill-down", () => {
    const postures = [
      unit("00", "NATIONAL", null, { quota: 5, staff: 5, supportQuota: 0, support: 0, posts: 1, filled: 1 }),
      unit("52", "PROVINCE", "00", {
        quota: 10,
        staff: 12,
        supportQuota: 4,
        support: 3,
        posts: 2,
        filled: 2,
      }),
      unit("5204", "REGENCY_CITY", "52", {
        quota: 8,
        staff: 5,
        supportQuota: 2,
        support: 4,
        posts: 3,
        filled: 1,
      }),
      unit("53", "PROVINCE", "00", { quota: 1, staff: 1, supportQuota: 0, support: 0, posts: 0, filled: 0 }),
    ];
    const ntb = rollUpByProvince(postures, DEFAULT_POSTURE_SORT).find((row) => row.code === "52")!;
    expect(ntb).toMatchObject({ name: "KPU 52", href: "?provinsi=52", unitCount: 2, vacantTitles: [] });
    expect(ntb.figures).toEqual({
      structuralFilled: 3,
      structuralTotal: 5,
      structuralVacant: 2,
      // 12 of 10 and 5 of 8: two too many in one unit do not fill the other's three missing.
      asn: { staff: 17, quota: 18, shortfall: 3, excess: 2 },
      support: { staff: 7, quota: 6, shortfall: 1, excess: 2 },
    });
    expect(sumFigures([ntb.figures])).toEqual(
      sumFigures([postures[1]!, postures[2]!].map(({ figures }) => figures)),
    );
  });

  it("counts one province for a provincial scope, so that page is not rolled up", () => {
    const f = { quota: 1, staff: 1, supportQuota: 0, support: 0, posts: 0, filled: 0 };
    expect(provinceCount([unit("52", "PROVINCE", "00", f), unit("5204", "REGENCY_CITY", "52", f)])).toBe(1);
    expect(provinceCount([unit("5204", "REGENCY_CITY", "52", f)])).toBe(1);
  });
});

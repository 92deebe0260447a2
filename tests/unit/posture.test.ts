import { describe, expect, it } from "vitest";
import {
  computePosture,
  countAgainstQuota,
  postureFigures,
  sumFigures,
  type PostureInput,
} from "@/lib/units/posture";
import { parsePostureSort, sortPostureRows } from "@/lib/units/posture-sort";

function input(overrides: Partial<PostureInput> = {}): PostureInput {
  return {
    sections: [],
    structuralPosts: [],
    asnStaffBySection: new Map(),
    unsectionedPostQuota: 0,
    supportStaff: 0,
    supportStaffQuota: 0,
    ...overrides,
  };
}

const post = (id: string, holders: number, sectionId: string | null = null, quota = 1) => ({
  id,
  title: `Jabatan ${id}`,
  sectionId,
  quota,
  holders,
});

/** Seed 001: Sumbawa, "secara struktur lengkap tetapi dari jumlah kuota masih kurang", support staff 11 of 12. */
const SUMBAWA = input({
  sections: [
    { id: "keu", name: "Sub Bagian Keuangan, Umum dan Logistik", staffQuota: 6 },
    {
      id: "tek",
      name: "Sub Bagian Teknis Penyelenggaraan Pemilu, Partisipasi dan Hubungan Masyarakat",
      staffQuota: 5,
    },
    { id: "huk", name: "Sub Bagian Hukum dan SDM", staffQuota: 4 },
    { id: "ren", name: "Sub Bagian Perencanaan, Data dan Informasi", staffQuota: 4 },
  ],
  structuralPosts: [
    post("sekretaris", 1),
    post("kasubbag-keu", 1, "keu"),
    post("kasubbag-tek", 1, "tek"),
    post("kasubbag-huk", 1, "huk"),
    post("kasubbag-ren", 1, "ren"),
  ],
  asnStaffBySection: new Map<string | null, number>([
    [null, 1],
    ["keu", 4],
    ["tek", 4],
    ["huk", 3],
    ["ren", 3],
  ]),
  unsectionedPostQuota: 1,
  supportStaff: 11,
  supportStaffQuota: 12,
});

describe("staffing posture (posisi SDM)", () => {
  it("Sumbawa: structurally complete, yet under its ASN quota, and one support staff short", () => {
    const posture = computePosture(SUMBAWA);
    expect(posture.structural).toEqual({ total: 5, filled: 5, vacant: [], complete: true });
    // 1 Sekretaris + 14 in sections, against 1 + 19.
    expect(posture.asn).toMatchObject({ staff: 15, quota: 20, shortfall: 5, excess: 0 });
    expect(posture.asn.unsectioned).toEqual({ staff: 1, quota: 1, shortfall: 0, excess: 0 });
    expect(posture.asn.sections.map((s) => [s.sectionId, s.staff, s.quota, s.shortfall])).toEqual([
      ["keu", 4, 6, 2],
      ["tek", 4, 5, 1],
      ["huk", 3, 4, 1],
      ["ren", 3, 4, 1],
    ]);
    expect(posture.support).toEqual({ staff: 11, quota: 12, shortfall: 1, excess: 0 });
  });

  it("lists the vacant structural posts with the seats still to fill", () => {
    const posture = computePosture(
      input({ structuralPosts: [post("a", 1), post("b", 0, "s1"), post("c", 1, null, 2)] }),
    );
    expect(posture.structural.complete).toBe(false);
    expect(posture.structural.filled).toBe(1);
    expect(posture.structural.vacant).toEqual([
      { id: "b", title: "Jabatan b", sectionId: "s1", missing: 1 },
      { id: "c", title: "Jabatan c", sectionId: null, missing: 1 },
    ]);
  });

  it("a structural post with quota 0 still needs one holder", () => {
    expect(
      computePosture(input({ structuralPosts: [post("a", 0, null, 0)] })).structural.vacant,
    ).toHaveLength(1);
  });

  it("a unit without sections counts everyone against its unsectioned posts", () => {
    const posture = computePosture(
      input({ asnStaffBySection: new Map([[null, 3]]), unsectionedPostQuota: 2 }),
    );
    expect(posture.asn).toMatchObject({ staff: 3, quota: 2, shortfall: 0, excess: 1, sections: [] });
  });

  it("an empty unit has nothing, and is structurally complete with no posts", () => {
    const posture = computePosture(input());
    expect(posture.structural).toEqual({ total: 0, filled: 0, vacant: [], complete: true });
    expect(posture.asn).toMatchObject({ staff: 0, quota: 0, shortfall: 0, excess: 0 });
    expect(posture.support).toEqual({ staff: 0, quota: 0, shortfall: 0, excess: 0 });
  });

  it("zero quotas: anyone there is over quota, nobody is missing", () => {
    const posture = computePosture(
      input({
        sections: [{ id: "s", name: "S", staffQuota: 0 }],
        asnStaffBySection: new Map([["s", 2]]),
        supportStaff: 1,
      }),
    );
    expect(posture.asn.sections[0]).toMatchObject({ staff: 2, quota: 0, shortfall: 0, excess: 2 });
    expect(posture.support).toEqual({ staff: 1, quota: 0, shortfall: 0, excess: 1 });
  });

  it("over quota in one section offsets a gap in another within the unit", () => {
    const posture = computePosture(
      input({
        sections: [
          { id: "a", name: "A", staffQuota: 2 },
          { id: "b", name: "B", staffQuota: 2 },
        ],
        asnStaffBySection: new Map([
          ["a", 4],
          ["b", 1],
        ]),
      }),
    );
    expect(posture.asn).toMatchObject({ staff: 5, quota: 4, shortfall: 0, excess: 1 });
    expect(posture.asn.sections.map((s) => [s.shortfall, s.excess])).toEqual([
      [0, 2],
      [1, 0],
    ]);
  });

  it("staff in a section the unit does not have count with the unsectioned", () => {
    const posture = computePosture(
      input({ asnStaffBySection: new Map([["elsewhere", 2]]), unsectionedPostQuota: 1 }),
    );
    expect(posture.asn.unsectioned).toEqual({ staff: 2, quota: 1, shortfall: 0, excess: 1 });
  });

  it("a negative quota is read as zero", () => {
    expect(countAgainstQuota(1, -3)).toEqual({ staff: 1, quota: 0, shortfall: 0, excess: 1 });
  });

  it("totals add per unit: one unit's surplus does not fill another's gap", () => {
    const full = postureFigures(
      computePosture(input({ asnStaffBySection: new Map([[null, 3]]), unsectionedPostQuota: 1 })),
    );
    const short = postureFigures(computePosture(SUMBAWA));
    const total = sumFigures([full, short]);
    expect(total.asn).toEqual({ staff: 18, quota: 21, shortfall: 5, excess: 2 });
    expect(total).toMatchObject({ structuralFilled: 5, structuralTotal: 5, structuralVacant: 0 });
    expect(total.support).toEqual({ staff: 11, quota: 12, shortfall: 1, excess: 0 });
  });
});

describe("sorting the province table", () => {
  const row = (name: string, level: "PROVINCE" | "REGENCY_CITY", overrides: Partial<PostureInput>) => ({
    name,
    level,
    figures: postureFigures(computePosture(input(overrides))),
  });
  const rows = [
    row("KPU Sumbawa", "REGENCY_CITY", SUMBAWA),
    row("KPU Provinsi NTB", "PROVINCE", { asnStaffBySection: new Map([[null, 2]]), unsectionedPostQuota: 2 }),
    row("KPU Bima", "REGENCY_CITY", {
      structuralPosts: [post("x", 0)],
      asnStaffBySection: new Map([[null, 1]]),
      unsectionedPostQuota: 4,
    }),
  ];
  const names = (sorted: typeof rows) => sorted.map((r) => r.name);

  it("by default the province comes first, then the regencies by name", () => {
    expect(names(sortPostureRows(rows, parsePostureSort({})))).toEqual([
      "KPU Provinsi NTB",
      "KPU Bima",
      "KPU Sumbawa",
    ]);
  });

  it("by shortfall, largest first", () => {
    expect(names(sortPostureRows(rows, parsePostureSort({ sort: "shortfall", dir: "desc" })))).toEqual([
      "KPU Sumbawa",
      "KPU Bima",
      "KPU Provinsi NTB",
    ]);
  });

  it("by ASN fill rate, lowest first", () => {
    expect(names(sortPostureRows(rows, parsePostureSort({ sort: "asn" })))).toEqual([
      "KPU Bima",
      "KPU Sumbawa",
      "KPU Provinsi NTB",
    ]);
  });

  it("by vacant structural posts, ties in tree order", () => {
    expect(names(sortPostureRows(rows, parsePostureSort({ sort: "vacant", dir: "desc" })))).toEqual([
      "KPU Bima",
      "KPU Provinsi NTB",
      "KPU Sumbawa",
    ]);
  });

  it("unknown parameters fall back to the default order", () => {
    expect(parsePostureSort({ sort: "drop table", dir: "sideways" })).toEqual({ key: "unit", dir: "asc" });
    expect(parsePostureSort({ sort: ["asn", "vacant"] })).toEqual({ key: "unit", dir: "asc" });
  });
});

import { afterEach, describe, expect, it, vi } from "vitest";
import { isHeldOn } from "@/lib/assignments/current";
import { addDays } from "@/lib/dates/today";
import type { PositionLevel, Rank } from "@/lib/generated/prisma/enums";
import { parseNip } from "@/lib/officials/nip";
import { parsePppkNumber } from "@/lib/officials/pppk-number";
import { sortNameOf } from "@/lib/officials/names";
import { PNS_RANKS, rankFitsEmployment } from "@/lib/officials/ranks";
import { buildDemoData, type DemoData, type SeedAssignment, type SeedPosition } from "@/lib/seed/dataset";
import { DEMO_AS_OF, PENGAWAS_INAUGURATION } from "@/lib/seed/dates";
import { DEMO_LOGINS, DEMO_PASSWORD, demoUsers } from "@/lib/seed/users";
import { PENGAWAS_DECREE } from "@/lib/seed/decrees";

const data: DemoData = buildDemoData();
const unitByCode = new Map(data.units.map((unit) => [unit.code, unit]));
const positionById = new Map(data.positions.map((position) => [position.id, position]));
const officialById = new Map(data.officials.map((official) => [official.id, official]));
const sectionById = new Map(data.sections.map((section) => [section.id, section]));

const current = data.assignments.filter((a) => isHeldOn(a, DEMO_AS_OF));
const unit = (code: string) => {
  const found = unitByCode.get(code);
  if (!found) throw new Error(`no unit ${code}`);
  return found;
};
const postsOf = (code: string) => data.positions.filter((p) => p.unitId === unit(code).id);
const holders = (position: SeedPosition) => current.filter((a) => a.positionId === position.id);
const isVacant = (position: SeedPosition) => holders(position).length < position.quota;
const positionOf = (assignment: SeedAssignment) => positionById.get(assignment.positionId)!;

function range(from: Rank, to: Rank): Rank[] {
  return PNS_RANKS.slice(PNS_RANKS.indexOf(from as never), PNS_RANKS.indexOf(to as never) + 1);
}

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe("the demo data set", () => {
  it("is the same on every generation, whatever the clock says and without Math.random", () => {
    vi.spyOn(Math, "random").mockImplementation(() => {
      throw new Error("Math.random used");
    });
    vi.useFakeTimers();
    vi.setSystemTime(new Date("2031-07-01T00:00:00Z"));
    const later = buildDemoData();
    vi.setSystemTime(new Date("2019-01-01T00:00:00Z"));
    expect(buildDemoData()).toEqual(later);
    expect(later).toEqual(data);
  });

  it("has the NTB tree: national root, the province, its ten regencies and cities", () => {
    expect(data.units).toHaveLength(12);
    const root = unit("RI");
    expect(root).toMatchObject({ name: "Sekretariat Jenderal KPU RI", level: "NATIONAL", parentId: null });
    expect(unit("52")).toMatchObject({
      name: "KPU Provinsi Nusa Tenggara Barat",
      shortName: "KPU Provinsi NTB",
      level: "PROVINCE",
      parentId: root.id,
      timeZone: "Asia/Makassar",
    });
    const regencies = data.units.filter((u) => u.level === "REGENCY_CITY");
    expect(regencies.map((u) => u.code).sort()).toEqual([
      "5201",
      "5202",
      "5203",
      "5204",
      "5205",
      "5206",
      "5207",
      "5208",
      "5271",
      "5272",
    ]);
    for (const regency of regencies) {
      expect(regency.parentId).toBe(unit("52").id);
      expect(regency.timeZone).toBe("Asia/Makassar");
    }
    expect(unit("5204")).toMatchObject({ name: "KPU Kabupaten Sumbawa", shortName: "KPU Kabupaten Sumbawa" });
    expect(unit("5271")).toMatchObject({ name: "KPU Kota Mataram", shortName: "KPU Kota Mataram" });
    expect(unit("5272")).toMatchObject({ name: "KPU Kota Bima", shortName: "KPU Kota Bima" });
    expect(unit("5206")).toMatchObject({ name: "KPU Kabupaten Bima", shortName: "KPU Kabupaten Bima" });
  });

  it("has about 150 officials", () => {
    expect(data.officials.length).toBeGreaterThanOrEqual(140);
    expect(data.officials.length).toBeLessThanOrEqual(165);
  });

  it("uses unique ids, NIPs and names", () => {
    for (const rows of [data.units, data.sections, data.positions, data.officials, data.assignments]) {
      expect(new Set(rows.map((row) => row.id)).size).toBe(rows.length);
    }
    const nips = data.officials.flatMap((o) => (o.nip ? [o.nip] : []));
    expect(new Set(nips).size).toBe(nips.length);
    expect(new Set(data.officials.map((o) => o.sortName)).size).toBe(data.officials.length);
    const sectionKeys = data.sections.map((s) => `${s.unitId}/${s.name}`);
    expect(new Set(sectionKeys).size).toBe(sectionKeys.length);
  });

  it("references only rows that exist, within the same unit", () => {
    const unitIds = new Set(data.units.map((u) => u.id));
    for (const section of data.sections) {
      expect(unitIds.has(section.unitId)).toBe(true);
      if (section.parentId) {
        expect(sectionById.get(section.parentId)).toMatchObject({ unitId: section.unitId, kind: "BAGIAN" });
        expect(section.kind).toBe("SUB_BAGIAN");
      }
    }
    for (const position of data.positions) {
      expect(unitIds.has(position.unitId)).toBe(true);
      if (position.sectionId) expect(sectionById.get(position.sectionId)?.unitId).toBe(position.unitId);
    }
    for (const official of data.officials) {
      expect(unitIds.has(official.unitId)).toBe(true);
      if (official.sectionId) expect(sectionById.get(official.sectionId)?.unitId).toBe(official.unitId);
    }
    for (const assignment of data.assignments) {
      expect(officialById.has(assignment.officialId)).toBe(true);
      expect(positionOf(assignment).unitId).toBe(assignment.unitId);
    }
  });
});

describe("officials", () => {
  it("have valid NIPs that agree with their birth date and gender", () => {
    for (const official of data.officials.filter((o) => o.nip && o.employmentType === "PNS")) {
      const parsed = parseNip(official.nip!, DEMO_AS_OF);
      expect(parsed, `${official.name} ${official.nip}`).toMatchObject({
        ok: true,
        gender: official.gender,
        birthDate: official.birthDate,
      });
    }
  });

  it("PPPK have valid NI PPPK that agree with their birth date and gender, appointed in an intake year", () => {
    const pppk = data.officials.filter((o) => o.employmentType === "PPPK");
    for (const official of pppk) {
      const parsed = parsePppkNumber(official.nip ?? "", DEMO_AS_OF);
      expect(parsed, `${official.name} ${official.nip}`).toMatchObject({
        ok: true,
        gender: official.gender,
        birthDate: official.birthDate,
      });
      expect([2021, 2022, 2023]).toContain(parsed.ok && parsed.appointmentYear);
    }
  });

  it("have a NIP or NI PPPK exactly when they are ASN, and a rank that fits their employment type", () => {
    for (const official of data.officials) {
      expect(official.nip !== null, official.name).toBe(official.employmentType !== "NON_ASN");
      expect(rankFitsEmployment(official.rank, official.employmentType), official.name).toBe(true);
      expect(official.rank === null, official.name).toBe(official.employmentType === "NON_ASN");
    }
    expect(data.officials.filter((o) => o.employmentType === "PPPK").length).toBeGreaterThanOrEqual(5);
  });

  it("carry their name without titles as sort name", () => {
    for (const official of data.officials) expect(official.sortName).toBe(sortNameOf(official.name));
    expect(data.officials.filter((o) => o.name !== o.sortName && /[,.]/.test(o.name)).length).toBeGreaterThan(
      50,
    );
  });

  it("hold one current post each while active, none once retired or transferred", () => {
    for (const official of data.officials) {
      const open = current.filter((a) => a.officialId === official.id);
      if (official.status === "ACTIVE") {
        expect(open, official.name).toHaveLength(1);
        const position = positionOf(open[0]!);
        expect(official.unitId).toBe(position.unitId);
        expect(official.sectionId).toBe(position.sectionId);
      } else {
        expect(open, official.name).toHaveLength(0);
        const ended = data.assignments.filter((a) => a.officialId === official.id);
        expect(ended.length).toBeGreaterThan(0);
        for (const assignment of ended) expect(assignment.endReason).toBeTruthy();
      }
    }
    const statuses = new Set(data.officials.map((o) => o.status));
    expect(statuses).toEqual(new Set(["ACTIVE", "RETIRED", "TRANSFERRED_OUT"]));
  });

  it("retire in the month they turn 58", () => {
    for (const official of data.officials.filter((o) => o.status === "RETIRED")) {
      const last = data.assignments.filter((a) => a.officialId === official.id).at(-1)!;
      expect(last.endDate!.getUTCFullYear() - official.birthDate.getUTCFullYear()).toBe(58);
      expect(last.endDate!.getUTCMonth()).toBe(official.birthDate.getUTCMonth());
    }
  });

  it("hold ranks that fit the level of their post", () => {
    const expected: Partial<Record<PositionLevel, Rank[]>> = {
      HIGH_LEADERSHIP: range("IV_C", "IV_D"),
      ADMINISTRATOR: range("IV_A", "IV_B"),
      SUPERVISOR: range("III_C", "III_D"),
      FUNCTIONAL: range("III_A", "III_B"),
      EXECUTOR: range("II_C", "III_B"),
    };
    for (const assignment of current) {
      const official = officialById.get(assignment.officialId)!;
      const position = positionOf(assignment);
      if (position.kind === "SUPPORT") {
        expect(official).toMatchObject({ employmentType: "NON_ASN", nip: null, rank: null });
        continue;
      }
      if (official.employmentType === "PPPK") {
        expect(["EXECUTOR", "FUNCTIONAL"]).toContain(position.level);
        continue;
      }
      expect(expected[position.level], `${official.name} as ${position.title}`).toContain(official.rank);
    }
  });
});

describe("assignments", () => {
  it("carry decree numbers that vary by issuing unit and year, none issued twice", () => {
    const numbers = data.assignments.map((assignment) => assignment.decreeNumber!);
    const issuers = new Set(numbers.map((number) => number.split("/").slice(2, -2).join("/") || "05"));
    const regencies = [...issuers].filter((issuer) => /^52\d{2}$/.test(issuer));
    expect(regencies.length).toBeGreaterThanOrEqual(5);
    expect(issuers).toContain("52");
    expect(new Set(numbers.map((number) => number.split("/").at(-1))).size).toBeGreaterThanOrEqual(3);
    // One collective decree stands behind many assignments; every other decree decides one.
    const counted = new Map<string, number>();
    for (const number of numbers) counted.set(number, (counted.get(number) ?? 0) + 1);
    const shared = [...counted].filter(
      ([number, count]) => count > 1 && number !== PENGAWAS_DECREE.decreeNumber,
    );
    expect(shared).toEqual([]);
  });

  it("carry a decree dated before they start, and lie within the person's service and the demo's present", () => {
    for (const assignment of data.assignments) {
      const official = officialById.get(assignment.officialId)!;
      // Numbered by the issuing unit: its region code (and the month) or the Sekretariat Jenderal's bureau, and the year.
      const year = assignment.decreeDate!.getUTCFullYear();
      expect(assignment.decreeNumber).toMatch(
        new RegExp(`^\\d+/KPG\\.03-Kpt/(05|52/\\d{1,2}|52\\d{2}/\\d{1,2})/${year}$`),
      );
      expect(assignment.decreeDate <= assignment.startDate).toBe(true);
      expect(assignment.startDate <= DEMO_AS_OF).toBe(true);
      if (assignment.endDate) {
        expect(assignment.endDate >= assignment.startDate).toBe(true);
        // Only a scheduled change ends a post after the demo's present: the day before it takes effect.
        const change = data.officialChanges.find((c) =>
          c.endedAssignments.some((e) => e.id === assignment.id),
        );
        if (change) expect(assignment.endDate).toEqual(addDays(change.effectiveDate, -1));
        else expect(assignment.endDate <= DEMO_AS_OF).toBe(true);
      }
      const adult = new Date(official.birthDate);
      adult.setUTCFullYear(adult.getUTCFullYear() + 18);
      expect(assignment.startDate >= adult, official.name).toBe(true);
      const nip = official.nip ? parseNip(official.nip, DEMO_AS_OF) : null;
      if (nip?.ok) {
        const tmt = new Date(Date.UTC(nip.serviceStart.year, nip.serviceStart.month - 1, 1));
        expect(assignment.startDate >= tmt, `${official.name} starts before TMT`).toBe(true);
      }
    }
  });

  it("never give a post more holders at once than its quota", () => {
    for (const position of data.positions) {
      const held = data.assignments.filter((a) => a.positionId === position.id);
      for (const assignment of held) {
        const overlapping = held.filter(
          (other) =>
            other.startDate <= (assignment.endDate ?? DEMO_AS_OF) &&
            assignment.startDate <= (other.endDate ?? DEMO_AS_OF),
        );
        expect(overlapping.length, position.id).toBeLessThanOrEqual(position.quota);
      }
    }
  });

  it("keep some careers: a few active officials held an earlier post", () => {
    const withHistory = data.officials.filter(
      (o) => o.status === "ACTIVE" && data.assignments.filter((a) => a.officialId === o.id).length > 1,
    );
    expect(withHistory.length).toBeGreaterThanOrEqual(3);
  });

  it("put all 48 Kasubbag posts of NTB under the inauguration of 11 March 2022", () => {
    const kasubbag = data.positions.filter((p) => p.level === "SUPERVISOR");
    expect(kasubbag).toHaveLength(48);
    const inaugurated = data.assignments.filter(
      (a) =>
        positionOf(a).level === "SUPERVISOR" && a.startDate.getTime() === PENGAWAS_INAUGURATION.getTime(),
    );
    expect(inaugurated).toHaveLength(48);
    expect(new Set(inaugurated.map((a) => a.decreeNumber)).size).toBe(1);
  });
});

describe("scheduled changes", () => {
  it("retire one active Sumbawa pelaksana at 58, from the first day of the month after, as its secretary recorded", () => {
    expect(data.officialChanges).toHaveLength(1);
    const [change] = data.officialChanges;
    const official = officialById.get(change!.officialId)!;
    expect(change).toMatchObject({ kind: "SERVICE_END", status: "RETIRED", unitId: unit("5204").id });
    expect(official).toMatchObject({ status: "ACTIVE", employmentType: "PNS", unitId: unit("5204").id });
    const birth = parseNip(official.nip!, DEMO_AS_OF);
    expect(birth.ok && birth.birthDate).toEqual(official.birthDate);
    const retires = new Date(
      Date.UTC(official.birthDate.getUTCFullYear() + 58, official.birthDate.getUTCMonth() + 1, 1),
    );
    expect(change!.effectiveDate).toEqual(retires);
    expect(change!.effectiveDate > DEMO_AS_OF).toBe(true);
    // Held today, not from the TMT on; cancelling gives the post back open-ended.
    const [ended] = change!.endedAssignments;
    const assignment = data.assignments.find((a) => a.id === ended!.id)!;
    expect(assignment.officialId).toBe(official.id);
    expect(isHeldOn(assignment, DEMO_AS_OF)).toBe(true);
    expect(isHeldOn(assignment, change!.effectiveDate)).toBe(false);
    expect(ended).toEqual({ id: assignment.id, endDate: null, endReason: null });
    const users = demoUsers(data, "hash");
    expect(users.find((user) => user.id === change!.createdById)).toMatchObject({
      username: "sekkab.sumbawa",
    });
  });
});

describe("staffing posture", () => {
  it("gives each section the quota of its ASN posts and each unit the quota of its support posts", () => {
    for (const section of data.sections) {
      const posts = data.positions.filter((p) => p.sectionId === section.id && p.kind !== "SUPPORT");
      expect(section.staffQuota).toBe(posts.reduce((sum, p) => sum + p.quota, 0));
    }
    for (const u of data.units) {
      const support = data.positions.filter((p) => p.unitId === u.id && p.kind === "SUPPORT");
      expect(support.reduce((sum, p) => sum + p.quota, 0)).toBe(u.supportStaffQuota);
    }
  });

  it("has KPU Kabupaten Sumbawa structurally complete, under quota, with 11 support staff of 12 (seed 001)", () => {
    const posts = postsOf("5204");
    expect(posts.filter((p) => p.kind === "STRUCTURAL").every((p) => !isVacant(p))).toBe(true);
    const asn = posts.filter((p) => p.kind !== "SUPPORT");
    const asnHeld = asn.reduce((sum, p) => sum + holders(p).length, 0);
    expect(asnHeld).toBeLessThan(asn.reduce((sum, p) => sum + p.quota, 0));
    const supportHeld = posts
      .filter((p) => p.kind === "SUPPORT")
      .reduce((sum, p) => sum + holders(p).length, 0);
    expect(supportHeld).toBe(11);
    expect(unit("5204").supportStaffQuota).toBe(12);
  });

  it("leaves Kasubbag posts vacant in Dompu and Kota Bima (one each) and Lombok Utara (two) only", () => {
    const vacancies = Object.fromEntries(
      data.units.map((u) => [
        u.code,
        postsOf(u.code).filter((p) => p.level === "SUPERVISOR" && isVacant(p)).length,
      ]),
    );
    expect(vacancies).toEqual({
      RI: 0,
      "52": 0,
      "5201": 0,
      "5202": 0,
      "5203": 0,
      "5204": 0,
      "5205": 1,
      "5206": 0,
      "5207": 0,
      "5208": 2,
      "5271": 0,
      "5272": 1,
    });
  });

  it("has the province's Bagian with Sub Bagian below, and the regencies' four Sub Bagian", () => {
    const province = data.sections.filter((s) => s.unitId === unit("52").id);
    expect(province.filter((s) => s.kind === "BAGIAN").map((s) => s.name)).toEqual([
      "Keuangan, Umum dan Logistik",
      "Teknis Penyelenggaraan Pemilu dan Hukum",
      "Partisipasi, Hubungan Masyarakat dan SDM",
      "Perencanaan, Data dan Informasi",
    ]);
    expect(province.filter((s) => s.kind === "SUB_BAGIAN").every((s) => s.parentId)).toBe(true);
    const sumbawa = data.sections.filter((s) => s.unitId === unit("5204").id);
    expect(sumbawa.map((s) => [s.kind, s.parentId])).toEqual(Array(4).fill(["SUB_BAGIAN", null]));
    // PKPU 14/2020 as amended by PKPU 21/2023: law with the technical Sub Bagian, public relations with HR.
    expect(sumbawa.map((s) => s.name)).toEqual([
      "Keuangan, Umum dan Logistik",
      "Teknis Penyelenggaraan Pemilu dan Hukum",
      "Partisipasi, Hubungan Masyarakat dan SDM",
      "Perencanaan, Data dan Informasi",
    ]);
  });
});

describe("named secretariat heads and demo accounts", () => {
  const holderOf = (code: string, title: string) => {
    const position = postsOf(code).find((p) => p.title === title)!;
    return officialById.get(holders(position)[0]!.officialId)!;
  };

  it("has Lalu Wiradarma as provincial Sekretaris, Baiq Nurlaili as Kabag Perdatin, Zulkarnain Hamid at Sumbawa", () => {
    const secretary = holderOf("52", "Sekretaris");
    expect(secretary.name).toMatch(/^Lalu Wiradarma, /);
    expect(["IV_C", "IV_D"]).toContain(secretary.rank);
    expect(postsOf("52").find((p) => p.title === "Sekretaris")?.level).toBe("HIGH_LEADERSHIP");
    expect(holderOf("52", "Kepala Bagian Perencanaan, Data dan Informasi").name).toBe("Baiq Nurlaili");
    expect(holderOf("5204", "Sekretaris").name).toBe("Zulkarnain Hamid");
  });

  it("lists exactly the demo logins", () => {
    expect(DEMO_LOGINS).toEqual([
      {
        role: "Administrator",
        roleId: "ADMINISTRATOR",
        unitCode: "52",
        username: "admin",
        password: DEMO_PASSWORD,
      },
      {
        role: "Provincial secretary",
        roleId: "SECRETARY",
        unitCode: "52",
        username: "sekprov",
        password: DEMO_PASSWORD,
      },
      {
        role: "Provincial staff",
        roleId: "STAFF",
        unitCode: "52",
        username: "stafprov",
        password: DEMO_PASSWORD,
      },
      {
        role: "Regency/city secretary",
        roleId: "SECRETARY",
        unitCode: "5204",
        username: "sekkab.sumbawa",
        password: DEMO_PASSWORD,
      },
      {
        role: "Regency/city staff",
        roleId: "STAFF",
        unitCode: "5271",
        username: "staf.mataram",
        password: DEMO_PASSWORD,
      },
      {
        role: "Regency secretary (KPU Kabupaten Dompu)",
        roleId: "SECRETARY",
        unitCode: "5205",
        username: "sekkab.dompu",
        password: DEMO_PASSWORD,
      },
      {
        role: "Regency secretary (KPU Kabupaten Lombok Utara)",
        roleId: "SECRETARY",
        unitCode: "5208",
        username: "sekkab.lombokutara",
        password: DEMO_PASSWORD,
      },
      {
        role: "City secretary (KPU Kota Bima)",
        roleId: "SECRETARY",
        unitCode: "5272",
        username: "sekkot.bima",
        password: DEMO_PASSWORD,
      },
      {
        role: "National secretary (Sekretariat Jenderal KPU RI)",
        roleId: "SECRETARY",
        unitCode: "RI",
        username: "sekjen",
        password: DEMO_PASSWORD,
      },
      {
        role: "National administrator (Sekretariat Jenderal KPU RI)",
        roleId: "ADMINISTRATOR",
        unitCode: "RI",
        username: "admin.ri",
        password: DEMO_PASSWORD,
      },
      {
        role: "Read-only viewer",
        roleId: "VIEWER",
        unitCode: "52",
        username: "pemantau",
        password: DEMO_PASSWORD,
      },
    ]);
    expect(DEMO_PASSWORD).toBe("kpuntb2026");
  });

  it("links the secretaries' accounts to their officials", () => {
    const users = demoUsers(data, "hash");
    const linked = Object.fromEntries(
      users.map((u) => [u.username, u.officialId && officialById.get(u.officialId)?.name]),
    );
    expect(linked).toMatchObject({
      sekprov: expect.stringMatching(/^Lalu Wiradarma/),
      "sekkab.sumbawa": "Zulkarnain Hamid",
      admin: null,
    });
    for (const user of users)
      expect(user.unitId).toBe(unit(DEMO_LOGINS.find((l) => l.username === user.username)!.unitCode).id);
  });
});

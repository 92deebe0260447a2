/**
 * The demo tree: Sekretariat Jenderal KPU RI → KPU Provinsi Nusa Tenggara Barat → its 10 regencies and cities,
 * with the staffing posture (posisi SDM) of each unit. Codes are the region codes (kode wilayah).
 *
 * The posture tells the stories of the seeds: KPU Kabupaten Sumbawa is structurally complete but under its
 * quota, with 11 support staff against a raised quota of 12 (seed 001); Dompu and Kota Bima each have one vacant
 * Kasubbag post and Lombok Utara two, whose former holders retired or moved (see history.ts).
 */
import type { Gender, UnitLevel } from "@/lib/generated/prisma/enums";
import type { NameCulture } from "./name-pool";

export interface StaffingPlan {
  /** Pelaksana slots filled, taken round-robin over the Sub Bagian (first post of each, then the second, …). */
  executors: number;
  /** How many of the filled pelaksana slots (the last ones) go to PPPK rather than PNS. */
  pppkExecutors: number;
  /** Functional slots filled, in the same order. */
  functional: number;
  pppkFunctional: number;
  /** Tenaga pendukung in post, against the unit's supportStaffQuota. */
  supportStaff: number;
  /** Structural posts (by post key) left vacant. */
  vacantPosts: string[];
}

/** A real secretariat head named in the seed articles; everyone else in the demo data is invented. */
export interface NamedHolder {
  name: string;
  gender: Gender;
}

export interface UnitPlan {
  code: string;
  name: string;
  shortName: string;
  level: UnitLevel;
  parentCode: string | null;
  timeZone: string;
  supportStaffQuota: number;
  /** Where most of its staff come from, for their names and birthplaces. */
  culture: NameCulture;
  /** Start of the current Sekretaris's term (ISO date). */
  headSince: string;
  staffing: StaffingPlan | null;
  namedHolders: Record<string, NamedHolder>;
}

export const NATIONAL_CODE = "RI";
export const PROVINCE_CODE = "52";

const WITA = "Asia/Makassar";

type RegencyRow = [
  code: string,
  place: string,
  isCity: boolean,
  culture: NameCulture,
  headSince: string,
  supportQuota: number,
  staffing: StaffingPlan,
];

function staffing(
  executors: number,
  supportStaff: number,
  options: Partial<Omit<StaffingPlan, "executors" | "supportStaff">> = {},
): StaffingPlan {
  return {
    executors,
    supportStaff,
    pppkExecutors: 0,
    functional: 0,
    pppkFunctional: 0,
    vacantPosts: [],
    ...options,
  };
}

const REGENCIES: RegencyRow[] = [
  [
    "5201",
    "Lombok Barat",
    false,
    "sasak",
    "2022-09-01",
    5,
    staffing(3, 3, { functional: 1, pppkFunctional: 1 }),
  ],
  ["5202", "Lombok Tengah", false, "sasak", "2021-06-01", 4, staffing(4, 4, { pppkExecutors: 1 })],
  ["5203", "Lombok Timur", false, "sasak", "2021-01-04", 5, staffing(4, 3)],
  [
    "5204",
    "Sumbawa",
    false,
    "samawa",
    "2020-10-01",
    12,
    staffing(5, 11, { pppkExecutors: 1, functional: 1 }),
  ],
  ["5205", "Dompu", false, "mbojo", "2023-05-02", 4, staffing(3, 3, { vacantPosts: ["kasubbag-hsdm"] })],
  [
    "5206",
    "Bima",
    false,
    "mbojo",
    "2021-01-04",
    4,
    staffing(3, 3, { pppkExecutors: 1, functional: 1, pppkFunctional: 1 }),
  ],
  ["5207", "Sumbawa Barat", false, "samawa", "2019-11-01", 3, staffing(3, 3)],
  [
    "5208",
    "Lombok Utara",
    false,
    "sasak",
    "2022-01-03",
    4,
    staffing(2, 2, { vacantPosts: ["kasubbag-kul", "kasubbag-pdi"] }),
  ],
  [
    "5271",
    "Mataram",
    true,
    "mataram",
    "2023-08-01",
    5,
    staffing(4, 4, { pppkExecutors: 1, functional: 1, pppkFunctional: 1 }),
  ],
  ["5272", "Bima", true, "mbojo", "2021-02-01", 4, staffing(3, 3, { vacantPosts: ["kasubbag-tp"] })],
];

export const UNIT_PLANS: readonly UnitPlan[] = [
  {
    code: NATIONAL_CODE,
    name: "Sekretariat Jenderal KPU RI",
    shortName: "Setjen KPU RI",
    level: "NATIONAL",
    parentCode: null,
    timeZone: "Asia/Jakarta",
    supportStaffQuota: 0,
    culture: "general",
    headSince: "2021-01-04",
    // The national secretariat is only the root of the tree here; it has no demo staff.
    staffing: null,
    namedHolders: {},
  },
  {
    code: PROVINCE_CODE,
    name: "KPU Provinsi Nusa Tenggara Barat",
    shortName: "KPU Provinsi NTB",
    level: "PROVINCE",
    parentCode: NATIONAL_CODE,
    timeZone: WITA,
    supportStaffQuota: 4,
    culture: "sasak",
    headSince: "2021-03-01",
    staffing: staffing(7, 3, { functional: 5, pppkFunctional: 1 }),
    namedHolders: {
      sekretaris: { name: "Lalu Wiradarma, S.E., M.M.", gender: "MALE" },
      "kabag-pdi": { name: "Baiq Nurlaili", gender: "FEMALE" },
    },
  },
  ...REGENCIES.map(([code, place, isCity, culture, headSince, supportQuota, plan]): UnitPlan => ({
    code,
    name: `KPU ${isCity ? "Kota" : "Kabupaten"} ${place}`,
    // Kota Bima and Kabupaten Bima share the place name: the short name keeps "Kota" or "Kabupaten" for every unit.
    shortName: `KPU ${isCity ? "Kota" : "Kabupaten"} ${place}`,
    level: "REGENCY_CITY",
    parentCode: PROVINCE_CODE,
    timeZone: WITA,
    supportStaffQuota: supportQuota,
    culture,
    headSince,
    staffing: plan,
    namedHolders: code === "5204" ? { sekretaris: { name: "Zulkarnain Hamid", gender: "MALE" } } : {},
  })),
];

/**
 * How ages, education, ranks and titles go with each kind of post in the demo data, following civil-service
 * practice: a Kasubbag is Penata (III/c–III/d), a Kabag or regency Sekretaris Pembina (IV/a–IV/b), the provincial
 * Sekretaris Pembina Utama Muda/Madya (IV/c–IV/d), a pelaksana II/c–III/b by education; PPPK hold grades
 * (V with SMA, VII with D3, IX with S1); support staff hold no rank.
 */
import type { EmploymentType, Gender, Rank } from "@/lib/generated/prisma/enums";
import type { Random } from "./prng";
import type { Field, Profile } from "./structure";

export type Education = "SMA" | "D3" | "S1" | "S2";

interface ProfileRule {
  birthYears: { pns: [number, number]; other: [number, number] };
  /** Ranks rise with years of service, so the start of service is capped for senior posts. */
  lastServiceStartYear: number;
  education: [Education, number][];
  femaleShare: number;
}

export const PROFILE_RULES: Record<Profile, ProfileRule> = {
  provincialSecretary: {
    birthYears: { pns: [1967, 1972], other: [1967, 1972] },
    lastServiceStartYear: 1998,
    education: [["S2", 1]],
    femaleShare: 0.3,
  },
  administrator: {
    birthYears: { pns: [1970, 1981], other: [1970, 1981] },
    lastServiceStartYear: 2006,
    education: [
      ["S2", 0.7],
      ["S1", 0.3],
    ],
    femaleShare: 0.35,
  },
  supervisor: {
    birthYears: { pns: [1974, 1987], other: [1974, 1987] },
    lastServiceStartYear: 2012,
    education: [
      ["S2", 0.35],
      ["S1", 0.65],
    ],
    femaleShare: 0.45,
  },
  functional: {
    birthYears: { pns: [1986, 1995], other: [1985, 1996] },
    lastServiceStartYear: 2019,
    education: [["S1", 1]],
    femaleShare: 0.5,
  },
  executor: {
    birthYears: { pns: [1982, 1994], other: [1984, 1997] },
    lastServiceStartYear: 2016,
    education: [
      ["SMA", 0.3],
      ["D3", 0.3],
      ["S1", 0.4],
    ],
    femaleShare: 0.5,
  },
  support: {
    birthYears: { pns: [1982, 2001], other: [1982, 2001] },
    lastServiceStartYear: 2024,
    education: [
      ["SMA", 0.65],
      ["D3", 0.15],
      ["S1", 0.2],
    ],
    femaleShare: 0.35,
  },
};

export function drawEducation(random: Random, profile: Profile): Education {
  let roll = random.next();
  for (const [education, share] of PROFILE_RULES[profile].education) {
    roll -= share;
    if (roll < 0) return education;
  }
  return PROFILE_RULES[profile].education[0]![0];
}

/** Age at the start of service: after school, a diploma or a degree. */
export function entryAge(random: Random, education: Education): number {
  return education === "SMA"
    ? random.int(19, 24)
    : education === "D3"
      ? random.int(21, 26)
      : random.int(22, 28);
}

const PNS_RANKS_BY_PROFILE: Record<Exclude<Profile, "executor" | "support">, Rank[]> = {
  provincialSecretary: ["IV_C", "IV_D"],
  administrator: ["IV_A", "IV_B"],
  supervisor: ["III_C", "III_D"],
  functional: ["III_A", "III_B"],
};

export function rankFor(
  random: Random,
  profile: Profile,
  education: Education,
  employment: EmploymentType,
): Rank | null {
  if (employment === "NON_ASN" || profile === "support") return null;
  if (employment === "PPPK")
    return education === "SMA" ? "PPPK_V" : education === "D3" ? "PPPK_VII" : "PPPK_IX";
  if (profile === "executor")
    return random.pick<Rank>(
      education === "S1" || education === "S2" ? ["III_A", "III_B"] : ["II_C", "II_D"],
    );
  return random.pick(PNS_RANKS_BY_PROFILE[profile]);
}

const BACHELOR: Record<Field, string[]> = {
  finance: ["S.E.", "S.Ak."],
  general: ["S.E.", "S.Sos.", "S.Pd."],
  technical: ["S.Sos.", "S.IP.", "S.Pd."],
  law: ["S.H."],
  hr: ["S.Sos.", "S.Psi.", "S.H."],
  planning: ["S.E.", "S.T.", "S.Si."],
  it: ["S.Kom.", "S.T."],
};

const MASTER: Record<Field, string[]> = {
  finance: ["M.M.", "M.Ak."],
  general: ["M.M.", "M.Si."],
  technical: ["M.Si.", "M.Pd."],
  law: ["M.H."],
  hr: ["M.M.", "M.Si."],
  planning: ["M.M.", "M.Si.", "M.T."],
  it: ["M.Kom.", "M.T."],
};

const DIPLOMA: Partial<Record<Field, string>> = { finance: "A.Md.Ak.", it: "A.Md.Kom." };

interface TitleContext {
  education: Education;
  field: Field;
  gender: Gender;
  birthYear: number;
  muslim: boolean;
  profile: Profile;
}

/** The name as it is written on letters: religious and academic titles before, degrees after the comma. */
export function titledName(random: Random, bare: string, context: TitleContext): string {
  const { education, field, gender, birthYear, muslim, profile } = context;
  const before: string[] = [];
  const after: string[] = [];
  const senior = profile !== "executor" && profile !== "support" && profile !== "functional";

  if (muslim && birthYear <= 1984 && random.chance(senior ? 0.3 : 0.15))
    before.push(gender === "MALE" ? "H." : "Hj.");
  if (education === "D3") after.push(DIPLOMA[field] ?? "A.Md.");
  if (education === "S1" || education === "S2") {
    // Doktorandus/doktoranda: the old bachelor's title, held by those who studied before the 1990s.
    if (birthYear <= 1972 && field !== "law" && field !== "it" && random.chance(0.5)) {
      before.unshift(gender === "MALE" ? "Drs." : "Dra."); // academic before religious: "Drs. H. …"
    } else {
      after.push(random.pick(BACHELOR[field]));
    }
  }
  if (education === "S2") after.push(random.pick(MASTER[field]));

  const name = [...before, bare].join(" ");
  return after.length ? `${name}, ${after.join(", ")}` : name;
}

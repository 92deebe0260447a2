/**
 * Deterministic generator of demo officials: name with fitting titles, birth date, NIP, rank and education that
 * agree with each other and with the post. PNS get a NIP that encodes their birth date, start of service and
 * gender; PPPK an NI PPPK that encodes their birth date, year of appointment, contract and gender; non-ASN support
 * staff get none.
 */
import type { EmploymentType, Gender, OfficialStatus } from "@/lib/generated/prisma/enums";
import { composeNip } from "@/lib/officials/nip";
import { composePppkNumber } from "@/lib/officials/pppk-number";
import { sortNameOf } from "@/lib/officials/names";
import { SEEDED_AT } from "./dates";
import { drawName, RESERVED_NAMES, type NameCulture } from "./name-pool";
import { PROFILE_RULES, drawEducation, entryAge, rankFor, titledName, type Education } from "./people-rules";
import type { Random } from "./prng";
import type { SeedOfficial } from "./rows";
import type { Field, Profile } from "./structure";
import type { NamedHolder } from "./units";

export interface PersonRequest {
  id: string;
  unitId: string;
  sectionId: string | null;
  profile: Profile;
  field: Field;
  culture: NameCulture;
  employmentType: EmploymentType;
  status?: OfficialStatus;
  /** A real secretariat head: name and gender as given, the rest generated. */
  named?: NamedHolder;
  /** Forces the birth month, e.g. for someone who retired at 58 in a given month. */
  born?: { year: number; month: number };
}

export interface GeneratedPerson {
  official: SeedOfficial;
  /** TMT CPNS (PNS) or first day of work (others): no post is held before it. */
  serviceStart: Date;
  education: Education;
}

const TMT_MONTHS = [1, 3, 4, 12, 2, 10];
/** Years in which the demo's PPPK were appointed. */
const PPPK_INTAKES = [2021, 2022, 2023];

/** Generates people one by one, keeping names and NIPs unique across the whole data set. */
export class PeopleFactory {
  private readonly names = new Set(RESERVED_NAMES.map((name) => sortNameOf(name)));
  private readonly nips = new Set<string>();

  create(random: Random, request: PersonRequest): GeneratedPerson {
    const rule = PROFILE_RULES[request.profile];
    const gender: Gender = request.named?.gender ?? (random.chance(rule.femaleShare) ? "FEMALE" : "MALE");
    const education = drawEducation(random, request.profile);
    const birthYear =
      request.born?.year ??
      random.int(...rule.birthYears[request.employmentType === "PNS" ? "pns" : "other"]);
    const birthMonth = request.born?.month ?? random.int(1, 12);
    const birthDate = new Date(
      Date.UTC(birthYear, birthMonth - 1, random.int(1, daysInMonth(birthYear, birthMonth))),
    );

    const drawn = this.uniqueName(random, request.culture, gender);
    const name =
      request.named?.name ??
      titledName(random, drawn.name, {
        education,
        field: request.field,
        gender,
        birthYear,
        muslim: drawn.muslim,
        profile: request.profile,
      });
    this.names.add(sortNameOf(name));

    const serviceYear =
      request.employmentType === "PPPK"
        ? random.pick(PPPK_INTAKES)
        : Math.min(birthYear + entryAge(random, education), rule.lastServiceStartYear);
    const serviceStart = { year: serviceYear, month: random.pick(TMT_MONTHS) };
    const nip =
      request.employmentType === "PNS"
        ? this.uniqueNip(random, { birthDate, serviceStart, gender })
        : request.employmentType === "PPPK"
          ? this.uniquePppkNumber({ birthDate, appointmentYear: serviceYear, gender })
          : null;

    return {
      education,
      serviceStart: new Date(Date.UTC(serviceStart.year, serviceStart.month - 1, 1)),
      official: {
        id: request.id,
        nip,
        name,
        sortName: sortNameOf(name),
        gender,
        birthDate,
        birthPlace: drawn.birthPlace,
        employmentType: request.employmentType,
        rank: rankFor(random, request.profile, education, request.employmentType),
        status: request.status ?? "ACTIVE",
        unitId: request.unitId,
        sectionId: request.sectionId,
        createdAt: SEEDED_AT,
        updatedAt: SEEDED_AT,
      },
    };
  }

  private uniqueName(random: Random, culture: NameCulture, gender: Gender) {
    for (let attempt = 0; attempt < 100; attempt++) {
      const drawn = drawName(random, culture, gender);
      if (!this.names.has(sortNameOf(drawn.name))) return drawn;
    }
    throw new Error(`no unused ${culture} name left for ${gender}`);
  }

  private uniqueNip(random: Random, parts: Omit<Parameters<typeof composeNip>[0], "sequence">): string {
    let sequence = random.int(1, 12);
    let nip = composeNip({ ...parts, sequence });
    while (this.nips.has(nip)) nip = composeNip({ ...parts, sequence: ++sequence });
    this.nips.add(nip);
    return nip;
  }

  /** An NI PPPK, numbered from 001 among those sharing the first 15 digits (no random draw, see contractOf). */
  private uniquePppkNumber(parts: { birthDate: Date; appointmentYear: number; gender: Gender }): string {
    const contract = contractOf(parts.appointmentYear);
    let sequence = 1;
    let number = composePppkNumber({ ...parts, contract, sequence });
    while (this.nips.has(number)) number = composePppkNumber({ ...parts, contract, sequence: ++sequence });
    this.nips.add(number);
    return number;
  }
}

/**
 * The 2021 intake's first contracts have been renewed once by the demo's date; later intakes are on their first.
 * Derived, not drawn: a draw here would shift every later person of the deterministic data set.
 */
function contractOf(appointmentYear: number): number {
  return appointmentYear <= 2021 ? 2 : 1;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

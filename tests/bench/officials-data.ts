/**
 * The benchmark's data (officials-list.ts): KPU RI, 38 provinces and 514 regencies with four sections each, and
 * BENCH_OFFICIALS (50,000) officials spread over them with titled names, valid unique NIPs, ranks that fit their
 * employment type and a mix of statuses. Deterministic, so runs compare.
 */
import { prisma } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { EmploymentType, OfficialStatus, Rank } from "@/lib/generated/prisma/enums";
import { sortNameOf } from "@/lib/officials/names";
import { composeNip } from "@/lib/officials/nip";
import { PNS_RANKS, PPPK_RANKS } from "@/lib/officials/ranks";
import { createRandom } from "@/lib/seed/prng";

/**
 * BENCH_SCALE=ntb builds one province with 10 regencies and as many officials per unit as the national scale (the
 * size of the NTB secretariats), so that a page's national figure can be divided by its figure at provincial size.
 */
export const SCALE = process.env.BENCH_SCALE === "ntb" ? "ntb" : "national";
const PROVINCES = SCALE === "ntb" ? 1 : 38;
const REGENCIES = SCALE === "ntb" ? 10 : 514;
export const OFFICIALS = Number(
  process.env.BENCH_OFFICIALS ?? Math.round((50_000 * (1 + PROVINCES + REGENCIES)) / 553),
);
const random = createRandom("officials-list-bench");

const FIRST =
  "Ahmad Muhammad Siti Nurul Baiq Lalu Suhardi Made Putu Sri Hamdan Zainal Rina Dewi Agus Budi".split(" ");
const LAST =
  "Hidayat Rahman Aini Fauzi Soud Wijaya Susanti Hasanah Saputra Rizal Anwar Kurniawan Lestari".split(" ");
const BEFORE = ["", "", "", "Dr. ", "Drs. ", "H. ", "Hj. ", "Ir. "];
const AFTER = ["", "", ", S.H.", ", S.E.", ", S.Sos., M.AP.", ", M.Si.", ", S.Kom."];
/** 80 % active, the rest on leave or retired. */
const STATUSES: OfficialStatus[] = [...Array<OfficialStatus>(8).fill("ACTIVE"), "ON_LEAVE", "RETIRED"];

/** KPU RI, its provinces, their regencies (regency r belongs to province r mod 38), four sections each. */
export const UNITS: Prisma.WorkUnitCreateManyInput[] = [
  { id: "u-ri", code: "RI", name: "Sekretariat Jenderal KPU", shortName: "KPU RI", level: "NATIONAL" },
  ...Array.from({ length: PROVINCES }, (_, p) => ({
    id: `u-p${p}`,
    code: `P${p}`,
    name: `KPU Provinsi ${p}`,
    shortName: `KPU Provinsi ${p}`,
    level: "PROVINCE" as const,
    parentId: "u-ri",
  })),
  ...Array.from({ length: REGENCIES }, (_, r) => ({
    id: `u-r${r}`,
    code: `R${r}`,
    name: `KPU Kabupaten ${r}`,
    shortName: `KPU Kabupaten ${r}`,
    level: "REGENCY_CITY" as const,
    parentId: `u-p${r % PROVINCES}`,
  })),
];
export const UNIT_IDS = UNITS.map((unit) => unit.id!);
const SECTION_NAMES = ["Keuangan dan Umum", "Teknis Penyelenggaraan", "Hukum dan SDM", "Perencanaan"];

export async function createUnits(): Promise<void> {
  await prisma.workUnit.createMany({ data: UNITS });
  await prisma.section.createMany({
    data: UNIT_IDS.flatMap((unitId) =>
      SECTION_NAMES.map((name, i) => ({
        id: `${unitId}-s${i}`,
        unitId,
        name,
        kind: "SUB_BAGIAN" as const,
        sortOrder: i,
      })),
    ),
  });
}

function generateOfficial(index: number, nips: Set<string>): Prisma.OfficialCreateManyInput {
  const unitId = UNIT_IDS[index % UNIT_IDS.length]!;
  const employmentType: EmploymentType = random.chance(0.6) ? "PNS" : random.chance(0.5) ? "PPPK" : "NON_ASN";
  const gender = random.chance(0.5) ? "MALE" : "FEMALE";
  const name = `${random.pick(BEFORE)}${random.pick(FIRST)} ${random.pick(LAST)}${random.pick(AFTER)}`;
  const birthDate = new Date(Date.UTC(random.int(1965, 1998), random.int(0, 11), random.int(1, 28)));
  let nip: string | null = null;
  if (employmentType === "PNS") {
    const serviceStart = { year: birthDate.getUTCFullYear() + random.int(22, 27), month: random.int(1, 12) };
    for (let sequence = 1; !nip || nips.has(nip); sequence++)
      nip = composeNip({ birthDate, serviceStart, gender, sequence });
    nips.add(nip);
  }
  const rank: Rank | null =
    employmentType === "PNS"
      ? random.pick(PNS_RANKS)
      : employmentType === "PPPK"
        ? random.pick(PPPK_RANKS)
        : null;
  return {
    id: `bo-${index}`,
    nip,
    name,
    sortName: sortNameOf(name),
    gender,
    birthDate,
    birthPlace: "Mataram",
    employmentType,
    rank,
    status: random.pick(STATUSES),
    unitId,
    sectionId: random.chance(0.8) ? `${unitId}-s${random.int(0, SECTION_NAMES.length - 1)}` : null,
    email: `pegawai${index}@kpu.example`,
    phone: `0812${String(index).padStart(8, "0")}`,
  };
}

// One INSERT … SELECT FROM unnest(arrays) per batch: much faster than createMany's one parameter per cell.
const INSERT_OFFICIALS = `
  INSERT INTO official (id, nip, name, "sortName", gender, "birthDate", "birthPlace", "employmentType", rank, status,
                        "unitId", "sectionId", email, phone, "updatedAt")
  SELECT *, now() FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[]::"Gender"[], $6::text[]::date[],
    $7::text[], $8::text[]::"EmploymentType"[], $9::text[]::"Rank"[], $10::text[]::"OfficialStatus"[], $11::text[],
    $12::text[], $13::text[], $14::text[])`;
const COLUMNS =
  "id nip name sortName gender birthDate birthPlace employmentType rank status unitId sectionId email phone".split(
    " ",
  ) as (keyof Prisma.OfficialCreateManyInput)[];

export async function createOfficials(): Promise<void> {
  const nips = new Set<string>();
  for (let start = 0; start < OFFICIALS; start += 5000) {
    const rows = Array.from({ length: Math.min(5000, OFFICIALS - start) }, (_, i) =>
      generateOfficial(start + i, nips),
    );
    const columns = COLUMNS.map((column) =>
      rows.map((row) => {
        const value = row[column];
        return value instanceof Date ? value.toISOString().slice(0, 10) : (value ?? null);
      }),
    );
    await prisma.$executeRawUnsafe(INSERT_OFFICIALS, ...columns);
  }
  await prisma.$executeRawUnsafe("ANALYZE official");
}

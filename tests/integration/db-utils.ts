/**
 * Small factories for integration tests. Every record gets unique keys, so tests sharing the run's database
 * (see global-setup.ts) never collide and need no clean-up between files. Extend with what your test needs.
 */
import bcrypt from "bcryptjs";
import { prisma } from "@/lib/db/client";
import type { Role, UnitLevel } from "@/lib/generated/prisma/enums";
import type { Prisma } from "@/lib/generated/prisma/client";

export const TEST_PASSWORD = "rahasia-uji-123";

let sequence = 0;
/** Unique within the run: a per-process random part and a counter. */
const runTag = Math.random().toString(36).slice(2, 7);
export function uniqueSuffix(): string {
  sequence += 1;
  return `${runTag}${sequence}`;
}

/** A work unit (satuan kerja); below `parent` if given, at the next level down. */
export async function createUnit(
  options: {
    parent?: { id: string; level: UnitLevel };
    level?: UnitLevel;
  } & Partial<Prisma.WorkUnitUncheckedCreateInput> = {},
) {
  const { parent, level, ...data } = options;
  const suffix = uniqueSuffix();
  const unitLevel: UnitLevel =
    level ?? (parent ? (parent.level === "NATIONAL" ? "PROVINCE" : "REGENCY_CITY") : "PROVINCE");
  return prisma.workUnit.create({
    data: {
      code: `T${suffix}`,
      name: `Sekretariat KPU Uji ${suffix}`,
      shortName: `KPU Uji ${suffix}`,
      level: unitLevel,
      parentId: parent?.id ?? null,
      ...data,
    },
  });
}

/** A PNS official (pegawai) at `unitId`. */
export async function createOfficial(
  unitId: string,
  data: Partial<Prisma.OfficialUncheckedCreateInput> = {},
) {
  const suffix = uniqueSuffix();
  const name = data.name ?? `Pegawai Uji ${suffix}`;
  return prisma.official.create({
    data: {
      name,
      sortName: name.toLowerCase(),
      gender: "FEMALE",
      employmentType: "PNS",
      unitId,
      ...data,
    },
  });
}

// The app hashes at cost 12 (~0.3 s in pure JavaScript); tests use cost 4, which verifyPassword accepts alike.
const hashes = new Map<string, Promise<string>>();
function testHash(password: string): Promise<string> {
  let hash = hashes.get(password);
  if (!hash) hashes.set(password, (hash = bcrypt.hash(password, 4)));
  return hash;
}

/** A user with `role` at `unitId`; signs in with `password` (default TEST_PASSWORD). */
export async function createUser(
  options: { role: Role; unitId: string; password?: string } & Partial<Prisma.UserUncheckedCreateInput>,
) {
  const { role, unitId, password = TEST_PASSWORD, ...data } = options;
  const suffix = uniqueSuffix();
  return prisma.user.create({
    data: {
      username: `uji.${suffix}`,
      displayName: `Pengguna Uji ${suffix}`,
      passwordHash: await testHash(password),
      role,
      unitId,
      ...data,
    },
  });
}

/** The user as pages and actions see them: role, home unit and scope, loaded by the app's own code. */
export async function currentUser(userId: string) {
  const { loadCurrentUser } = await import("@/lib/auth/load-current-user");
  const user = await loadCurrentUser(prisma, userId);
  if (!user) throw new Error(`user ${userId} is not active`);
  return user;
}

/** A province with two regencies below it, and a user factory for each: the usual scope test fixture. */
export async function createProvinceWithRegencies() {
  const province = await createUnit({ level: "PROVINCE" });
  const regencyA = await createUnit({ parent: province });
  const regencyB = await createUnit({ parent: province });
  return { province, regencyA, regencyB };
}

/** A section (Bagian/Sub Bagian) of `unitId`; a Sub Bagian with no quota unless told otherwise. */
export async function createSection(unitId: string, data: Partial<Prisma.SectionUncheckedCreateInput> = {}) {
  return prisma.section.create({
    data: { unitId, name: `Sub Bagian Uji ${uniqueSuffix()}`, kind: "SUB_BAGIAN", ...data },
  });
}

/** A post (jabatan) of `unitId`: a structural Kasubbag-level post unless told otherwise. */
export async function createPosition(
  unitId: string,
  data: Partial<Prisma.PositionUncheckedCreateInput> = {},
) {
  return prisma.position.create({
    data: {
      unitId,
      title: `Jabatan Uji ${uniqueSuffix()}`,
      kind: "STRUCTURAL",
      level: "SUPERVISOR",
      ...data,
    },
  });
}

/** `officialId` holds `position` from `startDate` on (no end date): the current holder. */
export async function assignToPosition(
  officialId: string,
  position: { id: string; unitId: string },
  data: Partial<Prisma.AssignmentUncheckedCreateInput> = {},
) {
  return prisma.assignment.create({
    data: {
      officialId,
      positionId: position.id,
      unitId: position.unitId,
      startDate: new Date("2024-01-02"),
      ...data,
    },
  });
}

/** A valid NIP no other test uses: a birth date between 1965 and 1995, TMT CPNS at 25, a random sequence. */
export async function uniqueNip(gender: "MALE" | "FEMALE" = "FEMALE"): Promise<string> {
  const { composeNip } = await import("@/lib/officials/nip");
  sequence += 1;
  const birthDate = new Date(
    Date.UTC(1965, 0, 1) + ((sequence * 7919 + Math.floor(Math.random() * 10_000)) % 11_000) * 86_400_000,
  );
  const serviceStart = { year: birthDate.getUTCFullYear() + 25, month: 3 };
  return composeNip({ birthDate, serviceStart, gender, sequence: 1 + Math.floor(Math.random() * 999) });
}

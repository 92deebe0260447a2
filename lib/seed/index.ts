/**
 * Demo data: KPU Provinsi NTB and its 10 regency/city secretariats under the national root, about 150 officials
 * with their posts and history, a scheduled retirement, and six demo accounts (DEMO_LOGINS). Used by `npm run db:seed`, by the launcher
 * on an empty embedded database, and by the end-to-end tests.
 *
 * Idempotent by the national unit: if a unit with code "RI" exists the database counts as seeded (or as real)
 * and nothing is written. Otherwise everything goes in in one transaction of a few bulk inserts, so a run either
 * seeds completely or not at all, and the embedded database's single connection is held only briefly.
 */
import { hashPassword } from "@/lib/auth/password";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { insertAppointmentDemo } from "./appointments-insert";
import { buildDemoData, type DemoData } from "./dataset";
import { insertEventDemo } from "./events";
import { insertNewsDemo } from "./news";
import { insertSupervisionDemo } from "./supervision";
import { NATIONAL_CODE } from "./units";
import { demoUsers, DEMO_PASSWORD, type SeedUser } from "./users";

export { DEMO_LOGINS, DEMO_PASSWORD, type DemoLogin } from "./users";
export { buildDemoData, type DemoData } from "./dataset";

/** Serialises concurrent seeders (the launcher and `npm run db:seed` started together). */
const SEED_LOCK_KEY = 72707370;

type Db = PrismaClient | Prisma.TransactionClient;

export async function seedDemoData(prisma: PrismaClient): Promise<{ created: boolean }> {
  // Checked before hashing: bcrypt costs a noticeable fraction of a second, on every start of the dev server.
  if (await isSeeded(prisma)) return { created: false };
  const data = buildDemoData();
  const users = demoUsers(data, await hashPassword(DEMO_PASSWORD));

  return prisma.$transaction(
    async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(${SEED_LOCK_KEY}::bigint)`;
      if (await isSeeded(tx)) return { created: false };
      await assertNoClash(tx, data, users);
      await insert(tx, data, users);
      return { created: true };
    },
    { maxWait: 30_000, timeout: 120_000 },
  );
}

async function isSeeded(db: Db): Promise<boolean> {
  return (await db.workUnit.findUnique({ where: { code: NATIONAL_CODE }, select: { id: true } })) !== null;
}

/** A database without the national unit but with some demo units or usernames was not seeded by us: refuse it. */
async function assertNoClash(db: Db, data: DemoData, users: SeedUser[]): Promise<void> {
  const units = await db.workUnit.findMany({
    where: { code: { in: data.units.map((unit) => unit.code) } },
    select: { code: true },
  });
  const accounts = await db.user.findMany({
    where: { username: { in: users.map((user) => user.username) } },
    select: { username: true },
  });
  const clashes = [
    ...units.map((unit) => `unit ${unit.code}`),
    ...accounts.map((user) => `user ${user.username}`),
  ];
  if (clashes.length) {
    throw new Error(
      `Cannot seed the demo data: the database has no national unit "${NATIONAL_CODE}" but already holds ` +
        `${clashes.join(", ")}. Seed an empty database instead.`,
    );
  }
}

/** Parents before children: units level by level, then Bagian before the Sub Bagian below them. */
async function insert(db: Db, data: DemoData, users: SeedUser[]): Promise<void> {
  for (const level of ["NATIONAL", "PROVINCE", "REGENCY_CITY"] as const) {
    await db.workUnit.createMany({ data: data.units.filter((unit) => unit.level === level) });
  }
  await db.section.createMany({ data: data.sections.filter((section) => section.parentId === null) });
  await db.section.createMany({ data: data.sections.filter((section) => section.parentId !== null) });
  await db.position.createMany({ data: data.positions });
  await db.official.createMany({ data: data.officials });
  await db.assignment.createMany({ data: data.assignments });
  await db.user.createMany({ data: users });
  await db.officialChange.createMany({ data: data.officialChanges });
  await insertEventDemo(db, data);
  await insertSupervisionDemo(db, data);
  await insertAppointmentDemo(db, data, users);
  // Last: the news is drafted from the activities written above.
  await insertNewsDemo(db);
}

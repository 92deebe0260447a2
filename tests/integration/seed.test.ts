/**
 * The demo seed against a real database: its own scratch database (not the run's shared one, which other files
 * fill with factories), migrated, seeded twice.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifyPassword } from "@/lib/auth/password";
import { createPrismaClient } from "@/lib/db/client";
import { applyMigrations } from "@/lib/db/migrations/runner";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { buildDemoData, DEMO_LOGINS, DEMO_PASSWORD, seedDemoData } from "@/lib/seed";
import { createScratchDatabase, type ScratchDatabase } from "../support/scratch-database";

let database: ScratchDatabase;
let prisma: PrismaClient;
const clients: PrismaClient[] = [];

function connect(): PrismaClient {
  // The embedded fallback serves one connection per process; a server takes a small pool.
  const client = createPrismaClient(database.url, database.embedded ? 1 : 2);
  clients.push(client);
  return client;
}

/** Rows in every table of the schema, by table name. */
async function rowCounts(db: PrismaClient): Promise<Record<string, number>> {
  const tables = await db.$queryRaw<{ name: string }[]>`
    SELECT table_name AS name FROM information_schema.tables
     WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name`;
  const counts: Record<string, number> = {};
  for (const { name } of tables) {
    const [row] = await db.$queryRawUnsafe<{ count: bigint }[]>(
      `SELECT count(*) AS count FROM "${name.replace(/"/g, '""')}"`,
    );
    counts[name] = Number(row?.count ?? 0);
  }
  return counts;
}

beforeAll(async () => {
  database = await createScratchDatabase("sek_seed");
  await applyMigrations({ connectionString: database.url });
  prisma = connect();
});

afterAll(async () => {
  await Promise.all(clients.map((client) => client.$disconnect()));
  await database?.drop();
});

// bcrypt at the app's cost runs in plain JavaScript: seconds per test when the machine is busy.
describe("seedDemoData", { timeout: 90_000 }, () => {
  it("seeds an empty database once; a second run changes nothing", async () => {
    const data = buildDemoData();

    expect(await seedDemoData(prisma)).toEqual({ created: true });
    const afterFirst = await rowCounts(prisma);
    expect(afterFirst).toMatchObject({
      work_unit: data.units.length,
      section: data.sections.length,
      position: data.positions.length,
      official: data.officials.length,
      assignment: data.assignments.length,
      official_change: data.officialChanges.length,
      app_user: DEMO_LOGINS.length,
    });

    expect(await seedDemoData(prisma)).toEqual({ created: false });
    expect(await rowCounts(prisma)).toEqual(afterFirst);
  });

  it("creates the demo users, at their units, with hashes that verify the demo password", async () => {
    const users = await prisma.user.findMany({
      select: {
        username: true,
        role: true,
        passwordHash: true,
        unit: { select: { code: true } },
        official: { select: { name: true } },
      },
    });
    expect(users).toHaveLength(DEMO_LOGINS.length);
    for (const login of DEMO_LOGINS) {
      const user = users.find((u) => u.username === login.username);
      expect(user, login.username).toMatchObject({ role: login.roleId, unit: { code: login.unitCode } });
      expect(await verifyPassword(DEMO_PASSWORD, user!.passwordHash)).toBe(true);
    }
    expect(await verifyPassword("salah-sekali", users[0]!.passwordHash)).toBe(false);
    expect(users.find((u) => u.username === "sekprov")?.official?.name).toMatch(/^Lalu Wiradarma/);
    expect(users.find((u) => u.username === "sekkab.sumbawa")?.official?.name).toBe("Zulkarnain Hamid");
  });

  it("stores what the app reads: the tree, and Sumbawa's posture", async () => {
    const sumbawa = await prisma.workUnit.findUniqueOrThrow({
      where: { code: "5204" },
      select: {
        shortName: true,
        supportStaffQuota: true,
        parent: { select: { code: true, parent: { select: { code: true } } } },
      },
    });
    expect(sumbawa).toEqual({
      shortName: "KPU Kabupaten Sumbawa",
      supportStaffQuota: 12,
      parent: { code: "52", parent: { code: "RI" } },
    });
    const support = await prisma.assignment.count({
      where: { unit: { code: "5204" }, endDate: null, position: { kind: "SUPPORT" } },
    });
    expect(support).toBe(11);
  });

  it("lets two seeders race on an empty database: one seeds, the other finds it done", async (context) => {
    // Two connections at once need a real server; the embedded fallback has a single one per process.
    if (database.embedded) context.skip();
    const other = await createScratchDatabase("sek_seed");
    try {
      await applyMigrations({ connectionString: other.url });
      const [a, b] = [createPrismaClient(other.url, 2), createPrismaClient(other.url, 2)];
      try {
        const results = await Promise.all([seedDemoData(a), seedDemoData(b)]);
        expect(results.map((r) => r.created).sort()).toEqual([false, true]);
        expect(await a.workUnit.count()).toBe(buildDemoData().units.length);
      } finally {
        await Promise.all([a.$disconnect(), b.$disconnect()]);
      }
    } finally {
      await other.drop();
    }
  });
});

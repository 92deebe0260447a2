/**
 * Every unique index of the schema maps to the "already exists" refusal its sequential check gives, and two users
 * saving the same value at the same moment get that refusal, not a 500 (issue 11, finding 6).
 */
import { describe, expect, it } from "vitest";
import { UNIQUE_REFUSALS } from "@/lib/actions/unique-violations";
import type { Mutation, MutationResult } from "@/lib/actions/mutation";
import type { CurrentUser } from "@/lib/auth/types";
import { prisma } from "@/lib/db/client";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { messagesFor } from "@/lib/i18n/messages";
import { saveOrganisation } from "@/lib/stakeholders/stakeholder-mutations";
import { createAccount } from "@/lib/users/account-mutations";
import { createSection, createUnit } from "@/lib/units/mutations";
import type { z } from "zod";
import * as factory from "./db-utils";

/** The unique indexes of the migrated database (the schema's `@unique`, `@@unique` and composite `@@id`). */
async function uniqueIndexes(): Promise<string[]> {
  const rows = await prisma.$queryRaw<{ name: string }[]>`
    SELECT index_class.relname AS name
    FROM pg_index i
    JOIN pg_class index_class ON index_class.oid = i.indexrelid
    JOIN pg_class table_class ON table_class.oid = i.indrelid
    JOIN pg_namespace n ON n.oid = table_class.relnamespace
    WHERE i.indisunique
      AND n.nspname = current_schema()
      AND table_class.relname NOT LIKE '\\_prisma%'
      AND table_class.relname NOT LIKE '\\_migrations%'
      AND NOT (i.indisprimary AND i.indnatts = 1)`;
  return rows.map((row) => row.name).sort();
}

function lookup(catalogue: Record<string, unknown>, path: string): unknown {
  return path
    .split(".")
    .reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], catalogue);
}

describe("unique constraints", () => {
  it("each has a refusal naming what is taken, in both catalogues, and none is listed that does not exist", async () => {
    const indexes = await uniqueIndexes();
    expect(indexes.length).toBeGreaterThan(10);
    expect(Object.keys(UNIQUE_REFUSALS).sort()).toEqual(indexes);
    for (const locale of ["id", "en"] as const) {
      const catalogue = messagesFor(locale);
      for (const { key } of Object.values(UNIQUE_REFUSALS))
        expect(typeof lookup(catalogue, key), key).toBe("string");
      expect(typeof lookup(catalogue, "uniqueness.unknown")).toBe("string");
    }
  });
});

type AnyMutation = Mutation<z.ZodType, unknown>;

/** A database whose transactions commit only once `gate` opens: the first of two racing saves, held mid-way. */
function heldOpen(gate: Promise<void>): PrismaClient {
  return {
    $transaction: (run: (tx: unknown) => Promise<unknown>) =>
      prisma.$transaction(
        async (tx) => {
          const result = await run(tx);
          await gate;
          return result;
        },
        { timeout: 20_000 },
      ),
  } as unknown as PrismaClient;
}

/** Waits until a statement of this database waits for a lock: the second save, blocked on the first one's row. */
async function someoneWaitsForALock(): Promise<void> {
  for (let attempt = 0; attempt < 200; attempt += 1) {
    const [row] = await prisma.$queryRaw<{ waiting: bigint }[]>`
      SELECT count(*) AS waiting FROM pg_stat_activity
      WHERE datname = current_database() AND wait_event_type = 'Lock'`;
    if (Number(row?.waiting) > 0) return;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error("the second save never waited for the first");
}

/**
 * Two saves of the same value, really at once: the first writes its row and holds its transaction open, the second
 * passes the sequential check (the row is not committed yet) and blocks in the unique index until the first
 * commits, then loses on the index. Then a third save comes after both, sequentially.
 */
async function race(mutation: AnyMutation, user: CurrentUser, input: object, secondInput: object = input) {
  let open!: () => void;
  const gate = new Promise<void>((resolve) => (open = resolve));
  const first = mutation.execute(user, input, heldOpen(gate));
  // Give the first save time to write its row before the second starts.
  await new Promise((resolve) => setTimeout(resolve, 300));
  const second = mutation.execute(user, secondInput);
  await someoneWaitsForALock();
  open();
  const [winner, loser] = await Promise.all([first, second]);
  const later = await mutation.execute(user, secondInput);
  return { winner, loser, later };
}

function refusal(result: MutationResult<unknown>) {
  if (result.ok || result.code !== "domain")
    throw new Error(`not a domain refusal: ${JSON.stringify(result)}`);
  return { reason: result.reason, field: result.field };
}

async function numericProvince() {
  for (;;) {
    const code = String(10 + Math.floor(Math.random() * 90));
    if (!(await prisma.workUnit.findUnique({ where: { code } })))
      return factory.createUnit({ level: "PROVINCE", code });
  }
}

async function userAt(role: "ADMINISTRATOR" | "SECRETARY" | "STAFF", unitId: string) {
  return factory.currentUser((await factory.createUser({ role, unitId })).id);
}

describe("two users saving the same unique value at once", () => {
  it("the same unit code: one unit, and the second is told the code is taken, as the sequential check says", async () => {
    const province = await numericProvince();
    const admin = await userAt("ADMINISTRATOR", province.id);
    const code = `${province.code}${String(10 + Math.floor(Math.random() * 89))}`;
    const input = {
      parentId: province.id,
      name: "KPU Kabupaten Balapan",
      shortName: "KPU Balapan",
      code,
      timeZone: "Asia/Makassar",
      supportStaffQuota: "3",
    };
    const { winner, loser, later } = await race(createUnit as AnyMutation, admin, input);
    expect(winner.ok).toBe(true);
    expect(loser).toEqual({
      ok: false,
      code: "domain",
      reason: "units.errors.codeTaken",
      params: { code },
      field: "code",
    });
    expect(refusal(later)).toEqual(refusal(loser));
    expect(await prisma.workUnit.count({ where: { code } })).toBe(1);
  });

  it("the same section name in one unit: one section, and the same refusal", async () => {
    const { province, regencyA } = await factory.createProvinceWithRegencies();
    const staff = await userAt("ADMINISTRATOR", province.id);
    const name = `Sub Bagian Hukum dan SDM ${factory.uniqueSuffix()}`;
    const input = { unitId: regencyA.id, name, kind: "SUB_BAGIAN", staffQuota: "2", sortOrder: "1" };
    const { winner, loser, later } = await race(createSection as AnyMutation, staff, input);
    expect(winner.ok).toBe(true);
    expect(refusal(loser)).toEqual({ reason: "units.errors.sectionNameTaken", field: "name" });
    expect(refusal(later)).toEqual(refusal(loser));
    expect(await prisma.section.count({ where: { unitId: regencyA.id, name } })).toBe(1);
  });

  it("the same stakeholder organisation: one record, and a refusal on the name", async () => {
    const { regencyA } = await factory.createProvinceWithRegencies();
    const secretary = await userAt("SECRETARY", regencyA.id);
    const name = `Universitas Balapan ${factory.uniqueSuffix()}`;
    const { winner, loser, later } = await race(saveOrganisation as AnyMutation, secretary, {
      name,
      category: "UNIVERSITY",
    });
    expect(winner.ok).toBe(true);
    expect(refusal(loser)).toMatchObject({ field: "name" });
    expect(refusal(later)).toEqual({ reason: "stakeholders.errors.duplicate", field: "name" });
    expect(await prisma.stakeholderOrganisation.count({ where: { name } })).toBe(1);
  });

  it("the same username for two officials: one account, and the second is told the username is taken", async () => {
    const { province, regencyA } = await factory.createProvinceWithRegencies();
    const admin = await userAt("ADMINISTRATOR", province.id);
    const [first, second] = [
      await factory.createOfficial(regencyA.id),
      await factory.createOfficial(regencyA.id),
    ];
    const username = `balapan.${factory.uniqueSuffix()}`;
    const { winner, loser, later } = await race(
      createAccount as AnyMutation,
      admin,
      { officialId: first.id, username, role: "STAFF" },
      { officialId: second.id, username, role: "STAFF" },
    );
    expect(winner.ok).toBe(true);
    expect(loser).toEqual({
      ok: false,
      code: "domain",
      reason: "uniqueness.username",
      params: { username },
      field: "username",
    });
    expect(refusal(later)).toEqual(refusal(loser));
    expect(await prisma.user.count({ where: { username } })).toBe(1);
  });
});

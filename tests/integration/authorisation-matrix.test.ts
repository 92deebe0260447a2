/**
 * The authorisation matrix (issue 11): every mutation found in the code × every role × a record in the user's own
 * unit, another regency, the parent province, the nation, and for upper users the units below. The answer must be
 * the policy's: `forbidden` when the role may not do the action at all, `notFound` when the record is out of scope,
 * and otherwise the scope check passed (a success, or a domain answer such as "already submitted"). Every refusal
 * together must leave every table of the database as it was. The world is the demo seed, in a database of its own.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { can } from "@/lib/auth/policy";
import type { CurrentUser } from "@/lib/auth/types";
import { prisma } from "@/lib/db/client";
import { seedDemoData } from "@/lib/seed";
import { allMutations, type AnyMutation } from "../support/all-mutations";
import { MATRIX_INPUTS, type InputContext } from "../support/matrix-inputs";
import { ensureRecords } from "../support/matrix-records";
import {
  answerOf,
  changedTables,
  HOMES,
  loadPlaces,
  PLACE_CODES,
  ROLES,
  tableDigests,
  type Answer,
  type Home,
  type PlaceCode,
} from "../support/matrix-world";
import { createMigratedDatabase, type ScratchDatabase } from "../support/scratch-database";
import { createUser, currentUser } from "./db-utils";

let database: ScratchDatabase;
let mutations: Map<string, AnyMutation>;
let places: Awaited<ReturnType<typeof loadPlaces>>;
let actorId: string;
const users = new Map<string, CurrentUser>();

const cache = globalThis as { sekretariatPrisma?: { $disconnect(): Promise<void> } };

beforeAll(async () => {
  // The process's client (and everything that uses it: mutations, factories) on a database seeded for this file.
  database = await createMigratedDatabase("sek_matrix");
  await cache.sekretariatPrisma?.$disconnect();
  cache.sekretariatPrisma = undefined;
  process.env.DATABASE_URL = database.url;
  await seedDemoData(prisma);
  places = await loadPlaces(prisma);
  for (const home of HOMES) {
    for (const role of ROLES) {
      const unitId = places.idOf(home.code);
      const stored = await createUser({
        role,
        unitId,
        username: `matrix.${role.toLowerCase()}.${home.code}`,
      });
      users.set(`${home.code}:${role}`, await currentUser(stored.id));
    }
  }
  actorId = users.get("RI:ADMINISTRATOR")!.id;
  for (const code of PLACE_CODES) await ensureRecords(prisma, places.idOf(code), actorId);
  mutations = await allMutations();
}, 180_000);

afterAll(async () => {
  await cache.sekretariatPrisma?.$disconnect();
  cache.sekretariatPrisma = undefined;
  await database?.drop();
});

interface Case {
  name: string;
  mutation: AnyMutation;
  home: Home;
  role: (typeof ROLES)[number];
  place: { label: string; code: PlaceCode };
  expected: Answer;
}

function cases(): Case[] {
  const all: Case[] = [];
  for (const [name, mutation] of mutations) {
    const entry = MATRIX_INPUTS[name];
    if (!entry) continue;
    for (const home of HOMES) {
      for (const role of ROLES) {
        const user = users.get(`${home.code}:${role}`)!;
        // A mutation on the user's own things names no place: one try per user is the whole row.
        const homePlaces = entry.self ? home.places.slice(0, 1) : home.places;
        for (const place of homePlaces) {
          const inScope = entry.self || places.isWithin(places.idOf(home.code), places.idOf(place.code));
          const expected: Answer = !can(user, mutation.action)
            ? "forbidden"
            : inScope
              ? "allowed"
              : "notFound";
          all.push({ name, mutation, home, role, place, expected });
        }
      }
    }
  }
  return all;
}

const describeCase = (c: Case) =>
  `${c.name} by ${c.role} of ${c.home.code} on ${c.place.label} (${c.place.code})`;
const context = (code: PlaceCode): InputContext => ({ db: prisma, unitId: places.idOf(code), actorId });

describe("the authorisation matrix", { timeout: 240_000 }, () => {
  it("has an input for every mutation found in the code, and none for a mutation that is gone", () => {
    expect(mutations.size).toBeGreaterThan(60);
    const found = [...mutations.keys()];
    expect(found.filter((name) => !MATRIX_INPUTS[name])).toEqual([]);
    expect(Object.keys(MATRIX_INPUTS).filter((name) => !mutations.has(name))).toEqual([]);
  });

  it("answers every role at every place as the policy says; a refusal writes nothing", async () => {
    const all = cases();
    const wrong: string[] = [];
    const check = async (c: Case, input: () => Promise<Record<string, unknown>>) => {
      const user = users.get(`${c.home.code}:${c.role}`)!;
      let result: { ok: boolean; code?: string; fieldErrors?: unknown };
      try {
        result = await c.mutation.execute(user, await input());
      } catch (error) {
        wrong.push(`${describeCase(c)}: expected ${c.expected}, threw ${String(error).slice(0, 300)}`);
        return;
      }
      const answer = answerOf(result);
      if (answer !== c.expected) {
        const detail = answer === "validation" ? ` ${JSON.stringify(result.fieldErrors)}` : "";
        wrong.push(`${describeCase(c)}: expected ${c.expected}, got ${answer}${detail}`);
      }
    };

    // Refusals first, their inputs made before the snapshot: then any row that differs was written by one of them.
    const refused = all.filter((c) => c.expected !== "allowed");
    const inputs = new Map<string, Record<string, unknown>>();
    for (const c of refused) {
      const key = `${c.name}@${c.place.code}`;
      if (!inputs.has(key)) inputs.set(key, await MATRIX_INPUTS[c.name]!.input(context(c.place.code)));
    }
    const before = await tableDigests(prisma);
    for (const c of refused) await check(c, async () => inputs.get(`${c.name}@${c.place.code}`)!);
    const written = changedTables(before, await tableDigests(prisma));

    // Then what the policy allows: each with a fresh input, as the previous one may have changed the record.
    for (const c of all.filter((c) => c.expected === "allowed")) {
      await check(c, () => MATRIX_INPUTS[c.name]!.input(context(c.place.code)));
    }
    // The digest sees writes: the allowed changes above left their audit entries.
    expect(changedTables(before, await tableDigests(prisma))).toContain("audit_log");
    expect(wrong).toEqual([]);
    expect(written, "tables written by a refused mutation").toEqual([]);
    expect(refused.length).toBeGreaterThan(1000);
  });
});

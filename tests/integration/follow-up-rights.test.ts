/**
 * Who may take each step of a follow-up (tindak lanjut), on the real database: for every transition, a fresh
 * follow-up in the state it starts from is tried by the regency responsible for it, another regency, the province
 * above and the national level. Exactly the expected ones succeed, those that tell someone writing the notification
 * with the change; every refusal leaves the row, its escalation path and the notifications as they were. Then what
 * each of them can read of it.
 */
import { describe, expect, it } from "vitest";
import type { CurrentUser } from "@/lib/auth/types";
import { prisma } from "@/lib/db/client";
import type { FollowUpStatus } from "@/lib/generated/prisma/enums";
import { getFollowUp } from "@/lib/follow-ups/queries";
import { followUpTransitions } from "@/lib/follow-ups/follow-up-mutations";
import type { FollowUpTransition } from "@/lib/follow-ups/workflow";
import { setting } from "./supervision-world";

type World = Awaited<ReturnType<typeof setting>>;
type Actor = "sekkab" | "other" | "sekprov" | "pusat";
const ACTORS: Actor[] = ["sekkab", "other", "sekprov", "pusat"];

interface Case {
  name: FollowUpTransition;
  /** The state the follow-up is put in, and which unit holds it when escalated. */
  status: FollowUpStatus;
  heldBy?: "province" | "nation";
  may: Actor[];
  /** Whether the step tells someone (returned, escalated to them, verified), in its own transaction. */
  tells?: true;
}

const CASES: Case[] = [
  { name: "start", status: "OPEN", may: ["sekkab"] },
  { name: "start", status: "REOPENED", may: ["sekkab"] },
  { name: "complete", status: "IN_PROGRESS", may: ["sekkab"] },
  { name: "escalate", status: "IN_PROGRESS", may: ["sekkab"], tells: true },
  { name: "escalate", status: "OPEN", may: ["sekkab"], tells: true },
  // The level above verifies or reopens: any unit whose scope holds the regency, never the regency itself.
  { name: "verify", status: "DONE", may: ["sekprov", "pusat"], tells: true },
  { name: "reopen", status: "DONE", may: ["sekprov", "pusat"], tells: true },
  { name: "reopen", status: "VERIFIED", may: ["sekprov", "pusat"], tells: true },
  // An escalation is answered by the unit holding it, and by no other, not even one above it.
  { name: "takeOver", status: "ESCALATED", heldBy: "province", may: ["sekprov"] },
  { name: "sendBack", status: "ESCALATED", heldBy: "province", may: ["sekprov"], tells: true },
  { name: "escalateFurther", status: "ESCALATED", heldBy: "province", may: ["sekprov"], tells: true },
  { name: "takeOver", status: "ESCALATED", heldBy: "nation", may: ["pusat"] },
  { name: "sendBack", status: "ESCALATED", heldBy: "nation", may: ["pusat"], tells: true },
];

/** A follow-up of regency A in `status`, escalated to `heldBy` with its open Escalation row when escalated. */
async function followUpIn(world: World, status: FollowUpStatus, heldBy?: "province" | "nation") {
  const holder = heldBy ? world[heldBy].id : null;
  const row = await prisma.followUp.create({
    data: {
      unitId: world.regencyA.id,
      source: "FINDING",
      area: "FINANCE",
      title: "Lengkapi SPJ",
      dueDate: new Date("2026-03-01"),
      status,
      escalatedToUnitId: holder,
      completedAt: status === "DONE" || status === "VERIFIED" ? new Date() : null,
    },
  });
  if (holder) {
    await prisma.escalation.create({
      data: {
        followUpId: row.id,
        originUnitId: heldBy === "nation" ? world.province.id : world.regencyA.id,
        holderUnitId: holder,
        reason: "Di luar kewenangan",
        raisedById: world.users.sekkab.id,
      },
    });
  }
  return row;
}

/** Everything a step writes about one follow-up: the row, its escalation path, its notifications, its audit. */
async function footprint(id: string) {
  const [row, escalations, notifications, audit] = await Promise.all([
    prisma.followUp.findUniqueOrThrow({ where: { id } }),
    prisma.escalation.findMany({ where: { followUpId: id }, orderBy: { createdAt: "asc" } }),
    prisma.notification.count({ where: { followUpId: id } }),
    prisma.auditLog.count({ where: { entityType: "FollowUp", entityId: id } }),
  ]);
  return { row, escalations, notifications, audit };
}

describe("who may take each follow-up step", () => {
  it("lets exactly the expected units take every transition, and a refusal writes nothing", async () => {
    const world = await setting();
    const users: Record<Actor, CurrentUser> = world.users;
    const answers: string[] = [];
    const expected: string[] = [];
    for (const c of CASES) {
      for (const actor of ACTORS) {
        const row = await followUpIn(world, c.status, c.heldBy);
        const before = await footprint(row.id);
        const result = await followUpTransitions[c.name].execute(users[actor], {
          id: row.id,
          version: row.version,
          reason: "Alasan langkah ini",
        });
        const label = `${c.name} from ${c.status}${c.heldBy ? ` at ${c.heldBy}` : ""} by ${actor}`;
        answers.push(`${label}: ${result.ok ? "done" : "refused"}`);
        expected.push(`${label}: ${c.may.includes(actor) ? "done" : "refused"}`);
        const after = await footprint(row.id);
        if (result.ok) {
          expect(after.row.version, label).toBe(row.version + 1);
          expect(after.audit, label).toBeGreaterThan(before.audit);
          expect(after.notifications > before.notifications, `${label} tells`).toBe(Boolean(c.tells));
        } else {
          expect(after, label).toEqual(before);
        }
      }
    }
    expect(answers).toEqual(expected);
  });

  it("answers another regency's step on a follow-up it cannot see as if it did not exist", async () => {
    const world = await setting();
    const row = await followUpIn(world, "IN_PROGRESS");
    expect(
      await followUpTransitions.escalate.execute(world.users.other, {
        id: row.id,
        version: row.version,
        reason: "x",
      }),
    ).toEqual({ ok: false, code: "notFound" });
    // The province above may not act for the regency: its refusal says so, it is no "not found".
    expect(
      await followUpTransitions.complete.execute(world.users.sekprov, {
        id: row.id,
        version: row.version,
        reason: "x",
      }),
    ).toMatchObject({ ok: false, code: "domain" });
  });
});

describe("who may read a follow-up", () => {
  it("shows it to its regency and the levels above, never to another regency", async () => {
    const world = await setting();
    const row = await followUpIn(world, "ESCALATED", "province");
    for (const actor of ["sekkab", "sekprov", "pusat"] as const) {
      const found = await getFollowUp(world.users[actor], row.id);
      expect(found?.followUp.id, actor).toBe(row.id);
      expect(found?.followUp.escalations, actor).toHaveLength(1);
    }
    expect(await getFollowUp(world.users.other, row.id)).toBeNull();
  });
});

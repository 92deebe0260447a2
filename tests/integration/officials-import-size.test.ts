/**
 * The documented maximum of an import (5,000 rows) commits, in batched writes, with one summary in the audit trail,
 * and importing the same file again changes nothing (issue 11, finding 8). The timings are printed by
 * tests/bench/officials-import.ts; this test asserts what is stored.
 */
import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { commitInput, commitOfficialImport } from "@/lib/officials/import/commit";
import { MAX_DATA_ROWS } from "@/lib/officials/import/limits";
import { planImportFile } from "@/lib/officials/import/load-plan";
import { staffListCsv } from "../support/import-rows";
import { createProvinceWithRegencies, createUser, currentUser } from "./db-utils";

describe("an import of the largest file allowed", () => {
  it("commits every row, audits each official and the file once, and a second import changes nothing", async () => {
    const { regencyA } = await createProvinceWithRegencies();
    const user = await currentUser((await createUser({ role: "STAFF", unitId: regencyA.id })).id);
    const file = staffListCsv(MAX_DATA_ROWS, regencyA.code);
    expect(MAX_DATA_ROWS).toBe(5000);

    const planned = await planImportFile(user, file);
    if (!planned.ok) throw new Error("file problems");
    expect(planned.plan.summary).toEqual({ create: 5000, update: 0, unchanged: 0, invalid: 0 });
    const read = await commitInput(file, { sha256: file.sha256, digest: planned.plan.digest });
    if (!read.ok) throw new Error(read.problem.key);
    expect(await commitOfficialImport.execute(user, read.input)).toEqual({
      ok: true,
      data: { created: 5000, updated: 0, unchanged: 0 },
    });

    const stored = await prisma.official.findMany({
      where: { unitId: regencyA.id },
      select: { id: true, nip: true, name: true, sortName: true, version: true, rank: true, status: true },
    });
    expect(stored).toHaveLength(5000);
    expect(new Set(stored.map((official) => official.nip)).size).toBe(5000);
    expect(stored[0]).toMatchObject({ version: 1, rank: "III_A", status: "ACTIVE" });
    expect(stored[0]?.id).toMatch(/^c[0-9a-z]{24}$/);
    expect(stored.every((official) => official.sortName === official.name.toLowerCase())).toBe(true);

    const summaries = await prisma.auditLog.findMany({
      where: { action: "official.import", entityId: file.sha256 },
    });
    expect(summaries).toHaveLength(1);
    expect(summaries[0]?.after).toMatchObject({ rows: 5000, created: 5000 });
    const created = await prisma.auditLog.findMany({
      where: { action: "official.create", unitId: regencyA.id },
      select: { entityId: true, after: true, actorId: true, groupId: true },
    });
    expect(created).toHaveLength(5000);
    expect(new Set(created.map((entry) => entry.entityId))).toEqual(
      new Set(stored.map((official) => official.id)),
    );
    expect(created[0]).toMatchObject({ actorId: user.id, after: { unitId: regencyA.id, version: 1 } });
    // One action in the trail: every entry of the import shares the summary's group.
    expect(new Set(created.map((entry) => entry.groupId))).toEqual(new Set([summaries[0]?.groupId]));

    // The same file again: every row unchanged, nothing to write, nothing written.
    const auditsBefore = await prisma.auditLog.count({ where: { unitId: regencyA.id } });
    const again = await planImportFile(user, file);
    if (!again.ok) throw new Error("file problems");
    expect(again.plan.summary).toEqual({ create: 0, update: 0, unchanged: 5000, invalid: 0 });
    const reread = await commitInput(file, { sha256: file.sha256, digest: again.plan.digest });
    if (!reread.ok) throw new Error(reread.problem.key);
    expect(await commitOfficialImport.execute(user, reread.input)).toMatchObject({
      ok: false,
      reason: "import.errors.nothingToImport",
    });
    expect(await prisma.official.count({ where: { unitId: regencyA.id } })).toBe(5000);
    expect(await prisma.official.count({ where: { unitId: regencyA.id, version: { gt: 1 } } })).toBe(0);
    expect(await prisma.auditLog.count({ where: { unitId: regencyA.id } })).toBe(auditsBefore);
  }, 120_000);
});

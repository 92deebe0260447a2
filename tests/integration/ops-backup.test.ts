/**
 * Backup and restore (issue 11): `npm run db:backup` writes a pg_dump of the database, attachments included;
 * pg_restore into a fresh database gives back every table with the same rows (counted and checksummed per table).
 */
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { libpqEnv } from "@/lib/db/libpq-env";
import { createScratchDatabase, type ScratchDatabase } from "../support/scratch-database";
import * as factory from "./db-utils";
import { withClient } from "./ops-support";

const ROOT = path.resolve(__dirname, "../..");

/** Every table of the schema with its row count and a checksum of all its rows, in a stable order. */
async function fingerprint(url: string): Promise<Record<string, string>> {
  return withClient(url, async (client) => {
    const { rows: tables } = await client.query<{ name: string }>(
      `SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`,
    );
    const result: Record<string, string> = {};
    for (const { name } of tables) {
      const table = client.escapeIdentifier(name);
      const { rows } = await client.query<{ count: string; digest: string | null }>(
        `SELECT count(*)::text AS count, md5(string_agg(t::text, E'\\n' ORDER BY t::text)) AS digest FROM ${table} t`,
      );
      result[name] = `${rows[0]!.count} rows, ${rows[0]!.digest ?? "empty"}`;
    }
    return result;
  });
}

describe("backup and restore", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "sek-backup-"));
  let restored: ScratchDatabase | undefined;

  afterAll(async () => {
    await restored?.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  it("restores every table, attachments included, into a fresh database", async () => {
    const unit = await factory.createUnit();
    const user = await factory.createUser({ role: "STAFF", unitId: unit.id });
    const content = Buffer.from(Array.from({ length: 70_000 }, (_, i) => (i * 7919) % 256));
    await prisma.attachment.create({
      data: {
        unitId: unit.id,
        entityType: "Test",
        entityId: unit.id,
        fileName: "berita-acara.pdf",
        mimeType: "application/pdf",
        sizeBytes: content.length,
        sha256: createHash("sha256").update(content).digest("hex"),
        content,
        uploadedById: user.id,
      },
    });
    await prisma.auditLog.create({
      data: { actorName: "uji", action: "backup.check", entityType: "WorkUnit", entityId: unit.id },
    });

    const source = process.env.DATABASE_URL!;
    const file = path.join(dir, "sekretariat.dump");
    const backup = spawnSync(path.join(ROOT, "node_modules/.bin/tsx"), ["lib/cli/backup.ts", "--out", file], {
      cwd: ROOT,
      encoding: "utf8",
      env: { ...process.env, DATABASE_URL: source, MIGRATION_DATABASE_URL: "" },
    });
    expect(backup.stderr).toBe("");
    expect(backup.status).toBe(0);
    expect(statSync(file).size).toBeGreaterThan(content.length / 2);

    restored = await createScratchDatabase("sek_it_restore");
    const target = libpqEnv(restored.url);
    const restore = spawnSync(
      "pg_restore",
      ["--no-owner", "--no-acl", "--exit-on-error", "--dbname", target.PGDATABASE!, file],
      { encoding: "utf8", env: { ...process.env, ...target } },
    );
    expect(restore.stderr).toBe("");
    expect(restore.status).toBe(0);

    const before = await fingerprint(source);
    expect(Object.keys(before)).toContain("attachment");
    expect(before.attachment).not.toMatch(/^0 rows/);
    expect(await fingerprint(restored.url)).toEqual(before);
    const [copy] = await withClient(restored.url, async (client) => {
      const { rows } = await client.query<{ content: Buffer }>(
        `SELECT content FROM attachment WHERE "fileName" = 'berita-acara.pdf' AND "entityId" = $1`,
        [unit.id],
      );
      return rows;
    });
    expect(copy?.content.equals(content)).toBe(true);
  });
});

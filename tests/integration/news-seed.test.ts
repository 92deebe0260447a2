/**
 * The demo news: seeded into its own scratch database, drafted by the news module from the seeded activities and
 * published by the provincial secretary, so that a regency secretary's first sign-in finds the province's news.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadAncestorUnitIds } from "@/lib/auth/scope";
import { loadCurrentUser } from "@/lib/auth/load-current-user";
import { createPrismaClient } from "@/lib/db/client";
import { applyMigrations } from "@/lib/db/migrations/runner";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { draftNews } from "@/lib/news/drafting";
import { loadSource } from "@/lib/news/load-facts";
import { publishedNewsWhere } from "@/lib/news/visibility";
import { seedDemoData } from "@/lib/seed";
import { createScratchDatabase, type ScratchDatabase } from "../support/scratch-database";

let database: ScratchDatabase;
let prisma: PrismaClient;

beforeAll(async () => {
  database = await createScratchDatabase("sek_news_seed");
  await applyMigrations({ connectionString: database.url });
  prisma = createPrismaClient(database.url, database.embedded ? 1 : 2);
  await seedDemoData(prisma);
}, 120_000);

afterAll(async () => {
  await prisma?.$disconnect();
  await database?.drop();
});

describe("demo news", { timeout: 60_000 }, () => {
  it("publishes one province item per activity that took place, written by the drafting functions", async () => {
    const items = await prisma.newsItem.findMany({
      orderBy: { publishedAt: "asc" },
      include: { unit: { select: { id: true, name: true, shortName: true } } },
    });
    expect(items.map((item) => item.sourceKind)).toEqual(["INAUGURATION", "EVENT", "EVENT", "VISIT"]);
    for (const item of items) {
      expect(item).toMatchObject({
        status: "PUBLISHED",
        authorId: "demo-user-stafprov",
        publishedById: "demo-user-sekprov",
        unitId: "demo-unit-52",
      });
      const source = await loadSource(prisma, item.sourceKind, item.sourceId);
      expect(draftNews(source!.facts, item.unit)).toEqual({ title: item.title, body: item.body });
    }
    const [ceremony, rakor, stakeholderDay, visit] = items;
    expect(ceremony!.title).toBe("KPU Provinsi NTB Lantik 48 Pejabat Pengawas");
    expect(rakor!.body).toContain("yang diselenggarakan oleh");
    expect(stakeholderDay!.body).toContain("menyelenggarakan Stakeholder Day");
    expect(visit!.body).toContain("Kabupaten Sumbawa");
    expect(await prisma.auditLog.count({ where: { entityType: "NewsItem", action: "news.publish" } })).toBe(
      4,
    );
  });

  it("shows the province's news to sekkab.sumbawa at first sign-in", async () => {
    const user = await loadCurrentUser(prisma, "demo-user-sekkab.sumbawa");
    const ancestors = await loadAncestorUnitIds(prisma, user!.unit.id);
    const seen = await prisma.newsItem.count({ where: publishedNewsWhere(user!, ancestors) });
    expect(seen).toBe(4);
  });
});

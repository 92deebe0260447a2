/**
 * Demo berita: one published item of KPU Provinsi NTB for every activity of the demo data that took place (the
 * ceremony of 48 Pejabat Pengawas, the Sumbawa visit, the national rakor, the Stakeholder Day), written by the
 * news module's own drafting functions from the seeded records, drafted by the provincial staff account and
 * published by the provincial secretary. Runs after the modules whose records it reads.
 */
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import type { NewsSourceKind } from "@/lib/generated/prisma/enums";
import { draftNews } from "@/lib/news/drafting";
import { loadSource } from "@/lib/news/load-facts";
import { addDays } from "./dates";
import { unitId } from "./dataset";
import { PROVINCE_CODE } from "./units";

type Db = PrismaClient | Prisma.TransactionClient;

const AUTHOR = { id: "demo-user-stafprov", name: "Staf KPU Provinsi NTB" };
const PUBLISHER = "demo-user-sekprov";

/** Each held activity, with the moment it ended (a news item follows the next day). */
async function heldActivities(db: Db): Promise<{ kind: NewsSourceKind; id: string; at: Date }[]> {
  const [ceremonies, visits, events] = await Promise.all([
    db.inauguration.findMany({ where: { status: "HELD" }, select: { id: true, scheduledAt: true } }),
    db.supervisionVisit.findMany({ where: { status: "CONDUCTED" }, select: { id: true, endDate: true } }),
    db.event.findMany({ where: { status: "HELD" }, select: { id: true, startsAt: true } }),
  ]);
  return [
    ...ceremonies.map((row) => ({ kind: "INAUGURATION" as const, id: row.id, at: row.scheduledAt })),
    ...visits.map((row) => ({ kind: "VISIT" as const, id: row.id, at: row.endDate })),
    ...events.map((row) => ({ kind: "EVENT" as const, id: row.id, at: row.startsAt })),
  ].sort((a, b) => a.at.getTime() - b.at.getTime() || a.id.localeCompare(b.id));
}

export async function insertNewsDemo(db: Db): Promise<void> {
  const province = await db.workUnit.findUniqueOrThrow({
    where: { id: unitId(PROVINCE_CODE) },
    select: { id: true, name: true, shortName: true },
  });
  const publisher = await db.user.findUniqueOrThrow({
    where: { id: PUBLISHER },
    select: { displayName: true },
  });
  for (const activity of await heldActivities(db)) {
    const source = await loadSource(db, activity.kind, activity.id);
    if (!source) continue;
    const draft = draftNews(source.facts, province);
    // Drafted the morning after (10:00 WITA), submitted an hour later, published that afternoon.
    const created = new Date(addDays(activity.at, 1).setUTCHours(2, 0, 0, 0));
    const submitted = new Date(created.getTime() + 3_600_000);
    const published = new Date(created.getTime() + 5 * 3_600_000);
    const id = `demo-news-${activity.id}`;
    const item = await db.newsItem.create({
      data: {
        id,
        unitId: province.id,
        authorId: AUTHOR.id,
        ...draft,
        sourceKind: activity.kind,
        sourceId: activity.id,
        status: "PUBLISHED",
        submittedAt: submitted,
        publishedAt: published,
        publishedById: PUBLISHER,
        version: 3,
        createdAt: created,
        updatedAt: published,
      },
    });
    const entry = { unitId: province.id, entityType: "NewsItem", entityId: id };
    await db.auditLog.createMany({
      data: [
        {
          ...entry,
          at: created,
          actorId: AUTHOR.id,
          actorName: AUTHOR.name,
          action: "news.create",
          after: { ...draft, status: "DRAFT" },
        },
        {
          ...entry,
          at: submitted,
          actorId: AUTHOR.id,
          actorName: AUTHOR.name,
          action: "news.submit",
          after: { status: "SUBMITTED" },
        },
        {
          ...entry,
          at: published,
          actorId: PUBLISHER,
          actorName: publisher.displayName,
          action: "news.publish",
          after: { status: item.status, publishedAt: published.toISOString() },
        },
      ],
    });
  }
}

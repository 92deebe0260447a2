import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { createNewsDraft, newsTransitions, saveNews } from "@/lib/news/news-mutations";
import { newsPhotoResponse } from "@/lib/news/photo";
import { getNewsItem, listDesk, listNews, relatedNews } from "@/lib/news/queries";
import { recordRead } from "@/lib/news/reads";
import { createProvinceWithRegencies, createUnit, createUser, currentUser, uniqueSuffix } from "./db-utils";

const PNG = Buffer.from("89504e470d0a1a0a0000000d49484452", "hex");

/** National unit → province (two regencies) and another province with one regency; a user at each place. */
async function setting() {
  const nation = await createUnit({ level: "NATIONAL" });
  const { province, regencyA, regencyB } = await createProvinceWithRegencies();
  await prisma.workUnit.update({ where: { id: province.id }, data: { parentId: nation.id } });
  const otherProvince = await createUnit({ parent: nation });
  const otherRegency = await createUnit({ parent: otherProvince });
  const as = async (role: "SECRETARY" | "STAFF" | "VIEWER", unitId: string) =>
    currentUser((await createUser({ role, unitId })).id);
  const users = {
    pusat: await as("SECRETARY", nation.id),
    stafprov: await as("STAFF", province.id),
    sekprov: await as("SECRETARY", province.id),
    stafA: await as("STAFF", regencyA.id),
    sekkabB: await as("SECRETARY", regencyB.id),
    stafB: await as("STAFF", regencyB.id),
    other: await as("STAFF", otherRegency.id),
    otherProv: await as("VIEWER", otherProvince.id),
  };
  return { nation, province, regencyA, regencyB, otherProvince, otherRegency, users };
}

/** A held Stakeholder Day of `unitId` with attendance and outcomes, one photo and one PDF attached. */
async function heldEvent(unitId: string, uploaderId: string, status: "HELD" | "PLANNED" = "HELD") {
  const suffix = uniqueSuffix();
  const event = await prisma.event.create({
    data: {
      unitId,
      title: `Stakeholder Day Uji ${suffix}`,
      kind: "STAKEHOLDER_DAY",
      mode: "HYBRID",
      startsAt: new Date("2026-03-14T01:00:00Z"),
      location: "Aula Uji",
      status,
      participants: { create: [{ unitId }] },
      invitations: {
        create: [
          { inviteeName: "A", attendance: "PRESENT_ONSITE" },
          { inviteeName: "B", attendance: "PRESENT_ONSITE" },
          { inviteeName: "C", attendance: "PRESENT_ONLINE" },
          { inviteeName: "D", attendance: "ABSENT" },
        ],
      },
      outcomes: { create: [{ kind: "AGREEMENT", description: "Mendukung sosialisasi tahapan" }] },
    },
  });
  const file = (fileName: string, mimeType: string) =>
    prisma.attachment.create({
      data: {
        unitId,
        entityType: "Event",
        entityId: event.id,
        fileName,
        mimeType,
        sizeBytes: PNG.length,
        sha256: suffix,
        content: PNG,
        uploadedById: uploaderId,
      },
    });
  const photo = await file("foto.png", "image/png");
  const pdf = await file("undangan.pdf", "application/pdf");
  return { event, photo, pdf };
}

async function ok<T>(result: Promise<{ ok: boolean; data?: T } | { ok: false }>): Promise<T> {
  const answer = await result;
  expect(answer).toMatchObject({ ok: true });
  return (answer as { data: T }).data;
}

type Users = Awaited<ReturnType<typeof setting>>["users"];

async function publishedItem(
  users: Users,
  unitId: string,
  author = users.stafprov,
  secretary = users.sekprov,
) {
  const { event, photo } = await heldEvent(unitId, author.id);
  const { id } = await ok(createNewsDraft.execute(author, { sourceKind: "EVENT", sourceId: event.id }));
  await ok(newsTransitions.submit.execute(author, { id, version: 1 }));
  await ok(newsTransitions.publish.execute(secretary, { id, version: 2 }));
  return { id, event, photo };
}

describe("drafting a news item from an activity", () => {
  it("fills in the facts, takes the activity's images as photos, and audits the draft", async () => {
    const { province, users } = await setting();
    const { event, photo } = await heldEvent(province.id, users.stafprov.id);
    const { id } = await ok(
      createNewsDraft.execute(users.stafprov, { sourceKind: "EVENT", sourceId: event.id }),
    );
    const item = await prisma.newsItem.findUniqueOrThrow({ where: { id }, include: { photos: true } });
    expect(item).toMatchObject({
      status: "DRAFT",
      unitId: province.id,
      authorId: users.stafprov.id,
      sourceKind: "EVENT",
      sourceId: event.id,
    });
    expect(item.title).toContain(event.title);
    expect(item.body).toContain("dihadiri 3 orang dari 4 undangan");
    expect(item.body).toContain("2 orang hadir secara langsung dan 1 orang mengikuti secara daring");
    expect(item.photos.map((row) => row.attachmentId)).toEqual([photo.id]);
    const audit = await prisma.auditLog.findFirst({ where: { entityType: "NewsItem", entityId: id } });
    expect(audit).toMatchObject({ action: "news.create", actorId: users.stafprov.id });
  });

  it("takes a held ceremony's photos from the files attached to the ceremony", async () => {
    const { province, users } = await setting();
    const ceremony = await prisma.inauguration.create({
      data: {
        unitId: province.id,
        title: `Pelantikan Pejabat Pengawas Uji ${uniqueSuffix()}`,
        scheduledAt: new Date("2026-03-11T01:00:00Z"),
        heldAt: new Date("2026-03-11T03:00:00Z"),
        mode: "HYBRID",
        location: "Aula Uji",
        status: "HELD",
      },
    });
    const attach = (fileName: string, mimeType: string) =>
      prisma.attachment.create({
        data: {
          unitId: province.id,
          entityType: "Inauguration",
          entityId: ceremony.id,
          fileName,
          mimeType,
          sizeBytes: PNG.length,
          sha256: uniqueSuffix(),
          content: PNG,
          uploadedById: users.stafprov.id,
        },
      });
    const photo = await attach("pengambilan-sumpah.png", "image/png");
    await attach("susunan-acara.pdf", "application/pdf");
    const { id } = await ok(
      createNewsDraft.execute(users.stafprov, { sourceKind: "INAUGURATION", sourceId: ceremony.id }),
    );
    const item = await prisma.newsItem.findUniqueOrThrow({ where: { id }, include: { photos: true } });
    expect(item.photos.map((row) => row.attachmentId)).toEqual([photo.id]);
  });

  it("refuses an activity that has not taken place, and one out of sight, with nothing written", async () => {
    const { province, otherProvince, users } = await setting();
    const planned = await heldEvent(province.id, users.stafprov.id, "PLANNED");
    expect(
      await createNewsDraft.execute(users.stafprov, { sourceKind: "EVENT", sourceId: planned.event.id }),
    ).toMatchObject({ ok: false, code: "domain", reason: "news.errors.notHeld" });
    const elsewhere = await heldEvent(otherProvince.id, users.otherProv.id);
    expect(
      await createNewsDraft.execute(users.stafprov, { sourceKind: "EVENT", sourceId: elsewhere.event.id }),
    ).toMatchObject({ ok: false, code: "notFound" });
    expect(
      await createNewsDraft.execute(users.stafprov, { sourceKind: "VISIT", sourceId: "no-such-visit" }),
    ).toMatchObject({ ok: false, code: "notFound" });
    expect(
      await createNewsDraft.execute(users.stafprov, { sourceKind: "SPEECH", sourceId: planned.event.id }),
    ).toMatchObject({ ok: false, code: "validation" });
    expect(
      await prisma.newsItem.count({ where: { sourceId: { in: [planned.event.id, elsewhere.event.id] } } }),
    ).toBe(0);
  });

  it("keeps the photo choice to the activity's own images", async () => {
    const { province, users } = await setting();
    const { event, pdf } = await heldEvent(province.id, users.stafprov.id);
    const { id } = await ok(
      createNewsDraft.execute(users.stafprov, { sourceKind: "EVENT", sourceId: event.id }),
    );
    const other = await heldEvent(province.id, users.stafprov.id);
    for (const photoIds of [[other.photo.id], [pdf.id]]) {
      expect(
        await saveNews.execute(users.stafprov, { id, version: 1, title: "Judul", body: "Isi", photoIds }),
      ).toMatchObject({ ok: false, code: "domain", field: "photoIds" });
    }
    await ok(saveNews.execute(users.stafprov, { id, version: 1, title: "Judul baru", body: "Isi baru" }));
    expect(await prisma.newsPhoto.count({ where: { newsId: id } })).toBe(0);
  });
});

describe("news workflow", () => {
  it("the author submits, the unit's secretary publishes; staff, other units and a stale version are refused", async () => {
    const { province, users } = await setting();
    const { event } = await heldEvent(province.id, users.stafprov.id);
    const { id } = await ok(
      createNewsDraft.execute(users.stafprov, { sourceKind: "EVENT", sourceId: event.id }),
    );

    // Only the author submits; a colleague at the same unit sees nothing to submit.
    expect(await newsTransitions.submit.execute(users.sekprov, { id, version: 1 })).toMatchObject({
      ok: false,
      reason: "workflow.errors.notAllowed",
    });
    await ok(newsTransitions.submit.execute(users.stafprov, { id, version: 1 }));
    expect(await newsTransitions.publish.execute(users.stafprov, { id, version: 2 })).toMatchObject({
      ok: false,
      code: "forbidden",
    });
    expect(await newsTransitions.publish.execute(users.sekkabB, { id, version: 2 })).toMatchObject({
      ok: false,
      code: "notFound",
    });
    // A secretary above the unit reaches it but does not decide its news.
    expect(await newsTransitions.publish.execute(users.pusat, { id, version: 2 })).toMatchObject({
      ok: false,
      reason: "workflow.errors.notAllowed",
    });
    // The secretary corrects the submitted text; the author's later save of the old version is told what changed.
    await ok(
      saveNews.execute(users.sekprov, { id, version: 2, title: "Judul dari Sekretaris", body: "Isi" }),
    );
    expect(await newsTransitions.publish.execute(users.sekprov, { id, version: 2 })).toMatchObject({
      ok: false,
      code: "conflict",
      changedFields: expect.arrayContaining(["title"]),
    });
    await ok(newsTransitions.publish.execute(users.sekprov, { id, version: 3 }));
    const item = await prisma.newsItem.findUniqueOrThrow({ where: { id } });
    expect(item).toMatchObject({ status: "PUBLISHED", publishedById: users.sekprov.id, version: 4 });
    expect(item.publishedAt).toBeInstanceOf(Date);
    // Published: no more edits until it is returned.
    expect(await saveNews.execute(users.sekprov, { id, version: 4, title: "x", body: "y" })).toMatchObject({
      ok: false,
      reason: "workflow.errors.notFrom.PUBLISHED",
    });
  });

  it("returns to draft only with a note, which the author reads; the draft disappears from the news page", async () => {
    const { province, users } = await setting();
    const { id } = await publishedItem(users, province.id);
    expect(await newsTransitions.return.execute(users.sekprov, { id, version: 3 })).toMatchObject({
      ok: false,
      reason: "workflow.errors.reasonRequired",
      field: "reason",
    });
    await ok(
      newsTransitions.return.execute(users.sekprov, { id, version: 3, reason: "Lengkapi nama narasumber." }),
    );
    expect(await prisma.newsItem.findUniqueOrThrow({ where: { id } })).toMatchObject({
      status: "DRAFT",
      reviewNote: "Lengkapi nama narasumber.",
      publishedAt: null,
    });
    expect(await getNewsItem(users.stafA, id)).toBeNull();
    expect((await listDesk(users.stafprov)).map((row) => row.id)).toContain(id);
    const trail = await prisma.auditLog.findMany({ where: { entityId: id }, orderBy: { id: "asc" } });
    expect(trail.map((row) => row.action)).toEqual([
      "news.create",
      "news.submit",
      "news.publish",
      "news.return",
    ]);
  });

  it("a Plh. Sekretaris publishes while designated; two publishers at once get one clear refusal", async () => {
    const { province, users } = await setting();
    const plh = await createUser({ role: "STAFF", unitId: province.id });
    await prisma.actingDesignation.create({
      data: {
        unitId: province.id,
        userId: plh.id,
        kind: "PLH",
        startDate: new Date("2000-01-01T00:00:00Z"),
        endDate: new Date("2099-12-31T00:00:00Z"),
        designatedById: users.sekprov.id,
      },
    });
    const acting = await currentUser(plh.id);
    const { event } = await heldEvent(province.id, users.stafprov.id);
    const { id } = await ok(
      createNewsDraft.execute(users.stafprov, { sourceKind: "EVENT", sourceId: event.id }),
    );
    await ok(newsTransitions.submit.execute(users.stafprov, { id, version: 1 }));
    const results = await Promise.all([
      newsTransitions.publish.execute(acting, { id, version: 2 }),
      newsTransitions.publish.execute(users.sekprov, { id, version: 2 }),
    ]);
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect(results.find((result) => !result.ok)).toMatchObject({
      ok: false,
      reason: "workflow.errors.notFrom.PUBLISHED",
    });
    expect(await prisma.auditLog.count({ where: { entityId: id, action: "news.publish" } })).toBe(1);
  });
});

describe("who reads which item", () => {
  it("a regency reads its province's and the national published news, not a sibling's, another province's or a draft", async () => {
    const { nation, province, regencyB, otherProvince, users } = await setting();
    const provincial = await publishedItem(users, province.id);
    const national = await publishedItem(users, nation.id, users.pusat, users.pusat);
    const sibling = await publishedItem(users, regencyB.id, users.stafB, users.sekkabB);
    const otherEvent = await heldEvent(otherProvince.id, users.otherProv.id);
    const otherSecretary = await currentUser(
      (await createUser({ role: "SECRETARY", unitId: otherProvince.id })).id,
    );
    const elsewhere = await ok(
      createNewsDraft.execute(otherSecretary, { sourceKind: "EVENT", sourceId: otherEvent.event.id }),
    );
    await ok(newsTransitions.submit.execute(otherSecretary, { id: elsewhere.id, version: 1 }));
    await ok(newsTransitions.publish.execute(otherSecretary, { id: elsewhere.id, version: 2 }));
    const draftEvent = await heldEvent(province.id, users.stafprov.id);
    const draft = await ok(
      createNewsDraft.execute(users.stafprov, { sourceKind: "EVENT", sourceId: draftEvent.event.id }),
    );

    const seen = async (user: Users[keyof Users]) =>
      new Set((await listNews(user, { page: 1 })).rows.map((row) => row.id));
    const regency = await seen(users.stafA);
    expect(regency.has(provincial.id)).toBe(true);
    expect(regency.has(national.id)).toBe(true);
    expect(regency.has(sibling.id)).toBe(false);
    expect(regency.has(elsewhere.id)).toBe(false);
    expect(regency.has(draft.id)).toBe(false);
    expect(await getNewsItem(users.stafA, provincial.id)).not.toBeNull();
    expect(await getNewsItem(users.stafA, sibling.id)).toBeNull();
    expect(await getNewsItem(users.stafA, elsewhere.id)).toBeNull();
    expect(await getNewsItem(users.stafA, draft.id)).toBeNull();

    // Downward as before: the province reads its regencies' news; the nation reads everyone's.
    const provinceView = await seen(users.sekprov);
    expect(provinceView.has(sibling.id)).toBe(true);
    expect(provinceView.has(elsewhere.id)).toBe(false);
    expect((await seen(users.pusat)).has(elsewhere.id)).toBe(true);
    // A draft is its author's, not the secretary's until submitted.
    expect(await getNewsItem(users.sekprov, draft.id)).toBeNull();
    expect(await getNewsItem(users.stafprov, draft.id)).not.toBeNull();

    // The photos follow the item's readers, not the activity's scope, and only the chosen ones.
    const image = await newsPhotoResponse(users.stafA, provincial.id, provincial.photo.id);
    expect(image.status).toBe(200);
    expect(Buffer.from(await image.arrayBuffer())).toEqual(PNG);
    expect((await newsPhotoResponse(users.other, provincial.id, provincial.photo.id)).status).toBe(404);
    expect((await newsPhotoResponse(users.stafA, provincial.id, otherEvent.photo.id)).status).toBe(404);
    expect((await newsPhotoResponse(users.stafA, draft.id, draftEvent.photo.id)).status).toBe(404);
  });

  it("searches title and body whatever the case, newest first, and pages", async () => {
    const { province, users } = await setting();
    const first = await publishedItem(users, province.id);
    const second = await publishedItem(users, province.id);
    const { rows, total } = await listNews(users.stafA, { query: "DIHADIRI 3 ORANG", page: 1 });
    const ids = rows.map((row) => row.id);
    expect(ids.indexOf(second.id)).toBeLessThan(ids.indexOf(first.id));
    expect(ids.indexOf(first.id)).toBeGreaterThanOrEqual(0);
    expect(total).toBeGreaterThanOrEqual(2);
    const title = (await prisma.newsItem.findUniqueOrThrow({ where: { id: first.id } })).title;
    const byTitle = await listNews(users.stafA, { query: title.toLowerCase(), page: 1 });
    expect(byTitle.rows.map((row) => row.id)).toEqual([first.id]);
    expect((await listNews(users.stafA, { query: "tidak ada kata seperti ini", page: 1 })).total).toBe(0);
  });

  it("lists related news: the same activity first, then the same unit", async () => {
    const { province, regencyB, users } = await setting();
    const item = await publishedItem(users, province.id);
    const sameUnit = await publishedItem(users, province.id);
    // A second item on the same activity, published after the others.
    const again = await ok(
      createNewsDraft.execute(users.stafprov, { sourceKind: "EVENT", sourceId: item.event.id }),
    );
    await ok(newsTransitions.submit.execute(users.stafprov, { id: again.id, version: 1 }));
    await ok(newsTransitions.publish.execute(users.sekprov, { id: again.id, version: 2 }));
    await publishedItem(users, regencyB.id, users.stafB, users.sekkabB);
    const stored = await prisma.newsItem.findUniqueOrThrow({ where: { id: item.id } });
    const related = await relatedNews(users.stafA, stored);
    expect(related[0]?.id).toBe(again.id);
    expect(related.map((row) => row.id)).toContain(sameUnit.id);
    expect(related.map((row) => row.id)).not.toContain(item.id);
  });
});

describe("readers counter", () => {
  it("counts people: 20 concurrent reads by 5 users give 5", async () => {
    const { province, users } = await setting();
    const { id } = await publishedItem(users, province.id);
    const readers = [users.stafA, users.stafB, users.sekkabB, users.pusat, users.sekprov];
    const counts = await Promise.all(
      Array.from({ length: 20 }, (_, index) => recordRead(prisma, id, readers[index % readers.length]!.id)),
    );
    expect(Math.max(...counts)).toBe(5);
    expect(await prisma.newsRead.count({ where: { newsId: id } })).toBe(5);
    expect(await recordRead(prisma, id, users.stafA.id)).toBe(5);
  });
});

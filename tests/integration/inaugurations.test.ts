import { createTranslator } from "use-intl/core";
import { describe, expect, it } from "vitest";
import { messagesFor } from "@/lib/i18n/messages";
import type { Translate } from "@/lib/i18n/translate";
import { finalizeMinutes, saveMinutes } from "@/lib/inaugurations/minutes-mutations";
import { approvalLine, ceremonyPdfResponse } from "@/lib/inaugurations/minutes-pdf";
import { pdfText } from "../support/pdf-text";
import { designateActing } from "@/lib/appointments/acting-mutations";
import { approveProposal, saveProposalDraft, submitProposal } from "@/lib/appointments/proposal-mutations";
import { todayInZone, addDays } from "@/lib/dates/today";
import { prisma } from "@/lib/db/client";
import {
  addAppointees,
  completeInauguration,
  markAttendance,
  recordCollectiveDecree,
  saveInauguration,
} from "@/lib/inaugurations/inauguration-mutations";
import { CEREMONIES_PAGE_SIZE, listInaugurations } from "@/lib/inaugurations/queries";
import {
  assignToPosition,
  createOfficial,
  createPosition,
  createUnit,
  createUser,
  currentUser,
  uniqueSuffix,
} from "./db-utils";

type User = Awaited<ReturnType<typeof currentUser>>;

/** A province and two regencies; in each regency a Kasubbag post held by an outgoing official. */
async function setup() {
  const national = await createUnit({ level: "NATIONAL" });
  const province = await createUnit({ parent: national });
  const regencies = [await createUnit({ parent: province }), await createUnit({ parent: province })];
  const provincialSecretary = await currentUser(
    (await createUser({ role: "SECRETARY", unitId: province.id })).id,
  );
  const posts = [];
  for (const regency of regencies) {
    const post = await createPosition(regency.id);
    const outgoing = await createOfficial(regency.id, { rank: "III_D" });
    await assignToPosition(outgoing.id, post, { startDate: new Date("2020-01-02") });
    posts.push({ regency, post, outgoing });
  }
  return { province, regencies, provincialSecretary, posts };
}
type World = Awaited<ReturnType<typeof setup>>;

/** An approved proposal for `post`, proposed by its regency's secretary. */
async function approved(
  world: World,
  index: number,
  data: { religion?: "ISLAM" | "CATHOLIC" | null; name?: string; decider?: User } = {},
) {
  const { regency, post } = world.posts[index]!;
  const secretary: User = await currentUser((await createUser({ role: "SECRETARY", unitId: regency.id })).id);
  const official = await createOfficial(regency.id, {
    rank: "III_C",
    religion: data.religion === undefined ? "ISLAM" : data.religion,
    ...(data.name ? { name: data.name, sortName: data.name.toLowerCase() } : {}),
  });
  const draft = await saveProposalDraft.execute(secretary, {
    officialId: official.id,
    positionId: post.id,
    justification: "Pengisian jabatan Kepala Sub Bagian yang akan ditinggalkan pejabat lama.",
  });
  if (!draft.ok) throw new Error(JSON.stringify(draft));
  const id = draft.data.id;
  expect(await submitProposal.execute(secretary, { id, version: "1" })).toMatchObject({ ok: true });
  expect(
    await approveProposal.execute(data.decider ?? world.provincialSecretary, { id, version: "2" }),
  ).toMatchObject({
    ok: true,
  });
  return { id, official };
}

/** A hybrid ceremony on `day`, scheduled by the provincial secretary, with nobody on its list yet: its id. */
async function schedule(world: World, day: Date, title = "Pelantikan Pejabat Pengawas") {
  const saved = await saveInauguration.execute(world.provincialSecretary, {
    title,
    date: day.toISOString().slice(0, 10),
    time: "00:00",
    mode: "HYBRID",
    location: "Aula KPU Provinsi NTB",
    onlineUrl: "https://zoom.us/j/123",
    officiantName: "Sekretaris KPU Provinsi",
    officiantTitle: "Sekretaris KPU Provinsi Nusa Tenggara Barat",
    witnessOne: "Saksi Satu",
    witnessTwo: "Saksi Dua",
    clergy: "Rohaniwan Islam; Rohaniwan Katolik",
  });
  if (!saved.ok) throw new Error(JSON.stringify(saved));
  return saved.data.id;
}

/** A hybrid ceremony (today unless told), with the given proposals on its list and a collective decree. */
async function ceremony(
  world: World,
  proposalIds: string[],
  { day = todayInZone("Asia/Makassar"), decree = true }: { day?: Date; decree?: boolean } = {},
) {
  const today = todayInZone("Asia/Makassar");
  const id = await schedule(world, day);
  expect(await addAppointees.execute(world.provincialSecretary, { id, proposalIds })).toMatchObject({
    ok: true,
  });
  if (!decree) return id;
  const recorded = await recordCollectiveDecree.execute(world.provincialSecretary, {
    id,
    decreeNumber: `${uniqueSuffix()}/KPT/2026`,
    decreeDate: addDays(today, -3).toISOString().slice(0, 10),
  });
  expect(recorded).toMatchObject({ ok: true });
  return id;
}

async function mark(world: World, inaugurationId: string, proposalId: string, status: string) {
  const appointee = await prisma.inaugurationAppointee.findFirstOrThrow({
    where: { inaugurationId, proposalId },
  });
  const result = await markAttendance.execute(world.provincialSecretary, {
    inaugurationId,
    appointeeId: appointee.id,
    status,
  });
  expect(result).toMatchObject({ ok: true });
}

const version = async (id: string) =>
  String((await prisma.inauguration.findUniqueOrThrow({ where: { id } })).version);

describe("completing a ceremony", () => {
  it("changes the posts of those present on the ceremony's date; the absent stay approved", async () => {
    const world = await setup();
    const onsite = await approved(world, 0);
    const online = await approved(world, 1, { religion: "CATHOLIC" });
    const extraPost = await createPosition(world.regencies[0]!.id);
    world.posts.push({ regency: world.regencies[0]!, post: extraPost, outgoing: onsite.official });
    const absent = await approved(world, 2);
    const id = await ceremony(world, [onsite.id, online.id, absent.id]);

    // Not before every appointee is marked.
    expect(
      await completeInauguration.execute(world.provincialSecretary, { id, version: await version(id) }),
    ).toMatchObject({
      ok: false,
      reason: "inaugurations.errors.attendanceIncomplete",
    });
    await mark(world, id, onsite.id, "PRESENT_ONSITE");
    await mark(world, id, online.id, "PRESENT_ONLINE");
    await mark(world, id, absent.id, "ABSENT");
    expect(
      await completeInauguration.execute(world.provincialSecretary, { id, version: await version(id) }),
    ).toMatchObject({
      ok: true,
    });

    const today = todayInZone("Asia/Makassar");
    for (const [index, appointee] of [onsite, online].entries()) {
      const { post, outgoing } = world.posts[index]!;
      const holders = await prisma.assignment.findMany({
        where: { positionId: post.id },
        orderBy: { startDate: "asc" },
      });
      expect(holders.map((row) => row.officialId)).toEqual([outgoing.id, appointee.official.id]);
      expect(holders[0]!.endDate).toEqual(addDays(today, -1));
      expect(holders[1]).toMatchObject({ startDate: today, endDate: null, inaugurationId: id });
      expect(holders[1]!.decreeNumber).toMatch(/KPT/);
      expect(
        await prisma.appointmentProposal.findUniqueOrThrow({ where: { id: appointee.id } }),
      ).toMatchObject({
        status: "INAUGURATED",
      });
    }
    const oaths = await prisma.inaugurationAppointee.findMany({
      where: { inaugurationId: id },
      orderBy: { oath: "asc" },
    });
    expect(oaths.map((row) => row.oath).sort()).toEqual(["JANJI", "SUMPAH", null].sort());
    expect(await prisma.appointmentProposal.findUniqueOrThrow({ where: { id: absent.id } })).toMatchObject({
      status: "APPROVED",
      inaugurationId: null,
    });
    expect(await prisma.assignment.count({ where: { positionId: extraPost.id } })).toBe(0);

    // All of it audited: the ceremony held, each present appointee's post and proposal, the absent one freed.
    const entries = await prisma.auditLog.findMany({
      where: {
        entityId: {
          in: [
            id,
            onsite.id,
            online.id,
            absent.id,
            onsite.official.id,
            online.official.id,
            absent.official.id,
          ],
        },
        action: {
          in: ["inauguration.complete", "official.appoint", "appointment.inaugurate", "appointment.absent"],
        },
      },
      select: { action: true, entityId: true },
    });
    expect(entries.map((entry) => `${entry.action} ${entry.entityId}`).sort()).toEqual(
      [
        `inauguration.complete ${id}`,
        `official.appoint ${onsite.official.id}`,
        `official.appoint ${online.official.id}`,
        `appointment.inaugurate ${onsite.id}`,
        `appointment.inaugurate ${online.id}`,
        `appointment.absent ${absent.id}`,
      ].sort(),
    );

    // A completed ceremony cannot be completed twice.
    expect(
      await completeInauguration.execute(world.provincialSecretary, { id, version: await version(id) }),
    ).toMatchObject({
      ok: false,
      reason: "workflow.errors.notFrom.HELD",
    });
  });

  it("is refused before its day, with nobody present, or with a present appointee who has no decree", async () => {
    const world = await setup();
    const first = await approved(world, 0);
    const second = await approved(world, 1);
    const complete = (id: string) =>
      version(id).then((seen) =>
        completeInauguration.execute(world.provincialSecretary, { id, version: seen }),
      );

    const tomorrow = await ceremony(world, [first.id], { day: addDays(todayInZone("Asia/Makassar"), 1) });
    await mark(world, tomorrow, first.id, "PRESENT_ONSITE");
    expect(await complete(tomorrow)).toMatchObject({ ok: false, reason: "inaugurations.errors.notYet" });

    const withoutDecree = await ceremony(world, [second.id], { decree: false });
    await mark(world, withoutDecree, second.id, "ABSENT");
    expect(await complete(withoutDecree)).toMatchObject({
      ok: false,
      reason: "inaugurations.errors.nobodyPresent",
    });
    await mark(world, withoutDecree, second.id, "PRESENT_ONLINE");
    expect(await complete(withoutDecree)).toMatchObject({
      ok: false,
      reason: "inaugurations.errors.decreeMissing",
      params: { name: second.official.name },
    });
    for (const id of [tomorrow, withoutDecree])
      expect(await prisma.inauguration.findUniqueOrThrow({ where: { id } })).toMatchObject({
        status: "PLANNED",
      });
    expect(
      await prisma.assignment.count({
        where: { officialId: { in: [first.official.id, second.official.id] } },
      }),
    ).toBe(0);
  });

  it("is refused while a present appointee's religion is unknown, naming them; an absent one holds nothing back", async () => {
    const world = await setup();
    const known = await approved(world, 0, { name: `Baiq Nurul ${uniqueSuffix()}` });
    const unknown = await approved(world, 1, { name: `Lalu Ahmad ${uniqueSuffix()}`, religion: null });
    const extraPost = await createPosition(world.regencies[1]!.id);
    world.posts.push({ regency: world.regencies[1]!, post: extraPost, outgoing: unknown.official });
    const absent = await approved(world, 2, { name: `Ni Made ${uniqueSuffix()}`, religion: null });
    const id = await ceremony(world, [known.id, unknown.id, absent.id]);
    await mark(world, id, known.id, "PRESENT_ONSITE");
    await mark(world, id, unknown.id, "PRESENT_ONLINE");
    await mark(world, id, absent.id, "ABSENT");
    const complete = async () =>
      completeInauguration.execute(world.provincialSecretary, { id, version: await version(id) });

    // Not guessed as sumpah: refused, the one present without a religion named, the absent one not.
    expect(await complete()).toEqual({
      ok: false,
      code: "domain",
      reason: "inaugurations.errors.religionMissing",
      params: { names: unknown.official.name, count: 1 },
    });
    expect(t("inaugurations.errors.religionMissing", { names: unknown.official.name, count: 1 })).toContain(
      `Agama ${unknown.official.name} belum diisi`,
    );
    expect(await prisma.inauguration.findUniqueOrThrow({ where: { id } })).toMatchObject({
      status: "PLANNED",
    });
    expect(await prisma.assignment.count({ where: { officialId: known.official.id } })).toBe(0);

    // Filled in on the record: the ceremony completes, the oath as the religion gives it.
    await prisma.official.update({ where: { id: unknown.official.id }, data: { religion: "PROTESTANT" } });
    expect(await complete()).toMatchObject({ ok: true });
    const oaths = await prisma.inaugurationAppointee.findMany({
      where: { inaugurationId: id },
      select: { proposalId: true, oath: true },
    });
    expect(Object.fromEntries(oaths.map((row) => [row.proposalId, row.oath]))).toEqual({
      [known.id]: "SUMPAH",
      [unknown.id]: "JANJI",
      [absent.id]: null,
    });
  });

  it("a failure midway leaves nothing changed: no post, no proposal, no ceremony state", async () => {
    const world = await setup();
    // Appointed in name order: the first succeeds before the second fails.
    const first = await approved(world, 0, { name: `Ahmad ${uniqueSuffix()}` });
    const second = await approved(world, 1, { name: `Zainal ${uniqueSuffix()}` });
    const id = await ceremony(world, [first.id, second.id]);
    await mark(world, id, first.id, "PRESENT_ONSITE");
    await mark(world, id, second.id, "PRESENT_ONLINE");
    // The second appointee has a pending move: appointToPost refuses them, after the first has been appointed.
    const creator = await prisma.user.findFirstOrThrow({ where: { unitId: world.province.id } });
    await prisma.officialChange.create({
      data: {
        officialId: second.official.id,
        unitId: world.regencies[1]!.id,
        kind: "SERVICE_END",
        status: "RETIRED",
        effectiveDate: addDays(todayInZone("Asia/Makassar"), 30),
        createdById: creator.id,
      },
    });
    const touched = { entityId: { in: [id, first.id, second.id, first.official.id, second.official.id] } };
    const auditBefore = await prisma.auditLog.count({ where: touched });
    const result = await completeInauguration.execute(world.provincialSecretary, {
      id,
      version: await version(id),
    });
    expect(result).toMatchObject({ ok: false, code: "domain" });
    expect(await prisma.inauguration.findUniqueOrThrow({ where: { id } })).toMatchObject({
      status: "PLANNED",
    });
    expect(await prisma.assignment.count({ where: { officialId: first.official.id } })).toBe(0);
    expect(
      await prisma.assignment.findFirstOrThrow({ where: { positionId: world.posts[0]!.post.id } }),
    ).toMatchObject({
      officialId: world.posts[0]!.outgoing.id,
      endDate: null,
    });
    expect(await prisma.appointmentProposal.findUniqueOrThrow({ where: { id: first.id } })).toMatchObject({
      status: "APPROVED",
    });
    expect(await prisma.auditLog.count({ where: touched })).toBe(auditBefore);
  });
});

describe("the list of ceremonies", () => {
  it("pages every ceremony of the scope, the latest first, and shows none outside it", async () => {
    const world = await setup();
    const start = todayInZone("Asia/Makassar");
    const count = CEREMONIES_PAGE_SIZE + 2;
    for (let day = 0; day < count; day++)
      await schedule(world, addDays(start, day + 1), `Pelantikan ke-${day + 1}`);
    const first = await listInaugurations(world.provincialSecretary, 1);
    const second = await listInaugurations(world.provincialSecretary, 2);
    expect(first.total).toBe(count);
    expect(first.rows).toHaveLength(CEREMONIES_PAGE_SIZE);
    expect([...first.rows, ...second.rows].map((row) => row.title)).toEqual(
      Array.from({ length: count }, (_, index) => `Pelantikan ke-${count - index}`),
    );
    const regencySecretary = await currentUser(
      (await createUser({ role: "SECRETARY", unitId: world.regencies[0]!.id })).id,
    );
    expect(await listInaugurations(regencySecretary, 1)).toEqual({ rows: [], total: 0 });
  });
});

describe("a ceremony of the real case's size", () => {
  it("completes 48 appointees in one transaction, even when every statement is slower", async () => {
    const world = await setup();
    const proposalIds: string[] = [];
    for (let index = 0; index < 48; index += 1) {
      const regency = world.regencies[index % 2]!;
      const post = await createPosition(regency.id);
      const outgoing = await createOfficial(regency.id, { rank: "III_D" });
      await assignToPosition(outgoing.id, post, { startDate: new Date("2020-01-02") });
      const official = await createOfficial(regency.id, { rank: "III_C", religion: "ISLAM" });
      const oldPost = await createPosition(regency.id, { level: "EXECUTOR", kind: "EXECUTOR" });
      await assignToPosition(official.id, oldPost, { startDate: new Date("2019-01-02") });
      const proposal = await prisma.appointmentProposal.create({
        data: {
          unitId: regency.id,
          officialId: official.id,
          positionId: post.id,
          proposedById: world.provincialSecretary.id,
          status: "APPROVED",
          deciderLevels: ["PROVINCE"],
        },
      });
      proposalIds.push(proposal.id);
    }
    const id = await ceremony(world, proposalIds);
    await prisma.inaugurationAppointee.updateMany({
      where: { inaugurationId: id },
      data: { attendance: "PRESENT_ONSITE" },
    });
    // A database 12 ms slower per statement: the completion's ~500 statements then outlast the default 5 s.
    const slow = prisma.$extends({
      query: {
        async $allOperations({ args, query }) {
          await new Promise((resolve) => setTimeout(resolve, 12));
          return query(args);
        },
      },
    }) as unknown as typeof prisma;
    const result = await completeInauguration.execute(
      world.provincialSecretary,
      { id, version: await version(id) },
      slow,
    );
    expect(result).toMatchObject({ ok: true });
    expect(
      await prisma.appointmentProposal.count({ where: { id: { in: proposalIds }, status: "INAUGURATED" } }),
    ).toBe(48);
  }, 120_000);
});

const t = createTranslator({ locale: "id", messages: messagesFor("id") }) as unknown as Translate;

describe("the list of appointees printed before the day", () => {
  it("names each appointee with the new post, unit and decree, and the ceremony's day in WITA", async () => {
    const world = await setup();
    const first = await approved(world, 0, { name: `Baiq Nurul ${uniqueSuffix()}` });
    const second = await approved(world, 1, { name: `Lalu Ahmad ${uniqueSuffix()}` });
    const id = await ceremony(world, [first.id, second.id], {
      day: addDays(todayInZone("Asia/Makassar"), 7),
    });

    const response = await ceremonyPdfResponse(world.provincialSecretary, id, "list", null, {
      t,
      locale: "id",
    });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-disposition")).toContain("attachment");
    const text = pdfText(new Uint8Array(await response.arrayBuffer()));
    expect(text).toContain("DAFTAR PEJABAT YANG AKAN DILANTIK");
    expect(text).toContain(first.official.name);
    expect(text).toContain(second.official.name);
    expect(text).toContain(world.posts[0]!.post.title);
    expect(text).toContain("WITA");
    expect(text).toContain("/KPT/2026");

    const other = await createUnit({ parent: world.province });
    const stranger = await currentUser((await createUser({ role: "SECRETARY", unitId: other.id })).id);
    expect((await ceremonyPdfResponse(stranger, id, "list", null, { t, locale: "id" })).status).toBe(404);
  });
});

describe("berita acara", () => {
  it("is drafted after the ceremony, locked when final, corrected as a new revision; the PDF names the appointees", async () => {
    const world = await setup();
    const onsite = await approved(world, 0, { name: `Baiq Nurul ${uniqueSuffix()}` });
    const online = await approved(world, 1, { name: `Lalu Ahmad ${uniqueSuffix()}`, religion: "CATHOLIC" });
    const id = await ceremony(world, [onsite.id, online.id]);
    expect(await saveMinutes.execute(world.provincialSecretary, { id, number: "01/BA/2026" })).toMatchObject({
      ok: false,
      reason: "inaugurations.errors.minutesNotHeld",
    });
    await mark(world, id, onsite.id, "PRESENT_ONSITE");
    await mark(world, id, online.id, "PRESENT_ONLINE");
    await completeInauguration.execute(world.provincialSecretary, { id, version: await version(id) });

    expect(await saveMinutes.execute(world.provincialSecretary, { id, number: "01/BA/2026" })).toMatchObject({
      ok: true,
    });
    expect(await finalizeMinutes.execute(world.provincialSecretary, { id })).toMatchObject({ ok: true });
    expect(await finalizeMinutes.execute(world.provincialSecretary, { id })).toMatchObject({
      ok: false,
      reason: "inaugurations.errors.noDraft",
    });
    expect(
      await saveMinutes.execute(world.provincialSecretary, {
        id,
        number: "01/BA/2026",
        notes: "Perbaikan nama saksi.",
      }),
    ).toMatchObject({ ok: true });
    const revisions = await prisma.inaugurationMinutes.findMany({
      where: { inaugurationId: id },
      orderBy: { revision: "asc" },
    });
    expect(revisions.map((row) => [row.revision, row.status])).toEqual([
      [1, "FINAL"],
      [2, "DRAFT"],
    ]);
    expect(revisions[0]!.snapshot).toHaveLength(2);

    const response = await ceremonyPdfResponse(world.provincialSecretary, id, "minutes", 1, {
      t,
      locale: "id",
    });
    expect(response.status).toBe(200);
    const text = pdfText(new Uint8Array(await response.arrayBuffer()));
    expect(text).toContain("BERITA ACARA PELANTIKAN");
    expect(text).toContain(onsite.official.name);
    expect(text).toContain(online.official.name);
    expect(text).toContain("WITA");
    expect(text).toContain("Hadir daring");
    expect(text).toContain("Janji");

    const other = await createUnit({ parent: world.province });
    const stranger = await currentUser((await createUser({ role: "SECRETARY", unitId: other.id })).id);
    expect((await ceremonyPdfResponse(stranger, id, "minutes", null, { t, locale: "id" })).status).toBe(404);
  });
});

describe("who approved each appointment, on the documents", () => {
  it("a Plh.'s decision says 'Plh. Sekretaris' with their name, in the list before the day and the final berita acara", async () => {
    const world = await setup();
    // The provincial secretary's Plh. for today: a staff member of the province, named on their account.
    const plhName = `Baiq Nurlaili ${uniqueSuffix()}`;
    const staff = await createUser({ role: "STAFF", unitId: world.province.id, displayName: plhName });
    const today = todayInZone("Asia/Makassar").toISOString().slice(0, 10);
    expect(
      await designateActing.execute(world.provincialSecretary, {
        userId: staff.id,
        kind: "PLH",
        startDate: today,
        endDate: today,
      }),
    ).toMatchObject({ ok: true });
    const plh = await currentUser(staff.id);
    const byPlh = await approved(world, 0, { name: `Baiq Nurul ${uniqueSuffix()}`, decider: plh });
    const bySecretary = await approved(world, 1, { name: `Lalu Ahmad ${uniqueSuffix()}` });
    const secretaryName = (
      await prisma.user.findUniqueOrThrow({ where: { id: world.provincialSecretary.id } })
    ).displayName;
    const day = new Intl.DateTimeFormat("id-ID", { dateStyle: "long", timeZone: "UTC" }).format(
      new Date(`${today}T00:00:00Z`),
    );
    const id = await ceremony(world, [byPlh.id, bySecretary.id]);

    const list = pdfText(
      new Uint8Array(
        await (
          await ceremonyPdfResponse(world.provincialSecretary, id, "list", null, { t, locale: "id" })
        ).arrayBuffer(),
      ),
    );
    expect(list).toContain(`Disetujui oleh Plh. Sekretaris, ${plhName}, ${day}`);
    expect(list).toContain(`Disetujui oleh Sekretaris, ${secretaryName}, ${day}`);

    await mark(world, id, byPlh.id, "PRESENT_ONSITE");
    await mark(world, id, bySecretary.id, "PRESENT_ONLINE");
    await completeInauguration.execute(world.provincialSecretary, { id, version: await version(id) });
    await saveMinutes.execute(world.provincialSecretary, { id, number: "03/BA/2026" });
    expect(await finalizeMinutes.execute(world.provincialSecretary, { id })).toMatchObject({ ok: true });
    // The final revision is drawn from the table frozen in it: the decider is frozen with it.
    await prisma.user.update({ where: { id: staff.id }, data: { displayName: "Nama Diubah Kemudian" } });
    const minutes = pdfText(
      new Uint8Array(
        await (
          await ceremonyPdfResponse(world.provincialSecretary, id, "minutes", 1, { t, locale: "id" })
        ).arrayBuffer(),
      ),
    );
    expect(minutes).toContain("BERITA ACARA PELANTIKAN");
    expect(minutes).toContain(`Disetujui oleh Plh. Sekretaris, ${plhName}, ${day}`);
    expect(minutes).toContain(`Disetujui oleh Sekretaris, ${secretaryName}, ${day}`);
    expect(minutes).not.toContain("Nama Diubah Kemudian");
  });

  it("names the level that decided and a Plt. as such, in either language", () => {
    const approval = { name: "Lalu Wiradarma", on: "2026-03-07" };
    const en = createTranslator({ locale: "en", messages: messagesFor("en") }) as unknown as Translate;
    expect(approvalLine({ ...approval, acting: "PLT", level: "NATIONAL" }, t, "id")).toBe(
      "Disetujui oleh Plt. Sekretaris Jenderal, Lalu Wiradarma, 7 Maret 2026",
    );
    expect(approvalLine({ ...approval, acting: null, level: "PROVINCE" }, t, "id")).toBe(
      "Disetujui oleh Sekretaris, Lalu Wiradarma, 7 Maret 2026",
    );
    expect(approvalLine({ ...approval, acting: "PLH", level: "PROVINCE" }, en, "en")).toBe(
      "Approved by Plh. (acting) Secretary, Lalu Wiradarma, 7 March 2026",
    );
  });
});

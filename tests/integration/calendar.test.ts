import ICAL from "ical.js";
import { createTranslator } from "use-intl/core";
import { describe, expect, it } from "vitest";
import { GET } from "@/app/api/kalender/[file]/route";
import { runForm } from "@/lib/actions/form-action";
import { calendarEntries, monthEntries } from "@/lib/calendar/entries";
import { getFeedToken } from "@/lib/calendar/feed";
import { createFeedAddress, replaceFeedAddress, revokeFeedAddress } from "@/lib/calendar/feed-mutations";
import { feedPath } from "@/lib/calendar/feed-token";
import { feedForms } from "@/lib/calendar/form-actions";
import { entriesByDay, monthCells, monthRange, SHOWN_PER_DAY } from "@/lib/calendar/month";
import { prisma } from "@/lib/db/client";
import { eventTransitions, saveEvent } from "@/lib/events/event-mutations";
import type { CurrentUser } from "@/lib/auth/types";
import { messagesFor } from "@/lib/i18n/messages";
import type { Translate } from "@/lib/i18n/translate";
import { createProvinceWithRegencies, createUnit, createUser, currentUser } from "./db-utils";

async function setting() {
  const { province, regencyA, regencyB } = await createProvinceWithRegencies();
  const regencyWib = await createUnit({ parent: province, timeZone: "Asia/Jakarta" });
  const accounts = {
    sekprov: await createUser({ role: "SECRETARY", unitId: province.id }),
    stafA: await createUser({ role: "STAFF", unitId: regencyA.id }),
    stafB: await createUser({ role: "STAFF", unitId: regencyB.id }),
    stafWib: await createUser({ role: "STAFF", unitId: regencyWib.id }),
  };
  const users = {
    sekprov: await currentUser(accounts.sekprov.id),
    stafA: await currentUser(accounts.stafA.id),
    stafB: await currentUser(accounts.stafB.id),
    stafWib: await currentUser(accounts.stafWib.id),
  };
  return { province, regencyA, regencyB, regencyWib, accounts, users };
}

const meeting = {
  title: "Rapat Persiapan Pemutakhiran Data",
  kind: "COORDINATION_MEETING",
  mode: "ONSITE",
  date: "2026-12-10",
  time: "09:00",
  endTime: "11:30",
  location: "Aula, Lantai 2; Sumbawa Besar",
};

async function ok<T>(result: Promise<{ ok: boolean; data?: T }>): Promise<T> {
  const answer = await result;
  expect(answer).toMatchObject({ ok: true });
  return (answer as { data: T }).data;
}

/** Makes the user's feed address if needed and fetches it through the route, as a calendar app does. */
async function fetchFeed(user: CurrentUser) {
  if (!(await getFeedToken(user.id))) await ok(createFeedAddress.execute(user, {}));
  const feed = await getFeedToken(user.id);
  return request(feed!.token);
}

async function request(token: string) {
  const file = feedPath(token).split("/").pop()!;
  return GET(new Request(`http://localhost:3000${feedPath(token)}`), { params: Promise.resolve({ file }) });
}

/** The feed parsed back with ical.js, its zones registered so that TZID times resolve. */
async function parse(response: Response) {
  expect(response.status).toBe(200);
  const calendar = new ICAL.Component(ICAL.parse(await response.text()));
  for (const zone of calendar.getAllSubcomponents("vtimezone")) {
    ICAL.TimezoneService.register(new ICAL.Timezone(zone));
  }
  const events = calendar.getAllSubcomponents("vevent");
  const byUid = (uid: string) => events.find((event) => event.getFirstPropertyValue("uid") === uid);
  return { calendar, events, byUid };
}

function startOf(vevent: ICAL.Component) {
  return vevent.getFirstProperty("dtstart")!;
}

describe("the personal calendar feed", () => {
  it("is valid iCalendar with WITA right: an event at 09:00 WITA starts at 01:00Z, with private headers", async () => {
    const { users } = await setting();
    const { id } = await ok(saveEvent.execute(users.stafA, meeting));
    const response = await fetchFeed(users.stafA);
    expect(response.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
    expect(response.headers.get("cache-control")).toBe("private, no-store");
    const { calendar, byUid } = await parse(response);
    expect(calendar.getFirstPropertyValue("version")).toBe("2.0");
    expect(calendar.getFirstPropertyValue("prodid")).toBe("-//KPU//Sekretariat//ID");
    const zone = calendar
      .getAllSubcomponents("vtimezone")
      .find((z) => z.getFirstPropertyValue("tzid") === "Asia/Makassar");
    expect(zone?.getFirstSubcomponent("standard")?.getFirstPropertyValue("tzoffsetto")?.toString()).toBe(
      "+08:00",
    );
    expect(zone?.getFirstSubcomponent("daylight")).toBeNull();

    const vevent = byUid(`event-${id}@sekretariat`)!;
    expect(vevent).toBeDefined();
    expect(startOf(vevent).getParameter("tzid")).toBe("Asia/Makassar");
    const event = new ICAL.Event(vevent);
    expect(event.startDate.toJSDate().toISOString()).toBe("2026-12-10T01:00:00.000Z");
    expect(event.endDate.toJSDate().toISOString()).toBe("2026-12-10T03:30:00.000Z");
    expect(event.location).toBe(meeting.location);
    expect(event.summary).toBe(meeting.title);
    expect(vevent.getFirstPropertyValue("url")).toMatch(new RegExp(`^https?://[^/]+/kegiatan/${id}$`));
    expect(vevent.getFirstPropertyValue("status")).toBe("CONFIRMED");
    expect(vevent.getFirstPropertyValue("dtstamp")).toBeTruthy();
  });

  it("keeps the UID when a record changes and raises SEQUENCE; a cancelled event stays as STATUS:CANCELLED", async () => {
    const { users } = await setting();
    const { id } = await ok(saveEvent.execute(users.stafA, meeting));
    const uid = `event-${id}@sekretariat`;
    const first = (await parse(await fetchFeed(users.stafA))).byUid(uid)!;
    expect(first.getFirstPropertyValue("sequence")).toBe(1);

    await ok(saveEvent.execute(users.stafA, { ...meeting, id, version: 1, time: "10:00", endTime: "12:00" }));
    const updated = await parse(await fetchFeed(users.stafA));
    expect(updated.events.filter((event) => event.getFirstPropertyValue("uid") === uid)).toHaveLength(1);
    const second = updated.byUid(uid)!;
    expect(second.getFirstPropertyValue("sequence")).toBe(2);
    expect(new ICAL.Event(second).startDate.toJSDate().toISOString()).toBe("2026-12-10T02:00:00.000Z");

    await ok(eventTransitions.cancel.execute(users.stafA, { id, version: 2, reason: "Ditunda" }));
    const cancelled = (await parse(await fetchFeed(users.stafA))).byUid(uid)!;
    expect(cancelled.getFirstPropertyValue("status")).toBe("CANCELLED");
    expect(cancelled.getFirstPropertyValue("sequence")).toBe(3);
  });

  it("writes due dates and visits as all-day dates, and a WIB unit's event on WIB", async () => {
    const { users, accounts, province, regencyA } = await setting();
    const followUp = await prisma.followUp.create({
      data: {
        unitId: regencyA.id,
        source: "UNIT_REQUEST",
        title: "Laporan SPJ, triwulan IV",
        dueDate: new Date("2026-12-15"),
      },
    });
    const visit = await prisma.supervisionVisit.create({
      data: {
        hostUnitId: regencyA.id,
        visitorUnitId: province.id,
        createdById: accounts.sekprov.id,
        title: "Supervisi Sekretariat",
        startDate: new Date("2026-12-02"),
        endDate: new Date("2026-12-04"),
      },
    });
    const wib = await ok(saveEvent.execute(users.stafWib, { ...meeting, title: "Sosialisasi di WIB" }));
    const { byUid } = await parse(await fetchFeed(users.sekprov));

    const due = byUid(`follow-up-${followUp.id}@sekretariat`)!;
    expect(due.getFirstPropertyValue("summary")).toBe("Tenggat tindak lanjut: Laporan SPJ, triwulan IV");
    const dueEvent = new ICAL.Event(due);
    expect(dueEvent.startDate.isDate).toBe(true);
    expect(dueEvent.startDate.toString()).toBe("2026-12-15");
    expect(dueEvent.endDate.toString()).toBe("2026-12-16");
    expect(due.getFirstPropertyValue("transp")).toBe("TRANSPARENT");

    const visitEvent = new ICAL.Event(byUid(`visit-${visit.id}@sekretariat`)!);
    expect(visitEvent.startDate.toString()).toBe("2026-12-02");
    expect(visitEvent.endDate.toString()).toBe("2026-12-05");

    const wibEvent = byUid(`event-${wib.id}@sekretariat`)!;
    expect(startOf(wibEvent).getParameter("tzid")).toBe("Asia/Jakarta");
    expect(new ICAL.Event(wibEvent).startDate.toJSDate().toISOString()).toBe("2026-12-10T02:00:00.000Z");
  });

  it("holds nothing of another regency: each feed follows the modules' scope rules", async () => {
    const { users, regencyA } = await setting();
    const event = await ok(saveEvent.execute(users.stafA, meeting));
    const followUp = await prisma.followUp.create({
      data: {
        unitId: regencyA.id,
        source: "UNIT_REQUEST",
        title: "Tindak lanjut A",
        dueDate: new Date("2026-12-15"),
      },
    });
    const uids = [`event-${event.id}@sekretariat`, `follow-up-${followUp.id}@sekretariat`];
    const other = await parse(await fetchFeed(users.stafB));
    for (const uid of uids) expect(other.byUid(uid)).toBeUndefined();
    const own = await parse(await fetchFeed(users.stafA));
    const province = await parse(await fetchFeed(users.sekprov));
    for (const uid of uids) {
      expect(own.byUid(uid)).toBeDefined();
      expect(province.byUid(uid)).toBeDefined();
    }
  });
});

describe("the feed address", () => {
  it("is made once, answers 404 once replaced or revoked, and never reaches the audit log", async () => {
    const { users } = await setting();
    const user = users.stafA;
    await ok(createFeedAddress.execute(user, {}));
    expect(await createFeedAddress.execute(user, {})).toMatchObject({
      ok: false,
      code: "domain",
      reason: "calendar.errors.feedExists",
    });
    const first = (await getFeedToken(user.id))!.token;
    expect(first).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect((await request(first)).status).toBe(200);

    await ok(replaceFeedAddress.execute(user, {}));
    const second = (await getFeedToken(user.id))!.token;
    expect(second).not.toBe(first);
    expect((await request(first)).status).toBe(404);
    expect((await request(second)).status).toBe(200);

    await ok(revokeFeedAddress.execute(user, {}));
    expect(await getFeedToken(user.id)).toBeNull();
    const revoked = await request(second);
    expect(revoked.status).toBe(404);
    expect(revoked.headers.get("cache-control")).toBe("private, no-store");
    expect(await revokeFeedAddress.execute(user, {})).toMatchObject({ reason: "calendar.errors.noFeed" });

    const entries = await prisma.auditLog.findMany({ where: { entityType: "User", entityId: user.id } });
    expect(entries.map((entry) => entry.action)).toEqual([
      "calendar.feedCreate",
      "calendar.feedReplace",
      "calendar.feedRevoke",
    ]);
    const logged = JSON.stringify(entries.map((entry) => [entry.before, entry.after]));
    expect(logged).not.toContain(first);
    expect(logged).not.toContain(second);
  });

  it("answers 404 for a deactivated account, an unknown token and a malformed address", async () => {
    const { users } = await setting();
    await ok(createFeedAddress.execute(users.stafB, {}));
    const token = (await getFeedToken(users.stafB.id))!.token;
    expect((await request(token)).status).toBe(200);
    await prisma.user.update({ where: { id: users.stafB.id }, data: { active: false } });
    expect((await request(token)).status).toBe(404);

    expect((await request("A".repeat(43))).status).toBe(404);
    const malformed = await GET(new Request("http://localhost/api/kalender/x.ics"), {
      params: Promise.resolve({ file: `${token}.txt` }),
    });
    expect(malformed.status).toBe(404);
  });
});

describe("the feed address's buttons", () => {
  it("make one address when pressed twice at once: the second press is told the address exists", async () => {
    const { users } = await setting();
    const results = await Promise.all([
      createFeedAddress.execute(users.stafA, {}),
      createFeedAddress.execute(users.stafA, {}),
    ]);
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect(results.find((result) => !result.ok)).toMatchObject({ reason: "calendar.errors.feedExists" });
    const entries = await prisma.auditLog.count({
      where: { entityId: users.stafA.id, action: "calendar.feedCreate" },
    });
    expect(entries).toBe(1);
  });

  it("save through the form kit: confirmed in the user's language, the calendar page revalidated and opened", async () => {
    const { users } = await setting();
    const revalidated: string[] = [];
    const context = {
      user: users.stafB,
      t: createTranslator({ locale: "id", messages: messagesFor("id") }) as unknown as Translate,
      revalidatePath: (path: string) => revalidated.push(path),
    };
    expect(await runForm(feedForms.create, new FormData(), context)).toEqual({
      ok: true,
      message: "Alamat langganan kalender sudah dibuat.",
      open: "/kalender",
    });
    expect(revalidated).toEqual(["/kalender"]);
    expect(await runForm(feedForms.create, new FormData(), context)).toMatchObject({
      ok: false,
      message: "Anda sudah memiliki alamat langganan. Gunakan alamat yang ada atau gantilah.",
    });
    expect(await runForm(feedForms.revoke, new FormData(), context)).toMatchObject({
      ok: true,
      message: "Alamat langganan sudah dicabut.",
    });
  });
});

describe("the month page's entries", () => {
  it("places a timed entry on its unit's local date and a visit on each of its days", async () => {
    const { users, accounts, province, regencyA } = await setting();
    // 00:30 WITA on 1 December is still 30 November in UTC.
    const early = await ok(
      saveEvent.execute(users.stafA, { ...meeting, date: "2026-12-01", time: "00:30", endTime: undefined }),
    );
    const visit = await prisma.supervisionVisit.create({
      data: {
        hostUnitId: regencyA.id,
        visitorUnitId: province.id,
        createdById: accounts.sekprov.id,
        title: "Supervisi akhir bulan",
        startDate: new Date("2026-11-30"),
        endDate: new Date("2026-12-02"),
      },
    });
    const range = monthRange({ year: 2026, month: 12 });
    const days = entriesByDay(await calendarEntries(users.stafA, range), range);
    expect(days.get("2026-12-01")?.map((entry) => entry.id)).toEqual(
      expect.arrayContaining([early.id, visit.id]),
    );
    expect(days.get("2026-12-02")?.map((entry) => entry.id)).toContain(visit.id);
    expect(days.get("2026-11-30")).toBeUndefined();
    expect(days.get("2026-12-03")?.map((entry) => entry.id) ?? []).not.toContain(visit.id);
    expect(entriesByDay(await calendarEntries(users.stafB, range), range).size).toBe(0);
  });

  it("shows the month as reading everything would, while reading only the first events and follow-ups of each day", async () => {
    const { users, accounts, province, regencyA, regencyB, regencyWib } = await setting();
    const due = (day: string, unitId: string, count: number) =>
      Array.from({ length: count }, (_, index) => ({
        unitId,
        source: "UNIT_REQUEST" as const,
        title: `Tindak lanjut ${day} ${index + 1}`,
        dueDate: new Date(day),
      }));
    await prisma.followUp.createMany({
      data: [
        ...due("2026-11-30", regencyA.id, 5), // the month before
        ...due("2026-12-01", regencyA.id, 6),
        ...due("2026-12-07", regencyA.id, 9),
        ...due("2026-12-08", regencyA.id, 2),
        ...due("2026-12-08", regencyB.id, 6), // outside the regency's scope, inside the province's
        ...due("2026-12-31", province.id, 5),
        ...due("2027-01-01", regencyA.id, 3), // the next month
      ],
    });
    await ok(saveEvent.execute(users.stafA, { ...meeting, date: "2026-12-07" }));
    const event = (unitId: string, startsAt: string, title: string) => ({
      unitId,
      title,
      kind: "COORDINATION_MEETING" as const,
      startsAt: new Date(startsAt),
    });
    await prisma.event.createMany({
      data: [
        // Six on 9 December (WITA), some at the same minute: four shown, two more.
        ...["01:00", "01:00", "02:30", "00:15", "03:00", "01:00"].map((time, index) =>
          event(regencyA.id, `2026-12-09T${time}:00Z`, `Rapat ${index + 1}`),
        ),
        // 1 January 00:30 WITA and 30 November 23:30 WITA: outside December on the unit's wall clock.
        event(regencyA.id, "2026-12-31T16:30:00Z", "Rapat tahun baru"),
        event(regencyA.id, "2026-11-30T15:30:00Z", "Rapat akhir November"),
        // 1 December 00:30 WITA is 30 November in UTC; 31 December 23:30 WIB is 1 January in WITA.
        event(regencyA.id, "2026-11-30T16:30:00Z", "Rapat awal Desember"),
        event(regencyWib.id, "2026-12-31T16:30:00Z", "Rapat akhir tahun WIB"),
        // Another regency's, seen by the province; one the first regency takes part in, which it sees too.
        ...[0, 1, 2, 3, 4].map((index) =>
          event(regencyB.id, `2026-12-09T0${index}:10:00Z`, `Rapat B ${index}`),
        ),
      ],
    });
    const joint = await prisma.event.create({
      data: {
        ...event(regencyB.id, "2026-12-09T00:05:00Z", "Rakor bersama"),
        participants: { create: { unitId: regencyA.id } },
      },
    });
    const visit = (hostUnitId: string, visitorUnitId: string, title: string, from: string, to: string) => ({
      hostUnitId,
      visitorUnitId,
      createdById: accounts.sekprov.id,
      title,
      startDate: new Date(from),
      endDate: new Date(to),
    });
    await prisma.supervisionVisit.createMany({
      data: [
        visit(regencyA.id, province.id, "Supervisi pekan kedua", "2026-12-06", "2026-12-08"),
        // More on 16 December than a day shows: seven for the province, six for the regency (one of them its own
        // visit to another regency, one begun in November, which is on every day from the 1st).
        visit(regencyA.id, province.id, "Supervisi lintas bulan", "2026-11-28", "2026-12-16"),
        ...["14", "14", "15", "16"].map((day, index) =>
          visit(regencyA.id, province.id, `Supervisi gelombang ${index + 1}`, `2026-12-${day}`, "2026-12-18"),
        ),
        visit(regencyB.id, regencyA.id, "Kunjungan balasan", "2026-12-15", "2026-12-16"),
        visit(regencyB.id, province.id, "Supervisi kabupaten lain", "2026-12-13", "2026-12-20"),
      ],
    });
    const range = monthRange({ year: 2026, month: 12 });
    const ids = (cells: { shownByDay: Map<string, { id: string }[]> }) =>
      Object.fromEntries(
        [...cells.shownByDay].map(([day, entries]) => [day, entries.map((entry) => entry.id)]),
      );
    for (const user of [users.stafA, users.sekprov]) {
      const everything = monthCells(await calendarEntries(user, range, { limit: 20_000 }), range, null);
      const month = await monthEntries(user, range, { limit: 20_000, perDay: SHOWN_PER_DAY });
      expect(month.entries.filter((entry) => entry.kind === "followUp").length).toBeLessThanOrEqual(
        SHOWN_PER_DAY * 31,
      );
      // Of the seven to twelve events of 9 December, only the first few are read.
      const ninth = (entry: { kind: string; start: Date }) =>
        entry.kind === "event" && entry.start.toISOString().startsWith("2026-12-09");
      expect(month.entries.filter(ninth)).toHaveLength(SHOWN_PER_DAY);
      const cells = monthCells(month.entries, range, null, month.unreadByDay);
      expect(ids(cells)).toEqual(ids(everything));
      expect(cells.moreByDay).toEqual(everything.moreByDay);
      expect(cells.count).toBe(everything.count);
    }
    const regency = monthCells(
      ...(await monthEntries(users.stafA, range, { limit: 20_000, perDay: SHOWN_PER_DAY }).then(
        (month) => [month.entries, range, null, month.unreadByDay] as const,
      )),
    );
    // 7 December: the event, two visits and the first of nine follow-ups shown, eight more.
    expect(regency.shownByDay.get("2026-12-07")?.map((entry) => entry.kind)).toEqual([
      "event",
      "visit",
      "visit",
      "followUp",
    ]);
    expect(regency.moreByDay["2026-12-07"]).toBe(8);
    // 9 December: the joint meeting first (00:05), then the first three of six at 00:15 and 01:00; four more
    // (three meetings and the visit begun in November).
    expect(regency.shownByDay.get("2026-12-09")?.[0]?.id).toBe(joint.id);
    expect(regency.moreByDay["2026-12-09"]).toBe(4);
    // The month's first day counts in full, the day before it not at all.
    expect(regency.shownByDay.get("2026-12-01")).toHaveLength(SHOWN_PER_DAY);
    // Its first event, the visit begun in November and six follow-ups.
    expect(regency.moreByDay["2026-12-01"]).toBe(1 + 1 + 6 - SHOWN_PER_DAY);
    expect(regency.shownByDay.has("2026-11-30")).toBe(false);
  });
});

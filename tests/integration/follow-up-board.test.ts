/**
 * The follow-up board (papan tindak lanjut) on the real database: each view and filter (unit, status, area,
 * source, late, due in 7 days, escalated, needs my attention), alone and combined, always inside the user's scope;
 * its pages; the XLSX under the same params; and what the home page and notification list count as due.
 */
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { createTranslator } from "use-intl/core";
import type { CurrentUser } from "@/lib/auth/types";
import { addDays, todayFor } from "@/lib/dates/today";
import { prisma } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { boardHref, parseBoardParams } from "@/lib/follow-ups/board-params";
import { followUpExportResponse } from "@/lib/follow-ups/export";
import { BOARD_PAGE_SIZE, dueFollowUps, listFollowUps } from "@/lib/follow-ups/queries";
import { messagesFor } from "@/lib/i18n/messages";
import type { Translate } from "@/lib/i18n/translate";
import { setting } from "./supervision-world";

const t = createTranslator({ locale: "id", messages: messagesFor("id") }) as unknown as Translate;
const LATE = new Date("2020-01-01");
const LATER = new Date("2099-01-01");

/** A follow-up to create: a finding's unless it says otherwise. */
type Row = Omit<Prisma.FollowUpCreateManyInput, "source"> &
  Partial<Pick<Prisma.FollowUpCreateManyInput, "source">>;

/** Two regencies' follow-ups and the province's, at every stage the filters tell apart. */
async function board() {
  const world = await setting();
  const { regencyA, regencyB, province, nation, users } = world;
  const soon = addDays(todayFor(users.sekkab), 3);
  const rows: Row[] = [
    { title: "A late finance", unitId: regencyA.id, area: "FINANCE", status: "IN_PROGRESS", dueDate: LATE },
    { title: "A done staffing", unitId: regencyA.id, area: "STAFFING", status: "DONE", dueDate: LATE },
    { title: "A outcome soon", unitId: regencyA.id, source: "EVENT_OUTCOME", status: "OPEN", dueDate: soon },
    {
      title: "A legal escalated",
      unitId: regencyA.id,
      area: "LEGAL",
      status: "ESCALATED",
      escalatedToUnitId: province.id,
      dueDate: LATER,
    },
    { title: "B late finance", unitId: regencyB.id, area: "FINANCE", status: "OPEN", dueDate: LATE },
    {
      title: "Province request",
      unitId: province.id,
      source: "UNIT_REQUEST",
      area: "STAFFING",
      status: "OPEN",
      dueDate: LATER,
    },
    { title: "Province late", unitId: province.id, area: "PLANNING_DATA", status: "OPEN", dueDate: LATE },
  ];
  await prisma.followUp.createMany({ data: rows.map((row) => ({ source: "FINDING", ...row })) });
  const codes = Object.fromEntries(
    (
      await prisma.workUnit.findMany({
        where: { id: { in: [regencyA.id, regencyB.id, province.id, nation.id] } },
        select: { id: true, code: true },
      })
    ).map((unit) => [unit.id, unit.code]),
  );
  return { ...world, code: (unit: { id: string }) => codes[unit.id]! };
}

async function titles(user: CurrentUser, query: string, fallback?: "all" | "attention") {
  const { rows } = await listFollowUps(user, parseBoardParams(new URLSearchParams(query), fallback));
  return rows.map((row) => row.title).sort();
}

describe("the follow-up board", () => {
  it("filters by unit, status, area and source, by late, due soon and escalated, alone and together", async () => {
    const { users, code, regencyA, regencyB } = await board();
    const { sekprov } = users;
    expect(await titles(sekprov, "")).toHaveLength(7);
    expect(await titles(sekprov, `unit=${code(regencyA)}`)).toEqual([
      "A done staffing",
      "A late finance",
      "A legal escalated",
      "A outcome soon",
    ]);
    expect(await titles(sekprov, "status=DONE")).toEqual(["A done staffing"]);
    expect(await titles(sekprov, "area=FINANCE")).toEqual(["A late finance", "B late finance"]);
    expect(await titles(sekprov, "source=UNIT_REQUEST")).toEqual(["Province request"]);
    expect(await titles(sekprov, "source=EVENT_OUTCOME")).toEqual(["A outcome soon"]);
    // A follow-up reported done is no longer late.
    expect(await titles(sekprov, "filter=overdue")).toEqual([
      "A late finance",
      "B late finance",
      "Province late",
    ]);
    expect(await titles(sekprov, "filter=soon")).toEqual(["A outcome soon"]);
    expect(await titles(sekprov, "filter=escalated")).toEqual(["A legal escalated"]);
    // Together: late in one regency, late in finance at the province's own unit (none).
    expect(await titles(sekprov, `filter=overdue&unit=${code(regencyB)}`)).toEqual(["B late finance"]);
    expect(await titles(sekprov, "filter=overdue&area=FINANCE&status=OPEN")).toEqual(["B late finance"]);
    expect(await titles(sekprov, `filter=escalated&unit=${code(regencyB)}`)).toEqual([]);
  });

  it("shows the province what surfaced at it, and the nation, by default, what reached it", async () => {
    const { users, code, province } = await board();
    // Escalated to it, and late in a regency directly under it; its own late work surfaces one level up.
    expect(await titles(users.sekprov, "filter=attention")).toEqual([
      "A late finance",
      "A legal escalated",
      "B late finance",
    ]);
    expect(await titles(users.pusat, "", "attention")).toEqual(["Province late"]);
    expect(await titles(users.pusat, `filter=all&unit=${code(province)}`)).toEqual([
      "Province late",
      "Province request",
    ]);
  });

  it("lets the nation narrow to a region, and drops a unit outside it rather than showing nothing", async () => {
    const { users, code, province, regencyA, nation } = await board();
    // Everything of this board lies in the province's region; the national unit's own region holds none of it.
    expect(await titles(users.pusat, `filter=all&region=${code(province)}`)).toHaveLength(7);
    expect(await titles(users.pusat, `filter=all&region=${code(nation)}`)).toEqual([]);
    const mismatched = await listFollowUps(
      users.pusat,
      parseBoardParams({ filter: "all", region: code(nation), unit: code(regencyA) }),
    );
    expect(mismatched.params).toMatchObject({ region: code(nation), unit: undefined });
    const linked = await listFollowUps(
      users.pusat,
      parseBoardParams({ filter: "all", unit: code(regencyA) }),
    );
    expect(linked.params).toMatchObject({ region: code(province), unit: code(regencyA) });
    const chosen = await listFollowUps(
      users.pusat,
      parseBoardParams({ filter: "all", region: code(province), unit: code(regencyA) }),
    );
    expect(chosen.params.unit).toBe(code(regencyA));
    expect(new Set(chosen.rows.map((row) => row.unit.shortName))).toEqual(new Set([regencyA.shortName]));
    // A province's secretary has no region to choose: one outside the scope is dropped.
    const foreign = await listFollowUps(
      users.sekprov,
      parseBoardParams({ filter: "all", region: code(nation) }),
    );
    expect(foreign.region).toBeNull();
    expect(foreign.params.region).toBeUndefined();
  });

  it("never reaches beyond the scope: a regency filtering by another unit's code sees nothing", async () => {
    const { users, code, regencyA, province } = await board();
    expect(await titles(users.sekkab, "")).toEqual([
      "A done staffing",
      "A late finance",
      "A legal escalated",
      "A outcome soon",
    ]);
    expect(await titles(users.other, "")).toEqual(["B late finance"]);
    expect(await titles(users.other, `unit=${code(regencyA)}`)).toEqual([]);
    expect(await titles(users.sekkab, `unit=${code(province)}`)).toEqual([]);
    expect(await titles(users.other, "filter=attention")).toEqual([]);
  });

  it("reads bad params as their defaults, and writes back what it read", () => {
    const parsed = parseBoardParams(
      new URLSearchParams("status=BOGUS&area=&source=x&page=-3&unit=%00&filter=nope&filter=overdue"),
    );
    expect(parsed).toEqual({ filter: "all", page: 1 });
    const params = parseBoardParams({ filter: "overdue", unit: "5204", status: "OPEN", page: "2" });
    expect(boardHref("/tindak-lanjut", params)).toBe(
      "/tindak-lanjut?filter=overdue&unit=5204&status=OPEN&page=2",
    );
    const again = new URL(boardHref("/tindak-lanjut", params), "http://x").searchParams;
    expect(parseBoardParams(again)).toEqual(params);
  });

  it("pages by due date, a page past the last showing the last", async () => {
    const { users, regencyB } = await board();
    await prisma.followUp.createMany({
      data: Array.from({ length: BOARD_PAGE_SIZE }, (_, index) => ({
        unitId: regencyB.id,
        source: "FINDING" as const,
        title: `B later ${String(index).padStart(2, "0")}`,
        dueDate: addDays(LATER, index),
      })),
    });
    const first = await listFollowUps(users.other, parseBoardParams({}));
    expect(first).toMatchObject({ total: BOARD_PAGE_SIZE + 1, page: 1, pageCount: 2 });
    expect(first.rows[0]!.title).toBe("B late finance");
    const last = await listFollowUps(users.other, parseBoardParams({ page: "9" }));
    expect(last.page).toBe(2);
    expect(last.rows.map((row) => row.title)).toEqual([`B later ${BOARD_PAGE_SIZE - 1}`]);
    // The count is kept between requests until the data changes.
    await prisma.followUp.create({
      data: { unitId: regencyB.id, source: "FINDING", title: "B one more", dueDate: LATER },
    });
    expect(await listFollowUps(users.other, parseBoardParams({}))).toMatchObject({
      total: BOARD_PAGE_SIZE + 2,
      pageCount: 2,
    });
  });

  it("exports the rows the board shows under the same view and filters", async () => {
    const { users, code, regencyA, province } = await board();
    const response = await followUpExportResponse(
      users.sekprov,
      new URLSearchParams(`filter=all&unit=${code(regencyA)}&area=FINANCE`),
      { t },
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await response.arrayBuffer());
    const values: unknown[] = [];
    workbook.worksheets[0]!.eachRow((row, index) => {
      if (index > 1) values.push((row.values as unknown[])[1]);
    });
    expect(values).toEqual(["A late finance"]);
    // Named after the unit chosen, or the user's own unit when none is.
    const fileName = (sent: Response) => sent.headers.get("content-disposition");
    const inName = (unit: { shortName: string }) => unit.shortName.replace(/[^A-Za-z0-9]+/g, "-");
    expect(fileName(response)).toContain(`filename="tindak-lanjut-${inName(regencyA)}-`);
    const unfiltered = await followUpExportResponse(users.sekprov, new URLSearchParams("filter=all"), { t });
    expect(fileName(unfiltered)).toContain(`filename="tindak-lanjut-${inName(users.sekprov.unit)}-`);
    const region = await followUpExportResponse(
      users.pusat,
      new URLSearchParams(`filter=all&region=${code(province)}`),
      { t },
    );
    expect(fileName(region)).toContain(`filename="tindak-lanjut-${inName(province)}-`);
  });
});

describe("due and late at the user's unit", () => {
  it("lists the unit's follow-ups due within 7 days or late, not those done, far off or another unit's", async () => {
    const { users } = await board();
    const due = await dueFollowUps(users.sekkab);
    expect(due.map((row) => row.title).sort()).toEqual(["A late finance", "A outcome soon"]);
    expect((await dueFollowUps(users.sekprov)).map((row) => row.title)).toEqual(["Province late"]);
  });
});

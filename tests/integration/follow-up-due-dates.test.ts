import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { dueSoonWhere, overdueWhere } from "@/lib/follow-ups/overdue-where";
import { createProvinceWithRegencies, createUnit } from "./db-utils";

/** Three follow-ups due on 10 May 2026, of a WIB (UTC+7), a WITA (UTC+8) and a WIT unit (UTC+9). */
async function dueOnTenthMay() {
  const { province } = await createProvinceWithRegencies();
  const west = await createUnit({ parent: province, timeZone: "Asia/Jakarta" });
  const central = await createUnit({ parent: province, timeZone: "Asia/Makassar" });
  const east = await createUnit({ parent: province, timeZone: "Asia/Jayapura" });
  const due = (unitId: string, title: string) =>
    prisma.followUp.create({
      data: { unitId, title, source: "UNIT_REQUEST", dueDate: new Date("2026-05-10") },
    });
  return [await due(west.id, "WIB"), await due(central.id, "WITA"), await due(east.id, "WIT")];
}

describe("late and due soon, by each follow-up's unit's calendar", () => {
  it("is late from the unit's own midnight: WIT first, then WITA, then WIB", async () => {
    const ids = (await dueOnTenthMay()).map((row) => row.id);
    const titles = async (where: object) =>
      (
        await prisma.followUp.findMany({
          where: { AND: [{ id: { in: ids } }, where] },
          orderBy: { title: "asc" },
        })
      ).map((row) => row.title);
    // 21:30 WIB, 23:30 WIT on the 10th: due today in every zone.
    const evening = new Date("2026-05-10T14:30:00Z");
    expect(await titles(overdueWhere(evening))).toEqual([]);
    expect(await titles(dueSoonWhere(evening))).toEqual(["WIB", "WIT", "WITA"]);
    // 22:30 WIB and 23:30 WITA on the 10th, 00:30 WIT on the 11th: late in Jayapura only.
    const eastMidnight = new Date("2026-05-10T15:30:00Z");
    expect(await titles(overdueWhere(eastMidnight))).toEqual(["WIT"]);
    expect(await titles(dueSoonWhere(eastMidnight))).toEqual(["WIB", "WITA"]);
    // 23:30 WIB on the 10th, 00:30 WITA and 01:30 WIT on the 11th: late but in the west.
    const centralMidnight = new Date("2026-05-10T16:30:00Z");
    expect(await titles(overdueWhere(centralMidnight))).toEqual(["WIT", "WITA"]);
    expect(await titles(dueSoonWhere(centralMidnight))).toEqual(["WIB"]);
    // 00:30 WIB on the 11th: late everywhere.
    const westMidnight = new Date("2026-05-10T17:30:00Z");
    expect(await titles(overdueWhere(westMidnight))).toEqual(["WIB", "WIT", "WITA"]);
    expect(await titles(dueSoonWhere(westMidnight))).toEqual([]);
  });

  it("asks for the unit's zone only while the zones are on different dates", () => {
    const noon = new Date("2026-05-10T05:00:00Z");
    expect(JSON.stringify(overdueWhere(noon))).not.toContain("timeZone");
    expect(JSON.stringify(dueSoonWhere(noon))).not.toContain("timeZone");
    expect(JSON.stringify(overdueWhere(new Date("2026-05-10T15:30:00Z")))).toContain("timeZone");
  });
});

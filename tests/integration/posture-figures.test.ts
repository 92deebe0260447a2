import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { todayInZone } from "@/lib/dates/today";
import { loadPostureFigures } from "@/lib/units/posture-figures";
import { loadPostures } from "@/lib/units/posture-queries";
import { unitFigures } from "@/lib/units/posture-rows";
import {
  assignToPosition,
  createOfficial,
  createPosition,
  createProvinceWithRegencies,
  createSection,
  createUnit,
} from "./db-utils";

const byId = <T extends { unit: { id: string } }>(list: T[]) =>
  new Map(list.map((item) => [item.unit.id, item]));

describe("the posture figures the database counts for the national roll-up (issue 13)", () => {
  it("are, unit by unit, those of the full posture computed from the records", async () => {
    const today = todayInZone("Asia/Makassar");
    const { province, regencyA, regencyB } = await createProvinceWithRegencies();
    const closed = await createUnit({ parent: province });
    await prisma.workUnit.update({ where: { id: closed.id }, data: { deactivatedAt: new Date() } });
    await prisma.workUnit.update({ where: { id: regencyA.id }, data: { supportStaffQuota: 3 } });

    const keuangan = await createSection(regencyA.id, { staffQuota: 2 });
    const umum = await createSection(regencyA.id, { staffQuota: 1 });
    const elsewhere = await createSection(regencyB.id, { staffQuota: 4 });
    const sekretaris = await createPosition(regencyA.id, { title: "Sekretaris", level: "ADMINISTRATOR" });
    const kasubbag = await createPosition(regencyA.id, {
      title: "Kasubbag Keuangan",
      sectionId: keuangan.id,
    });
    const twoSeats = await createPosition(regencyA.id, { title: "Dua Kursi", quota: 2 });
    const noQuota = await createPosition(regencyA.id, { title: "Tanpa Kuota", quota: 0 });
    await createPosition(regencyA.id, { title: "Kosong Tanpa Kuota", quota: 0 }); // vacant all the same
    const later = await createPosition(regencyA.id, { title: "Mulai Kelak" });
    await createPosition(regencyA.id, { title: "Dihapus", abolishedAt: new Date("2025-01-01") });
    await createPosition(regencyA.id, { title: "Pelaksana", kind: "EXECUTOR", level: "EXECUTOR", quota: 3 });
    await createPosition(regencyA.id, { title: "Pendukung", kind: "SUPPORT", level: "SUPPORT", quota: 5 });

    const holder = async (position: { id: string; unitId: string }, data = {}) =>
      assignToPosition((await createOfficial(regencyA.id)).id, position, data);
    await holder(sekretaris);
    await holder(kasubbag, { endDate: new Date("2025-06-30") }); // ended: the post is vacant
    await holder(twoSeats); // one of two seats
    await holder(noQuota); // a structural post always needs one, and has it
    await holder(later, { startDate: new Date("2099-01-02") }); // not held yet
    await createOfficial(regencyA.id, { sectionId: keuangan.id, employmentType: "PPPK" });
    await createOfficial(regencyA.id, { sectionId: umum.id });
    await createOfficial(regencyA.id, { sectionId: elsewhere.id }); // a moved record: counted, not lost
    await createOfficial(regencyA.id, { sectionId: umum.id, status: "RETIRED" });
    for (let i = 0; i < 4; i += 1) await createOfficial(regencyA.id, { employmentType: "NON_ASN" });
    await createOfficial(regencyB.id, { sectionId: elsewhere.id });

    const ours = [province.id, regencyA.id, regencyB.id, closed.id];
    const expected = byId((await loadPostures(prisma, ours, today)).map(unitFigures));
    const figures = byId(await loadPostureFigures(ours, today));
    expect([...figures.keys()].sort()).toEqual([province.id, regencyA.id, regencyB.id].sort());
    for (const id of figures.keys()) expect(figures.get(id), id).toEqual(expected.get(id));
    expect(figures.get(regencyA.id)!.figures).toMatchObject({
      structuralTotal: 6,
      structuralVacant: 4,
      // Sections 2 + 1; posts in no section: Sekretaris 1, Dua Kursi 2, Tanpa Kuota 0, Kosong Tanpa Kuota 0, Mulai Kelak 1, Pelaksana 3.
      asn: { staff: 8, quota: 10 },
      support: { staff: 4, quota: 3, excess: 1 },
    });
    expect(figures.get(regencyA.id)!.vacantTitles.sort()).toEqual([
      "Dua Kursi",
      "Kasubbag Keuangan",
      "Kosong Tanpa Kuota",
      "Mulai Kelak",
    ]);

    // The national scope reads "all" with no unit condition; other files write their own units meanwhile.
    const everyUnit = byId(await loadPostureFigures("all", today));
    expect(everyUnit.has(closed.id)).toBe(false);
    for (const id of [province.id, regencyA.id, regencyB.id])
      expect(everyUnit.get(id), id).toEqual(figures.get(id));
  });
});

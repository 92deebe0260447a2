import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { addDays, todayInZone } from "@/lib/dates/today";
import { getHomeSummary } from "@/lib/home/queries";
import * as factory from "./db-utils";

const DAY_MS = 24 * 60 * 60 * 1000;

/** A province with two regencies, each record kind placed on both sides of every rule the home summary counts. */
async function smallWorld() {
  const { province, regencyA, regencyB } = await factory.createProvinceWithRegencies();
  const outside = await factory.createUnit({ level: "PROVINCE" });
  const today = todayInZone(province.timeZone);
  // Officials: 3 active in scope, 1 retired, 1 active outside.
  for (const unitId of [province.id, regencyA.id, regencyB.id]) await factory.createOfficial(unitId);
  await factory.createOfficial(regencyA.id, { status: "RETIRED" });
  await factory.createOfficial(outside.id);
  // Structural posts: held today; held until yesterday (vacant); starting tomorrow (vacant); never held (vacant);
  // abolished; functional and unheld (not structural); vacant outside the scope.
  const holder = await factory.createOfficial(outside.id, { status: "RETIRED" });
  await factory.assignToPosition(holder.id, await factory.createPosition(province.id));
  await factory.assignToPosition(holder.id, await factory.createPosition(regencyA.id), {
    endDate: addDays(today, -1),
  });
  await factory.assignToPosition(holder.id, await factory.createPosition(regencyA.id), {
    startDate: addDays(today, 1),
  });
  await factory.createPosition(regencyB.id);
  await factory.createPosition(regencyB.id, { abolishedAt: new Date() });
  await factory.createPosition(regencyB.id, { kind: "FUNCTIONAL", level: "FUNCTIONAL" });
  await factory.createPosition(outside.id);
  // Follow-ups: open, in progress, done, reopened and escalated count; verified, cancelled and one outside do not.
  const statuses = ["OPEN", "IN_PROGRESS", "DONE", "VERIFIED", "CANCELLED", "REOPENED", "ESCALATED"] as const;
  for (const [index, status] of statuses.entries())
    await prisma.followUp.create({
      data: {
        unitId: index % 2 ? regencyA.id : province.id,
        source: "UNIT_REQUEST",
        title: `Tindak lanjut uji ${status}`,
        dueDate: addDays(today, 7),
        status,
      },
    });
  await prisma.followUp.create({
    data: { unitId: outside.id, source: "UNIT_REQUEST", title: "Di luar", dueDate: today, status: "OPEN" },
  });
  // Ceremonies: two planned ahead count; one planned but past, one held, one planned outside do not.
  const ceremony = (unitId: string, status: "PLANNED" | "HELD", offsetDays: number) =>
    prisma.inauguration.create({
      data: {
        unitId,
        title: "Pelantikan uji",
        status,
        scheduledAt: new Date(Date.now() + offsetDays * DAY_MS),
      },
    });
  await ceremony(province.id, "PLANNED", 3);
  await ceremony(regencyB.id, "PLANNED", 10);
  await ceremony(regencyB.id, "PLANNED", -1);
  await ceremony(province.id, "HELD", 2);
  await ceremony(outside.id, "PLANNED", 3);
  return { province, regencyA };
}

describe("the home summary", () => {
  it("counts the scope's active officials, vacant structural posts, open follow-ups and coming ceremonies", async () => {
    const { province, regencyA } = await smallWorld();
    const secretary = await factory.currentUser(
      (await factory.createUser({ role: "SECRETARY", unitId: province.id })).id,
    );
    expect(await getHomeSummary(secretary)).toEqual({
      units: 3,
      officials: 3,
      vacantStructural: 3,
      openFollowUps: 5,
      upcomingInaugurations: 2,
    });
    const clerk = await factory.currentUser(
      (await factory.createUser({ role: "STAFF", unitId: regencyA.id })).id,
    );
    expect(await getHomeSummary(clerk)).toEqual({
      units: 1,
      officials: 1,
      vacantStructural: 2,
      openFollowUps: 2,
      upcomingInaugurations: 0,
    });
  });

  it("counts again once the data changes, though the counts are kept between requests", async () => {
    const { regencyA } = await smallWorld();
    const clerk = await factory.currentUser(
      (await factory.createUser({ role: "STAFF", unitId: regencyA.id })).id,
    );
    const before = await getHomeSummary(clerk);
    await factory.createOfficial(regencyA.id);
    await factory.createPosition(regencyA.id);
    expect(await getHomeSummary(clerk)).toEqual({
      ...before,
      officials: before.officials + 1,
      vacantStructural: before.vacantStructural + 1,
    });
  });
});

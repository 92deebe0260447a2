/** Writes the appointments module's demo rows (appointments.ts) inside the seed's one transaction. */
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import type { Religion } from "@/lib/generated/prisma/enums";
import { buildAppointmentDemo, demoReligion } from "./appointments";
import type { DemoData } from "./dataset";
import type { SeedUser } from "./users";

type Db = PrismaClient | Prisma.TransactionClient;

export async function insertAppointmentDemo(db: Db, data: DemoData, users: SeedUser[]): Promise<void> {
  const demo = buildAppointmentDemo(data, users);
  const byReligion = new Map<Religion, string[]>();
  for (const official of data.officials) {
    const religion = demoReligion(official);
    byReligion.set(religion, [...(byReligion.get(religion) ?? []), official.id]);
  }
  for (const [religion, ids] of byReligion) {
    await db.official.updateMany({ where: { id: { in: ids } }, data: { religion } });
  }
  await db.appointmentLevelRule.createMany({ data: demo.levelRules });
  await db.decree.createMany({ data: demo.decrees });
  await db.inauguration.createMany({ data: demo.inaugurations });
  await db.appointmentProposal.createMany({ data: demo.proposals });
  await db.inaugurationAppointee.createMany({ data: demo.appointees });
  await db.inaugurationMinutes.createMany({
    data: demo.minutes.map((row) => ({ ...row, snapshot: row.snapshot as unknown as Prisma.InputJsonValue })),
  });
  await db.assignment.updateMany({
    where: { id: { in: demo.inauguratedAssignmentIds } },
    data: { inaugurationId: demo.inaugurations[0]!.id },
  });
  await db.auditLog.createMany({
    data: demo.audit.map((row) => ({ ...row, after: row.after as Prisma.InputJsonValue })),
  });
}

/**
 * The instances stage's database, in a process of its own (Playwright loads its config synchronously):
 *   tsx tests/e2e-instances/prepare.ts create        a throwaway cluster, a database owned by a migration role,
 *                                                   migrated, the app role granted, seeded as the app role;
 *                                                   prints `INSTANCES_DATABASE=<json>`
 *   tsx tests/e2e-instances/prepare.ts drop <json>   stops the cluster and removes its folder
 */
import { createPrismaClient } from "@/lib/db/client";
import { seedDemoData } from "@/lib/seed";
import { createRoleDatabase } from "../integration/ops-support";
import { attachCluster, createThrowawayCluster } from "../support/throwaway-cluster";
import type { InstancesDatabase } from "./database";

async function create(): Promise<InstancesDatabase> {
  const cluster = createThrowawayCluster();
  try {
    const database = await createRoleDatabase("sek_instances", cluster.url());
    await database.migrate();
    const prisma = createPrismaClient(database.appUrl, 1);
    try {
      await seedDemoData(prisma);
    } finally {
      await prisma.$disconnect();
    }
    return { dir: cluster.dir, port: cluster.port, appUrl: database.appUrl, ownerUrl: database.ownerUrl };
  } catch (error) {
    cluster.destroy();
    throw error;
  }
}

async function main(): Promise<void> {
  const [command, argument] = process.argv.slice(2);
  if (command === "create") {
    console.log(`INSTANCES_DATABASE=${JSON.stringify(await create())}`);
  } else if (command === "drop" && argument) {
    const { dir, port } = JSON.parse(argument) as InstancesDatabase;
    attachCluster(dir, port).destroy();
  } else {
    throw new Error("usage: tsx tests/e2e-instances/prepare.ts create | drop <json>");
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});

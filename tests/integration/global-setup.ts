import type { TestProject } from "vitest/node";
import { createMigratedDatabase } from "../support/scratch-database";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
    databasePoolMax: number;
  }
}

/** Runs once per `vitest` run, in the main process: the integration suite's database lives exactly as long as the run. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const database = await createMigratedDatabase("sek_it");
  project.provide("databaseUrl", database.url);
  project.provide("databasePoolMax", database.embedded ? 1 : 3);
  return () => database.drop();
}

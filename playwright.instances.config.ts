import { defineConfig, devices } from "@playwright/test";
import { instancesDatabase } from "./tests/e2e-instances/database";

/**
 * Several instances (issue 11): two `next start` servers of the production build on one PostgreSQL database, as
 * behind a load balancer, both connecting as the app's least-privileged role. A stage of `npm test` of its own
 * (tests/run-all.ts), apart from the main end-to-end run. A on 127.0.0.1, B on 127.0.0.2: separate cookie jars.
 */
const PORT_A = Number(process.env.E2E_PORT ?? 3100);
const PORT_B = PORT_A + 1000;
export const INSTANCE_A = `http://127.0.0.1:${PORT_A}`;
export const INSTANCE_B = `http://127.0.0.2:${PORT_B}`;
process.env.INSTANCE_A = INSTANCE_A;
process.env.INSTANCE_B = INSTANCE_B;

const database = instancesDatabase();

function server(baseURL: string, port: number) {
  return {
    command: `npx tsx lib/cli/with-database.ts next start -p ${port}`,
    url: `${baseURL}/login`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: "pipe" as const,
    stderr: "pipe" as const,
    env: {
      // Each instance migrates as the owner at start (the runner's lock lets one do it) and runs as the app role.
      DATABASE_URL: database.appUrl,
      MIGRATION_DATABASE_URL: database.ownerUrl,
      DATABASE_POOL_MAX: "4",
      NEXTAUTH_URL: baseURL,
      // One secret for every instance: a session signed by one is read by the other.
      NEXTAUTH_SECRET: "instances-test-secret-not-for-production-0123456789",
      NEXT_TELEMETRY_DISABLED: "1",
      SEED_DEMO_DATA: "false",
    },
  };
}

export default defineConfig({
  testDir: "tests/e2e-instances",
  // Apart from the main run's results, which another run may be writing at the same time.
  outputDir: "test-results/instances",
  workers: 1,
  retries: 0,
  forbidOnly: !!process.env.CI,
  reporter: "list",
  timeout: 90_000,
  expect: { timeout: 15_000 },
  globalTeardown: "./tests/e2e-instances/global-teardown.ts",
  use: { locale: "id-ID", timezoneId: "Asia/Makassar", trace: "retain-on-failure" },
  projects: [
    {
      name: "instances",
      use: {
        ...devices["Desktop Chrome"],
        launchOptions: {
          executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
          args: [
            "--disable-background-networking",
            "--disable-component-update",
            "--no-first-run",
            "--disable-gpu",
          ],
        },
      },
    },
  ],
  webServer: [server(INSTANCE_A, PORT_A), server(INSTANCE_B, PORT_B)],
});

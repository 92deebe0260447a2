import { defineConfig, devices } from "@playwright/test";
import { e2eDatabase, serverDatabaseEnv } from "./tests/e2e/database";

// E2E_PORT lets two runs on one machine (a developer and CI) keep out of each other's way.
const PORT = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://127.0.0.1:${PORT}`;

// Evaluated in the main process first (prepares a fresh, migrated, seeded database: see tests/e2e/database.ts),
// then in each worker, which finds that database recorded in its environment.
const database = e2eDatabase();

export default defineConfig({
  testDir: "tests/e2e",
  // The app under test is one server with one database; two workers keep the run short without crowding it.
  workers: process.env.CI ? 1 : 2,
  // No retries: a test that passes only on a second try is a bug to fix, not to hide.
  retries: 0,
  forbidOnly: !!process.env.CI,
  reporter: "list",
  // Generous: CI machines have two cores, and a production sign-in hashes with bcrypt in JavaScript.
  timeout: 60_000,
  expect: { timeout: 15_000 },
  globalTeardown: "./tests/e2e/global-teardown.ts",
  use: {
    baseURL,
    locale: "id-ID",
    timezoneId: "Asia/Makassar",
    trace: "retain-on-failure",
  },
  projects: [
    {
      name: "chromium",
      use: {
        ...devices["Desktop Chrome"],
        launchOptions: {
          // Debian's chromium, not a Playwright download (offline machines; STACK-NOTES.md).
          executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
          args: [
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
            "--disable-gpu",
            "--disable-dev-shm-usage",
          ],
        },
      },
    },
  ],
  webServer: {
    // The production build (`npm run build`), started the way `npm start` starts it.
    command: `npx tsx lib/cli/with-database.ts next start -p ${PORT}`,
    url: `${baseURL}/login`,
    // Never test against a server started by someone else: it would have another database.
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: "pipe",
    stderr: "pipe",
    env: {
      ...serverDatabaseEnv(database),
      DATABASE_POOL_MAX: database.kind === "embedded" ? "1" : "5",
      NEXTAUTH_URL: baseURL,
      NEXTAUTH_SECRET: "e2e-test-secret-not-for-production-0123456789",
      NEXT_TELEMETRY_DISABLED: "1",
      SEED_DEMO_DATA: "false",
      // Every test signs in from 127.0.0.1: the per-address limit would count the whole suite's deliberate wrong
      // passwords as one attacker. The per-account limit, which the security tests exercise, stays as configured.
      SIGN_IN_MAX_FAILURES_PER_ADDRESS: "1000",
    },
  },
});

import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const root = fileURLToPath(new URL("./", import.meta.url));

export default defineConfig({
  // `@/…` is the repository root, as in tsconfig.json; a regex so that scoped packages (`@prisma/…`) are untouched.
  resolve: {
    alias: [
      { find: /^@\//, replacement: root },
      // Tests run server code directly; the guard that keeps it out of client bundles has nothing to guard here.
      { find: /^server-only$/, replacement: `${root}node_modules/server-only/empty.js` },
    ],
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["tests/unit/**/*.test.{ts,tsx}"],
          environment: "node",
          setupFiles: ["tests/support/typescript-workers.ts"],
        },
      },
      {
        extends: true,
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          environment: "node",
          // One fresh, migrated database per run (created here, dropped at the end), shared by the files, which
          // therefore run one at a time.
          globalSetup: ["tests/integration/global-setup.ts"],
          setupFiles: ["tests/integration/setup-database-env.ts", "tests/support/typescript-workers.ts"],
          fileParallelism: false,
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});

import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT, sourceFiles } from "../support/source-files";

// The command-line tools (migrate, seed, reset) and the database layer they share run outside Next, where
// `server-only` throws on import; everything else that reaches the database is app code.
const OUTSIDE_NEXT = ["lib/cli/", "lib/seed/", "lib/db/"];

/** A value import (not `import type`) of the Prisma client or of the mutation helper. */
const REACHES_DATABASE = /^import (?!type )[^;]*from "@\/lib\/(db\/client|actions\/mutation)";/m;

describe("modules that reach the database", () => {
  const files = sourceFiles(path.join(ROOT, "lib"))
    .map((file) => path.relative(ROOT, file))
    .filter((file) => !OUTSIDE_NEXT.some((prefix) => file.startsWith(prefix)))
    .map((file) => ({ file, text: readFileSync(path.join(ROOT, file), "utf8") }))
    .filter(({ text }) => REACHES_DATABASE.test(text));

  it("are found (the scan itself works)", () => {
    expect(files.map(({ file }) => file)).toContain("lib/officials/queries.ts");
    expect(files.length).toBeGreaterThan(50);
  });

  it('start with import "server-only", so a client component importing one fails the build', () => {
    const unguarded = files
      .filter(({ text }) => !/^import "server-only";$/m.test(text))
      .map(({ file }) => file);
    expect(unguarded).toEqual([]);
  });
});

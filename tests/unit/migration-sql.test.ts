import { describe, expect, it } from "vitest";
import { withoutOwnTransaction } from "@/lib/db/migrations/own-transaction";

describe("a generated migration's SQL", () => {
  it("loses the BEGIN/COMMIT Prisma writes around an enum change, and nothing else", () => {
    const generated = [
      "-- AlterEnum",
      "BEGIN;",
      "CREATE TYPE \"NewsStatus_new\" AS ENUM ('DRAFT', 'SUBMITTED', 'PUBLISHED');",
      'ALTER TYPE "NewsStatus_new" RENAME TO "NewsStatus";',
      "COMMIT;",
      "",
      '-- "BEGIN;" in a comment stays',
      "INSERT INTO t (note) VALUES ('COMMIT;');",
    ].join("\n");
    expect(withoutOwnTransaction(generated).split("\n")).toEqual([
      "-- AlterEnum",
      "CREATE TYPE \"NewsStatus_new\" AS ENUM ('DRAFT', 'SUBMITTED', 'PUBLISHED');",
      'ALTER TYPE "NewsStatus_new" RENAME TO "NewsStatus";',
      "",
      '-- "BEGIN;" in a comment stays',
      "INSERT INTO t (note) VALUES ('COMMIT;');",
    ]);
  });
});

import { describe, expect, it } from "vitest";
import { auditChanges } from "@/lib/audit/changes";

describe("auditChanges", () => {
  it("lists only the fields an edit changed, leaving out bookkeeping", () => {
    const before = {
      id: "s1",
      name: "Keuangan",
      staffQuota: 3,
      version: 1,
      updatedAt: "2026-11-01T00:00:00Z",
    };
    const after = {
      id: "s1",
      name: "Keuangan",
      staffQuota: 5,
      version: 2,
      updatedAt: "2026-11-23T00:00:00Z",
    };
    expect(auditChanges(before, after)).toEqual([{ field: "staffQuota", before: "3", after: "5" }]);
  });

  it("shows every field a creation set, with an empty before", () => {
    expect(auditChanges(null, { name: "Baiq", email: null })).toEqual([
      { field: "name", before: "—", after: "Baiq" },
    ]);
  });

  it("shortens long values", () => {
    const [change] = auditChanges({ note: "" }, { note: "x".repeat(300) });
    expect(change?.after).toHaveLength(120);
  });
});

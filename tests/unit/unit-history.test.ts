import { describe, expect, it } from "vitest";
import { describeHistoryEntry } from "@/lib/units/history";
import { fieldsChangedSince } from "@/lib/audit/changes";
import { toTreeRows } from "@/lib/units/tree";

const section = {
  id: "s1",
  unitId: "u1",
  name: "Keuangan",
  kind: "SUB_BAGIAN",
  staffQuota: 5,
  sortOrder: 1,
  version: 1,
};

describe("a unit's history, read from audit entries", () => {
  it("a section's quota change reads as from → to", () => {
    const item = describeHistoryEntry({
      action: "section.update",
      entityType: "Section",
      before: section,
      after: { ...section, staffQuota: 6, version: 2, updatedAt: "2026-01-02T00:00:00Z" },
    });
    expect(item).toEqual({
      verb: "update",
      subject: { type: "section", kind: "SUB_BAGIAN", name: "Keuangan" },
      quotaChanges: [{ field: "staffQuota", from: 5, to: 6 }],
      otherFields: [],
    });
  });

  it("other changed fields are named, bookkeeping is not", () => {
    const item = describeHistoryEntry({
      action: "section.update",
      entityType: "Section",
      before: section,
      after: { ...section, name: "Keuangan dan Umum", sortOrder: 2, version: 2 },
    });
    expect(item.subject).toEqual({ type: "section", kind: "SUB_BAGIAN", name: "Keuangan dan Umum" });
    expect(item.otherFields).toEqual(["name", "sortOrder"]);
    expect(item.quotaChanges).toEqual([]);
  });

  it("a new unit shows its support-staff quota; an abolished post just says so", () => {
    expect(
      describeHistoryEntry({
        action: "unit.create",
        entityType: "WorkUnit",
        before: null,
        after: { name: "KPU X", supportStaffQuota: 12 },
      }),
    ).toMatchObject({
      verb: "create",
      subject: { type: "unit", name: "KPU X" },
      quotaChanges: [{ field: "supportStaffQuota", from: null, to: 12 }],
    });
    const post = { title: "Pranata Komputer", quota: 1, abolishedAt: null, version: 1 };
    expect(
      describeHistoryEntry({
        action: "position.abolish",
        entityType: "Position",
        before: post,
        after: { ...post, abolishedAt: "2026-01-01", version: 2 },
      }),
    ).toEqual({
      verb: "abolish",
      subject: { type: "position", title: "Pranata Komputer" },
      quotaChanges: [],
      otherFields: [],
    });
  });
});

describe("stale edits", () => {
  it("names the fields changed by the entries after the version the user started from", () => {
    const entries = [
      { before: { ...section, version: 2 }, after: { ...section, name: "B", version: 3 } },
      { before: section, after: { ...section, staffQuota: 6, version: 2 } },
      { before: null, after: { ...section } },
    ];
    expect(fieldsChangedSince(entries, 1)).toEqual(["name", "staffQuota"]);
    expect(fieldsChangedSince(entries, 2)).toEqual(["name"]);
  });
});

describe("the unit tree", () => {
  it("nests children under their parent; a parent outside the list makes a root", () => {
    const rows = toTreeRows([
      { id: "52", parentId: "RI", name: "NTB" },
      { id: "5271", parentId: "52", name: "Mataram" },
      { id: "5204", parentId: "52", name: "Sumbawa" },
    ]);
    expect(rows.map((row) => [row.item.id, row.depth])).toEqual([
      ["52", 0],
      ["5271", 1],
      ["5204", 1],
    ]);
  });
});

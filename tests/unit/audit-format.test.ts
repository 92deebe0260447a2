import { createTranslator } from "use-intl/core";
import { describe, expect, it } from "vitest";
import { describeChanges, describeRows, groupRows, type AuditRow } from "@/lib/audit/describe";
import { fieldLabel, isHiddenField } from "@/lib/audit/fields";
import { auditFiltersQuery, parseAuditFilters, startOfDayIn } from "@/lib/audit/filters";
import { formatValue, type ValueContext } from "@/lib/audit/format-value";
import { messagesFor } from "@/lib/i18n/messages";
import type { Translate } from "@/lib/i18n/translate";

const t = createTranslator({ locale: "id", messages: messagesFor("id") }) as unknown as Translate;
const en = createTranslator({ locale: "en", messages: messagesFor("en") }) as unknown as Translate;
const names = {
  unit: new Map([["unit-bima", "Sekretariat KPU Kabupaten Bima"]]),
  section: new Map([["sec-hsdm", "Sub Bagian Hukum dan SDM"]]),
  position: new Map([["pos-kasubbag", "Kepala Sub Bagian Keuangan"]]),
  official: new Map<string, string>(),
};
const ctx: ValueContext = { t, locale: "id", timeZone: "Asia/Makassar", names };
const value = (field: string, raw: unknown, entityType = "Official") =>
  formatValue(ctx, entityType, field, raw);

describe("audited values as the forms show them", () => {
  it("names ranks, genders, statuses and other enums in words", () => {
    expect(value("rank", "III_A")).toEqual(["III/a"]);
    expect(value("rank", "PPPK_IX")).toEqual(["PPPK IX"]);
    expect(value("gender", "FEMALE")).toEqual(["Perempuan"]);
    expect(value("status", "ON_LEAVE")).toEqual([t("officialRecord.statuses.ON_LEAVE")]);
    expect(value("employmentType", "NON_ASN")).toEqual([t("officialRecord.employmentTypes.NON_ASN")]);
    expect(value("kind", "SUB_BAGIAN", "Section")).toEqual(["Sub Bagian"]);
    expect(value("level", "SUPERVISOR", "Position")).toEqual([t("units.postLevels.SUPERVISOR")]);
  });

  it("names a scheduled status and the date a status takes effect by the form's words", () => {
    expect(value("scheduledStatus", "STUDY_LEAVE")).toEqual([t("officialRecord.statuses.STUDY_LEAVE")]);
    expect(fieldLabel(t, "Official", "scheduledStatus")).toBe("Status terjadwal");
    expect(fieldLabel(t, "Official", "statusEffectiveDate")).toBe("Berlaku mulai");
    expect(fieldLabel(en, "Official", "scheduledStatus")).toBe("Scheduled status");
    expect(value("statusEffectiveDate", "2027-02-01T00:00:00.000Z")).toEqual(["1 Februari 2027"]);
  });

  it("shows ids as the names of what they point at, never the id", () => {
    expect(value("sectionId", "sec-hsdm")).toEqual(["Sub Bagian Hukum dan SDM"]);
    expect(value("unitId", "unit-bima")).toEqual(["Sekretariat KPU Kabupaten Bima"]);
    expect(value("sectionId", "demo-sec-5208-gone")).toEqual(["(data tidak ditemukan)"]);
  });

  it("writes calendar dates in Indonesian and moments in the reader's zone, named", () => {
    expect(value("birthDate", "1985-03-12T00:00:00.000Z")).toEqual(["12 Maret 1985"]);
    // 02:15 UTC is 10.15 in WITA.
    expect(value("abolishedAt", "2026-03-11T02:15:00.000Z", "Position")).toEqual([
      "11 Maret 2026 pukul 10.15 WITA",
    ]);
    // The same moment for a reader in Papua, and a date for a reader in English.
    expect(
      formatValue({ ...ctx, timeZone: "Asia/Jayapura" }, "Position", "abolishedAt", "2026-03-11T02:15:00Z"),
    ).toEqual(["11 Maret 2026 pukul 11.15 WIT"]);
    expect(formatValue({ ...ctx, t: en, locale: "en" }, "Official", "birthDate", "1985-03-12")).toEqual([
      "March 12, 1985",
    ]);
    expect(value("staffQuota", 1234, "Section")).toEqual(["1.234"]);
  });

  it("writes booleans as Ya/Tidak, NIPs in their groups, numbers as numbers", () => {
    expect(value("scheduled", true)).toEqual(["Ya"]);
    expect(value("active", false, "User")).toEqual(["Tidak"]);
    expect(value("nip", "198503122010012004")).toEqual(["19850312 201001 2 004"]);
    expect(value("staffQuota", 12, "Section")).toEqual(["12"]);
  });

  it("reads nested posts as lines, whole, never cut-off JSON", () => {
    const post = {
      id: "asg-1",
      positionId: "pos-kasubbag",
      unitId: "unit-bima",
      startDate: "2024-01-02T00:00:00.000Z",
      endDate: "2025-12-31T00:00:00.000Z",
      decreeNumber: "800/12/KPU-Prov-015/2024",
    };
    const lines = value("endedAssignments", [post, { ...post, endDate: null, decreeNumber: null }]);
    expect(lines).toEqual([
      "Kepala Sub Bagian Keuangan, 2 Januari 2024 s.d. 31 Desember 2025 (SK 800/12/KPU-Prov-015/2024)",
      "Kepala Sub Bagian Keuangan, mulai 2 Januari 2024",
    ]);
    expect(lines.join()).not.toContain("{");
  });

  it("labels fields by the forms' labels and hides bookkeeping and ids", () => {
    expect(fieldLabel(t, "Official", "rank")).toBe("Pangkat/golongan");
    expect(fieldLabel(t, "Position", "quota")).toBe(t("units.fields.quota"));
    expect(fieldLabel(t, "Section", "parentId")).toBe(t("units.fields.sectionParent"));
    expect(fieldLabel(en, "Official", "rank")).toBe(en("officialRecord.fields.rank"));
    for (const field of [
      "sortName",
      "version",
      "updatedAt",
      "id",
      "changeId",
      "createdIds",
      "inaugurationId",
    ])
      expect(isHiddenField("Official", field), field).toBe(true);
    expect(isHiddenField("Official", "sectionId")).toBe(false);
  });
});

describe("an entry's changes", () => {
  it("reads a rank change as 'Pangkat/golongan: III/a → III/b', leaving out sortName and version", () => {
    const before = {
      id: "o1",
      name: "Baiq",
      sortName: "baiq",
      rank: "III_A",
      version: 1,
      updatedAt: "2026-01-01T00:00:00Z",
    };
    const after = {
      ...before,
      name: "Baiq N.",
      sortName: "baiq n.",
      rank: "III_B",
      version: 2,
      updatedAt: "2026-02-01T00:00:00Z",
    };
    expect(describeChanges(ctx, "Official", before, after)).toEqual([
      { label: "Nama", before: ["Baiq"], after: ["Baiq N."] },
      { label: "Pangkat/golongan", before: ["III/a"], after: ["III/b"] },
    ]);
  });

  it("shows what a creation set, without empty fields", () => {
    expect(describeChanges(ctx, "Official", null, { name: "Baiq", email: null, gender: "FEMALE" })).toEqual([
      { label: "Nama", before: [], after: ["Baiq"] },
      { label: "Jenis kelamin", before: [], after: ["Perempuan"] },
    ]);
  });

  const row = (id: number, groupId: string | null, unitId: string, entityId = "o1"): AuditRow => ({
    id: BigInt(id),
    groupId,
    at: new Date("2026-03-11T02:15:00Z"),
    actorName: "Sekretaris Provinsi",
    action: "official.move",
    entityType: "Official",
    entityId,
    before: { unitId },
    after: { unitId: "unit-bima" },
  });

  it("groups one transaction's rows into one entry, both units' copies shown once", () => {
    const rows = [
      row(12, "g2", "u-a", "o2"),
      row(11, "g1", "unit-bima"),
      row(10, "g1", "u-a"),
      row(9, null, "u-a"),
    ];
    expect(groupRows(rows).map((group) => group.map((r) => Number(r.id)))).toEqual([[12], [11], [9]]);
    const [, move] = describeRows(
      { ...ctx, subjects: new Map([["Official:o1", { name: "Baiq", href: "/pegawai/o1" }]]) },
      rows,
    );
    expect(move?.parts).toHaveLength(1);
    expect(move?.parts[0]?.subject).toEqual({ name: "Baiq", href: "/pegawai/o1" });
    expect(move?.when).toBe("11 Maret 2026 pukul 10.15 WITA");
  });
});

describe("the trail's filters in the URL", () => {
  it("keeps what is valid, drops what is not, and writes back only what is set", () => {
    const filters = parseAuditFilters({
      q: "Baiq",
      module: "pegawai",
      from: "2026-03-01",
      to: "not-a-date",
      tab: "x",
      before: "12",
    });
    expect(filters.tab).toBe("changes");
    expect(filters.to).toBeUndefined();
    expect(filters.before).toBe(BigInt(12));
    expect(auditFiltersQuery(filters)).toBe("?module=pegawai&q=Baiq&from=2026-03-01");
    expect(auditFiltersQuery(filters, { tab: "signins" })).toBe(
      "?tab=signins&module=pegawai&q=Baiq&from=2026-03-01",
    );
  });

  it("starts a day at midnight on the reader's clock", () => {
    expect(startOfDayIn(new Date("2026-03-11T00:00:00Z"), "Asia/Makassar").toISOString()).toBe(
      "2026-03-10T16:00:00.000Z",
    );
    expect(startOfDayIn(new Date("2026-03-11T00:00:00Z"), "Asia/Jakarta").toISOString()).toBe(
      "2026-03-10T17:00:00.000Z",
    );
  });
});

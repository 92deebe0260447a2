import { createTranslator } from "use-intl/core";
import { describe, expect, it } from "vitest";
import { messagesFor } from "@/lib/i18n/messages";
import type { Translate } from "@/lib/i18n/translate";
import { TEMPLATE_COLUMNS } from "@/lib/officials/export";
import { matchHeaders, type ImportColumn } from "@/lib/officials/import/columns";
import { mapRow, type ImportUnit, type MappedRow } from "@/lib/officials/import/map-row";
import {
  nameKey,
  planImport,
  type ExistingOfficial,
  type ExistingOfficials,
} from "@/lib/officials/import/plan";
import { presentPreview } from "@/lib/officials/import/page-state";
import type { TableReading } from "@/lib/officials/import/load-plan";
import type { Cell } from "@/lib/uploads/spreadsheet-cells";

const TODAY = new Date("2026-01-15T00:00:00Z");
const UNITS = new Map<string, ImportUnit>([
  [
    "5271",
    {
      id: "u-mataram",
      code: "5271",
      shortName: "KPU Kota Mataram",
      active: true,
      sections: new Map([["hukum dan sdm", "s-hsdm"]]),
    },
  ],
  ["5272", { id: "u-bima", code: "5272", shortName: "KPU Kota Bima", active: true, sections: new Map() }],
]);
const { columns } = matchHeaders(TEMPLATE_COLUMNS);

const PNS: Partial<Record<ImportColumn, Cell>> = {
  Nama: "Dra. Baiq Nurul Aini, M.Si.",
  NIP: "19780512 200501 2 003",
  "Status Kepegawaian": "PNS",
  "Pangkat/Golongan": "III/d",
  "Kode Satuan Kerja": "5271",
};
const SUPPORT: Partial<Record<ImportColumn, Cell>> = {
  Nama: "Lalu Ahmad Zaini",
  "Jenis Kelamin": "L",
  "Status Kepegawaian": "Non-ASN",
  "Kode Satuan Kerja": "5271",
};

function rows(...values: Partial<Record<ImportColumn, Cell>>[]): MappedRow[] {
  return values.map((value, index) =>
    mapRow(
      { rowNumber: index + 2, cells: TEMPLATE_COLUMNS.map((column) => value[column] ?? null) },
      columns,
      UNITS,
      TODAY,
    ),
  );
}

/** How a template file is read: its header in row 1, nothing left out. */
const READING: TableReading = {
  headerRowNumber: 1,
  headerRowCount: 1,
  layout: "template",
  mappingSource: "names",
  columns: [],
  signature: "s",
  mappingUnitId: null,
  skipped: [],
};

/** The stored twin of PNS: what importing PNS wrote. */
const STORED_PNS: ExistingOfficial = {
  id: "o-baiq",
  version: 3,
  name: "Dra. Baiq Nurul Aini, M.Si.",
  nip: "197805122005012003",
  gender: "FEMALE",
  birthPlace: null,
  birthDate: new Date("1978-05-12T00:00:00Z"),
  employmentType: "PNS",
  rank: "III_D",
  unitId: "u-mataram",
  sectionId: null,
  status: "ACTIVE",
  email: null,
  phone: null,
  religion: null,
  rankStartDate: null,
  serviceYears: null,
  serviceMonths: null,
  serviceAsOf: null,
  educationLevel: null,
  educationMajor: null,
};
const STORED_SUPPORT: ExistingOfficial = {
  ...STORED_PNS,
  id: "o-lalu",
  version: 1,
  name: "Lalu Ahmad Zaini",
  nip: null,
  gender: "MALE",
  birthDate: null,
  employmentType: "NON_ASN",
  rank: null,
};

function existing(
  officials: ExistingOfficial[] = [],
  options: Partial<ExistingOfficials> = {},
): ExistingOfficials {
  const byUnitAndName = new Map<string, ExistingOfficial[]>();
  for (const official of officials.filter((o) => !o.nip)) {
    const key = nameKey(official.unitId, official.name);
    byUnitAndName.set(key, [...(byUnitAndName.get(key) ?? []), official]);
  }
  return {
    byNip: new Map(officials.flatMap((o) => (o.nip ? [[o.nip, o] as const] : []))),
    byUnitAndName,
    holdingPosts: new Set(),
    posts: { byUnit: new Map(), heldBy: new Map(), planned: new Map() },
    inScope: (unitId) => UNITS.has(unitId === "u-mataram" ? "5271" : unitId === "u-bima" ? "5272" : "none"),
    ...options,
  };
}

const keys = (plan: ReturnType<typeof planImport>) =>
  plan.problems.map((p) => `${p.rowNumber} ${p.column}: ${p.key}`);

describe("planning an import", () => {
  it("sorts rows into new, updated and unchanged, naming the changed columns", () => {
    const plan = planImport(
      rows(
        PNS,
        { ...SUPPORT, Telepon: "0812 111 222" },
        { ...PNS, Nama: "Hadi Suryadi", NIP: "19850330 201012 1 002" },
      ),
      columns,
      existing([STORED_PNS, STORED_SUPPORT]),
    );
    expect(plan.entries.map((e) => [e.rowNumber, e.kind, e.existing?.id ?? null, e.changes])).toEqual([
      [2, "unchanged", "o-baiq", []],
      [3, "update", "o-lalu", ["phone"]],
      [4, "create", null, []],
    ]);
    expect(plan.summary).toEqual({ create: 1, update: 1, unchanged: 1, invalid: 0 });
    expect(plan.problems).toEqual([]);
  });

  it("finds an official without NIP by name without titles in the same unit only", () => {
    const plan = planImport(
      rows({ ...SUPPORT, Nama: "H. Lalu Ahmad Zaini, S.Pd." }, { ...SUPPORT, "Kode Satuan Kerja": "5272" }),
      columns,
      existing([STORED_SUPPORT]),
    );
    expect(plan.entries.map((e) => [e.kind, e.changes])).toEqual([
      ["update", ["name"]],
      ["create", []],
    ]);
  });

  it("gives a NIP to the official of that name stored without one, rather than creating a twin", () => {
    const storedWithoutNip: ExistingOfficial = { ...STORED_PNS, id: "o-baiq-tanpa-nip", nip: null };
    const plan = planImport(rows(PNS), columns, existing([storedWithoutNip]));
    expect(plan.entries.map((e) => [e.kind, e.existing?.id ?? null, e.changes])).toEqual([
      ["update", "o-baiq-tanpa-nip", ["nip"]],
    ]);
  });

  it("reports a NIP twice in the file, and a name without NIP twice in a unit, on every row involved", () => {
    const plan = planImport(rows(PNS, SUPPORT, { ...PNS, Nama: "Orang Lain" }, SUPPORT), columns, existing());
    expect(keys(plan)).toEqual([
      "2 NIP: import.problems.duplicateNip",
      "3 Nama: import.problems.duplicateName",
      "4 NIP: import.problems.duplicateNip",
      "5 Nama: import.problems.duplicateName",
    ]);
    expect(plan.problems[0]?.params).toEqual({ rows: "4" });
    expect(plan.summary).toEqual({ create: 0, update: 0, unchanged: 0, invalid: 4 });
  });

  it("refuses conflicts with stored officials: out of scope, ambiguous, ended status, moving a post-holder", () => {
    const elsewhere = { ...STORED_PNS, unitId: "u-sumbawa" };
    expect(keys(planImport(rows(PNS), columns, existing([elsewhere])))).toEqual([
      "2 NIP: import.problems.nipOutsideScope",
    ]);

    const twins = [STORED_SUPPORT, { ...STORED_SUPPORT, id: "o-lalu-2", name: "Lalu Ahmad Zaini, S.E." }];
    expect(keys(planImport(rows(SUPPORT), columns, existing(twins)))).toEqual([
      "2 Nama: import.problems.nameAmbiguous",
    ]);

    expect(keys(planImport(rows({ ...PNS, Status: "Pensiun" }), columns, existing()))).toEqual([
      "2 Status: import.problems.statusViaEndService",
    ]);
    expect(keys(planImport(rows({ ...PNS, Status: "Pensiun" }), columns, existing([STORED_PNS])))).toEqual([
      "2 Status: import.problems.statusViaEndService",
    ]);
    const retired = planImport(
      rows({ ...PNS, Status: "Pensiun" }),
      columns,
      existing([{ ...STORED_PNS, status: "RETIRED" }]),
    );
    expect(retired.entries[0]?.kind).toBe("unchanged");

    const moved = rows({ ...PNS, "Kode Satuan Kerja": "5272" });
    expect(
      keys(planImport(moved, columns, existing([STORED_PNS], { holdingPosts: new Set(["o-baiq"]) }))),
    ).toEqual(["2 Kode Satuan Kerja: import.problems.unitChangeHoldsPost"]);
    expect(planImport(moved, columns, existing([STORED_PNS])).entries[0]?.changes).toEqual(["unitId"]);
  });

  it("fingerprints what it would write: a stored official's new version changes the digest", () => {
    const before = planImport(rows(PNS), columns, existing([STORED_PNS]));
    expect(planImport(rows(PNS), columns, existing([STORED_PNS])).digest).toBe(before.digest);
    expect(planImport(rows(PNS), columns, existing([{ ...STORED_PNS, version: 4 }])).digest).not.toBe(
      before.digest,
    );
  });
});

describe("presenting the preview", () => {
  const translators = (["id", "en"] as const).map(
    (locale) => createTranslator({ locale, messages: messagesFor(locale) }) as unknown as Translate,
  );

  it("says every problem the import can find in both languages", () => {
    const everyProblem = rows(
      {
        ...PNS,
        "Jenis Kelamin": "X",
        "Tanggal Lahir": "kemarin",
        "Pangkat/Golongan": "Z",
        Status: "Libur",
        Email: "x",
      },
      { ...PNS, "Status Kepegawaian": "Honorer Daerah", "Kode Satuan Kerja": "9999" },
      { ...PNS, NIP: { kind: "number", value: 1e17, text: "1E+17" }, "Sub Bagian": "Keuangan", Telepon: "?" },
      { ...PNS, NIP: "123" },
      { ...PNS, Nama: null, "Status Kepegawaian": "Non-ASN", "Pangkat/Golongan": "III/a" },
      {
        ...PNS,
        NIP: "19850330 201012 1 002",
        "Tanggal Lahir": "1985-03-31",
        "Jenis Kelamin": "P",
        Status: "Pensiun",
      },
      SUPPORT,
      SUPPORT,
    );
    const plan = planImport(everyProblem, columns, existing());
    const conflicts = [
      planImport(rows(PNS), columns, existing([{ ...STORED_PNS, unitId: "u-sumbawa" }])),
      planImport(rows(SUPPORT), columns, existing([STORED_SUPPORT, { ...STORED_SUPPORT, id: "o-lalu-2" }])),
      planImport(
        rows({ ...PNS, "Kode Satuan Kerja": "5272" }),
        columns,
        existing([STORED_PNS], { holdingPosts: new Set(["o-baiq"]) }),
      ),
    ];
    const all = [plan, ...conflicts].flatMap((p) => p.problems);
    expect(new Set(all.map((problem) => problem.key)).size).toBeGreaterThanOrEqual(19);
    for (const t of translators) {
      const missing = all.filter(
        (problem) => !t.has(problem.key.includes(".") ? problem.key : `validation.${problem.key}`),
      );
      expect(missing).toEqual([]);
    }
    const [id] = translators;
    const preview = presentPreview(
      id!,
      { fileName: "pegawai.csv", sha256: "a".repeat(64) },
      { ok: true, plan, ignoredColumns: [], reading: READING, labels: new Map(), formasi: [] },
    );
    expect(preview.canCommit).toBe(false);
    expect(preview.problems).toContainEqual({
      rowNumber: 4,
      column: "Sub Bagian",
      message: "Sub bagian “Keuangan” tidak ada di KPU Kota Mataram.",
    });
    expect(preview.problems).toContainEqual({
      rowNumber: 3,
      column: "Kode Satuan Kerja",
      message: "Kode satuan kerja “9999” tidak dikenal atau di luar cakupan Anda.",
    });
  });

  it("shows file problems and allows a commit only when there is something to write", () => {
    const [id, en] = translators;
    const missing = presentPreview(
      en!,
      { fileName: "x.csv", sha256: "b".repeat(64) },
      {
        ok: false,
        fileProblems: [{ key: "import.file.missingColumns", params: { columns: "NIP, Email", row: 1 } }],
      },
    );
    expect(missing.problems).toEqual([
      {
        rowNumber: null,
        column: null,
        message:
          "These columns are missing from the header row (row 1): NIP, Email. Map the file's columns below.",
      },
    ]);
    expect(missing.canCommit).toBe(false);
    const unchanged = planImport(rows(PNS), columns, existing([STORED_PNS]));
    expect(
      presentPreview(
        id!,
        { fileName: "x.csv", sha256: "c".repeat(64) },
        { ok: true, plan: unchanged, ignoredColumns: [], reading: READING, labels: new Map(), formasi: [] },
      ).canCommit,
    ).toBe(false);
    const fresh = planImport(rows(PNS), columns, existing());
    const ready = presentPreview(
      id!,
      { fileName: "x.csv", sha256: "c".repeat(64) },
      {
        ok: true,
        plan: fresh,
        ignoredColumns: ["Satuan Kerja"],
        reading: READING,
        labels: new Map(),
        formasi: [],
      },
    );
    expect(ready).toMatchObject({
      canCommit: true,
      summary: { create: 1 },
      ignoredColumns: ["Satuan Kerja"],
      formasi: [],
    });
    // Beyond the formasi: said in words, and the commit still goes ahead (the decree was issued elsewhere).
    const beyond = presentPreview(
      id!,
      { fileName: "x.csv", sha256: "c".repeat(64) },
      {
        ok: true,
        plan: fresh,
        ignoredColumns: [],
        reading: READING,
        labels: new Map(),
        formasi: [{ unit: "KPU Kota Mataram", support: false, staff: 20, adding: 1, quota: 20 }],
      },
    );
    expect(beyond.canCommit).toBe(true);
    expect(beyond.formasi).toEqual([
      "KPU Kota Mataram sudah memiliki 20 ASN dari formasi 20; impor ini menambah 1 sehingga melebihi formasi. " +
        "Periksa kembali sebelum menyimpan.",
    ]);
  });
});

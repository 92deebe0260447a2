import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { createTranslator } from "use-intl/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SubmitContext } from "@/lib/actions/submit";
import { prisma } from "@/lib/db/client";
import { TEMPLATE_COLUMNS } from "@/lib/officials/export";
import { exportResponse } from "@/lib/officials/export-download";
import { commitInput, commitOfficialImport } from "@/lib/officials/import/commit";
import { planImportFile } from "@/lib/officials/import/load-plan";
import { runCommit, runPreview } from "@/lib/officials/import/page-actions";
import { messagesFor } from "@/lib/i18n/messages";
import type { Translate } from "@/lib/i18n/translate";
import { sha256Hex, type UploadedFile } from "@/lib/uploads/form-file";
import { composeNip, formatNip } from "@/lib/officials/nip";
import { bomb, buildZip, deflated } from "../support/zip-builder";
import {
  createOfficial,
  createProvinceWithRegencies,
  createSection,
  createUser,
  currentUser,
  uniqueSuffix,
} from "./db-utils";

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "impor-pegawai-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

// NIPs unique within the run's shared database: a birth date per call, counted from a random day.
let nipCounter = Math.floor(Math.random() * 4000);
function freshNip(gender: "MALE" | "FEMALE" = "MALE"): string {
  nipCounter += 1;
  const birthDate = new Date(Date.UTC(1970, 0, 1 + nipCounter));
  return composeNip({
    birthDate,
    serviceStart: { year: birthDate.getUTCFullYear() + 25, month: 3 },
    gender,
    sequence: 7,
  });
}

type Row = Partial<Record<(typeof TEMPLATE_COLUMNS)[number], string>>;

function csvFile(rows: Row[]): UploadedFile {
  const quote = (value: string) => (/[",\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);
  const lines = [
    TEMPLATE_COLUMNS.join(","),
    ...rows.map((row) => TEMPLATE_COLUMNS.map((c) => quote(row[c] ?? "")).join(",")),
  ];
  const bytes = new TextEncoder().encode(`${lines.join("\r\n")}\r\n`);
  return { fileName: "pegawai.csv", bytes, sha256: sha256Hex(bytes) };
}

/** The same rows as a clerk's Excel file: a real date cell, the unit code a number. */
async function xlsxFile(rows: Row[]): Promise<UploadedFile> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Pegawai");
  sheet.addRow([...TEMPLATE_COLUMNS]);
  for (const row of rows) {
    const cells: unknown[] = TEMPLATE_COLUMNS.map((column) => row[column] ?? null);
    const birth = row["Tanggal Lahir"];
    if (birth) cells[TEMPLATE_COLUMNS.indexOf("Tanggal Lahir")] = new Date(`${birth}T00:00:00Z`);
    sheet.addRow(cells);
  }
  const file = path.join(dir, `pegawai-${uniqueSuffix()}.xlsx`);
  await workbook.xlsx.writeFile(file);
  const bytes = new Uint8Array(await readFile(file));
  return { fileName: "pegawai.xlsx", bytes, sha256: sha256Hex(bytes) };
}

async function regencyClerk() {
  const units = await createProvinceWithRegencies();
  const section = await createSection(units.regencyA.id, { name: `Hukum dan SDM ${uniqueSuffix()}` });
  const user = await currentUser((await createUser({ role: "STAFF", unitId: units.regencyA.id })).id);
  return { ...units, section, user };
}

function pnsRow(code: string, extra: Row = {}): Row {
  const nip = freshNip("FEMALE");
  return {
    Nama: `Dra. Baiq Impor ${uniqueSuffix()}, M.Si.`,
    NIP: formatNip(nip),
    "Status Kepegawaian": "PNS",
    "Pangkat/Golongan": "III/c",
    "Kode Satuan Kerja": code,
    Status: "Aktif",
    ...extra,
  };
}

type User = Awaited<ReturnType<typeof currentUser>>;

/** Commits `file` as the page does: read again, with the hash and digest of the preview the clerk saw. */
async function commitFile(user: User, file: UploadedFile, previewed: { sha256: string; digest: string }) {
  const read = await commitInput(file, previewed);
  if (!read.ok) throw new Error(`file problem: ${read.problem.key}`);
  return commitOfficialImport.execute(user, read.input);
}

/** Preview, then commit the same file with the preview's digest: what the page does. */
async function previewAndCommit(user: User, file: UploadedFile) {
  const preview = await planImportFile(user, file);
  if (!preview.ok) throw new Error("file problems");
  const result = await commitFile(user, file, { sha256: file.sha256, digest: preview.plan.digest });
  return { preview: preview.plan, result };
}

const importAudits = (sha256: string) =>
  prisma.auditLog.findMany({ where: { entityType: "OfficialImport", entityId: sha256 } });

describe("importing officials", () => {
  it("imports a clean file: every row, with one audit entry per official and one for the file", async () => {
    const { regencyA, section, user } = await regencyClerk();
    const pns = pnsRow(regencyA.code, { "Sub Bagian": section.name.toUpperCase(), Telepon: "0370 123456" });
    const support = {
      Nama: `Lalu Pendukung ${uniqueSuffix()}`,
      "Jenis Kelamin": "L",
      "Status Kepegawaian": "Non-ASN",
      "Kode Satuan Kerja": regencyA.code,
    };
    const file = csvFile([pns, support]);

    const { preview, result } = await previewAndCommit(user, file);
    expect(preview.summary).toEqual({ create: 2, update: 0, unchanged: 0, invalid: 0 });
    expect(result).toEqual({ ok: true, data: { created: 2, updated: 0, unchanged: 0 } });

    const officials = await prisma.official.findMany({
      where: { unitId: regencyA.id },
      orderBy: { name: "asc" },
    });
    expect(officials).toHaveLength(2);
    const stored = officials.find((o) => o.nip);
    expect(stored).toMatchObject({
      nip: pns.NIP?.replace(/\s/g, ""),
      gender: "FEMALE",
      rank: "III_C",
      sectionId: section.id,
      phone: "0370 123456",
      sortName: pns.Nama?.replace(/^Dra\. /, "")
        .replace(/, M\.Si\.$/, "")
        .toLowerCase(),
    });
    const creates = await prisma.auditLog.findMany({
      where: { action: "official.create", entityId: { in: officials.map((o) => o.id) } },
    });
    expect(creates).toHaveLength(2);
    expect(creates.every((entry) => entry.actorId === user.id)).toBe(true);
    const [summary] = await importAudits(file.sha256);
    expect(summary).toMatchObject({ action: "official.import", actorId: user.id, unitId: regencyA.id });
    expect(summary?.after).toMatchObject({
      fileName: "pegawai.csv",
      created: 2,
      updated: 0,
      createdIds: expect.arrayContaining(officials.map((o) => o.id)),
    });
  });

  it("writes nothing when one row has a problem", async () => {
    const { regencyA, user } = await regencyClerk();
    const file = csvFile([
      pnsRow(regencyA.code),
      pnsRow(regencyA.code, { "Pangkat/Golongan": "III/z" }),
      pnsRow(regencyA.code),
    ]);

    const { preview, result } = await previewAndCommit(user, file);
    expect(preview.summary).toEqual({ create: 2, update: 0, unchanged: 0, invalid: 1 });
    expect(preview.problems).toMatchObject([
      { rowNumber: 3, column: "Pangkat/Golongan", key: "import.problems.rank" },
    ]);
    expect(result).toEqual({
      ok: false,
      code: "domain",
      reason: "import.errors.hasProblems",
      params: { count: 1 },
      field: undefined,
    });
    expect(await prisma.official.count({ where: { unitId: regencyA.id } })).toBe(0);
    expect(await importAudits(file.sha256)).toEqual([]);
  });

  it("changes nothing when the same file is imported again, nor when its Excel twin is", async () => {
    const { regencyA, user } = await regencyClerk();
    const rows = [
      pnsRow(regencyA.code, { "Tanggal Lahir": undefined }),
      {
        Nama: `Baiq Pendukung ${uniqueSuffix()}`,
        "Jenis Kelamin": "Perempuan",
        "Status Kepegawaian": "Non-ASN",
        "Kode Satuan Kerja": regencyA.code,
      },
    ];
    const file = csvFile(rows);
    expect((await previewAndCommit(user, file)).result.ok).toBe(true);
    const before = await prisma.official.findMany({ where: { unitId: regencyA.id }, orderBy: { id: "asc" } });
    const auditsBefore = await prisma.auditLog.count({
      where: { entityId: { in: before.map((o) => o.id) } },
    });

    const nip = rows[0]?.NIP?.replace(/\s/g, "") ?? "";
    const birth = `${nip.slice(0, 4)}-${nip.slice(4, 6)}-${nip.slice(6, 8)}`;
    for (const again of [file, await xlsxFile([{ ...rows[0], "Tanggal Lahir": birth }, rows[1] ?? {}])]) {
      const { preview, result } = await previewAndCommit(user, again);
      expect(preview.summary).toEqual({ create: 0, update: 0, unchanged: 2, invalid: 0 });
      expect(result).toMatchObject({ ok: false, code: "domain", reason: "import.errors.nothingToImport" });
    }
    expect(
      await prisma.official.findMany({ where: { unitId: regencyA.id }, orderBy: { id: "asc" } }),
    ).toEqual(before);
    expect(await prisma.auditLog.count({ where: { entityId: { in: before.map((o) => o.id) } } })).toBe(
      auditsBefore,
    );
    expect(await importAudits(file.sha256)).toHaveLength(1);
  });

  it("takes back the officials CSV export as unchanged", async () => {
    const { regencyA, section, user } = await regencyClerk();
    const rows = [
      pnsRow(regencyA.code, {
        "Sub Bagian": section.name,
        Email: "nurul@kpu.go.id",
        Telepon: "+62 812-3456-7890",
        "Tempat Lahir": "Sumbawa",
      }),
      {
        Nama: `Lalu Pendukung ${uniqueSuffix()}`,
        "Jenis Kelamin": "L",
        "Status Kepegawaian": "Non-ASN",
        "Kode Satuan Kerja": regencyA.code,
        "Tanggal Lahir": "1990-05-12",
      },
      {
        ...pnsRow(regencyA.code),
        NIP: "",
        "Status Kepegawaian": "PPPK",
        "Pangkat/Golongan": "PPPK IX",
        "Jenis Kelamin": "P",
        Status: "Cuti/Tugas Belajar",
      },
    ];
    expect((await previewAndCommit(user, csvFile(rows))).result).toMatchObject({
      ok: true,
      data: { created: 3 },
    });

    // The CSV export is the data format the import reads; the XLSX export is the staffing list to hand over, with a
    // title block above its header (docs/decisions/020-staffing-list-and-duk.md), not an import file.
    for (const format of ["csv"] as const) {
      const response = await exportResponse(user, new URLSearchParams({ format, status: "all" }));
      const bytes = new Uint8Array(await response.arrayBuffer());
      const preview = await planImportFile(user, { fileName: `ekspor.${format}`, bytes });
      expect(preview.ok && preview.plan.summary, format).toEqual({
        create: 0,
        update: 0,
        unchanged: 3,
        invalid: 0,
      });
      // The export's post, rank history and unit name are read back too (they equal what is stored).
      expect(preview.ok && preview.ignoredColumns, format).toEqual([]);
    }
  });

  it("refuses a row for another regency for a regency user, and a NIP held outside the scope", async () => {
    const { regencyA, regencyB, user } = await regencyClerk();
    const foreign = await createOfficial(regencyB.id, { nip: freshNip("FEMALE"), rank: "III_A" });
    const file = csvFile([
      pnsRow(regencyA.code),
      pnsRow(regencyB.code),
      pnsRow(regencyA.code, { NIP: formatNip(foreign.nip ?? "") }),
    ]);
    const { preview, result } = await previewAndCommit(user, file);
    expect(preview.problems.map((p) => [p.rowNumber, p.column, p.key])).toEqual([
      [3, "Kode Satuan Kerja", "import.problems.unitUnknown"],
      [4, "NIP", "import.problems.nipOutsideScope"],
    ]);
    expect(result).toMatchObject({ ok: false, code: "domain", reason: "import.errors.hasProblems" });
    expect(await prisma.official.count({ where: { unitId: { in: [regencyA.id, regencyB.id] } } })).toBe(1);
    expect(await prisma.official.findUniqueOrThrow({ where: { id: foreign.id } })).toEqual(foreign);
  });

  it("lets a province user import into the regencies below it", async () => {
    const { province, regencyA, regencyB } = await createProvinceWithRegencies();
    const user = await currentUser((await createUser({ role: "SECRETARY", unitId: province.id })).id);
    const { result } = await previewAndCommit(user, csvFile([pnsRow(regencyA.code), pnsRow(regencyB.code)]));
    expect(result).toEqual({ ok: true, data: { created: 2, updated: 0, unchanged: 0 } });
  });

  it("says so when the import takes a unit beyond its formasi, and commits all the same", async () => {
    const { province, regencyA } = await createProvinceWithRegencies();
    await createSection(regencyA.id, { staffQuota: 1 });
    const user = await currentUser((await createUser({ role: "SECRETARY", unitId: province.id })).id);
    const file = csvFile([pnsRow(regencyA.code), pnsRow(regencyA.code)]);
    const preview = await planImportFile(user, file);
    if (!preview.ok) throw new Error("file problems");
    expect(preview.formasi).toEqual([{ unit: regencyA.name, support: false, staff: 0, adding: 2, quota: 1 }]);
    const result = await commitFile(user, file, { sha256: file.sha256, digest: preview.plan.digest });
    expect(result).toEqual({ ok: true, data: { created: 2, updated: 0, unchanged: 0 } });
    // Within the formasi nothing is said.
    const roomy = await createProvinceWithRegencies();
    await createSection(roomy.regencyA.id, { staffQuota: 5 });
    const within = await planImportFile(
      await currentUser((await createUser({ role: "SECRETARY", unitId: roomy.province.id })).id),
      csvFile([pnsRow(roomy.regencyA.code)]),
    );
    expect(within.ok && within.formasi).toEqual([]);
  });

  it("updates existing officials matched by NIP, and by name within the unit for those without one", async () => {
    const { regencyA, section, user } = await regencyClerk();
    const nip = freshNip("FEMALE");
    const pns = await createOfficial(regencyA.id, {
      name: `Hj. Siti Lama ${uniqueSuffix()}`,
      nip,
      rank: "III_A",
    });
    const supportName = `Lalu Tetap ${uniqueSuffix()}`;
    const support = await createOfficial(regencyA.id, {
      name: supportName,
      employmentType: "NON_ASN",
      gender: "MALE",
    });
    const file = csvFile([
      {
        Nama: pns.name,
        NIP: nip,
        "Status Kepegawaian": "PNS",
        "Pangkat/Golongan": "III/b",
        "Kode Satuan Kerja": regencyA.code,
        Email: "siti@kpu.go.id",
      },
      {
        Nama: supportName,
        "Jenis Kelamin": "L",
        "Status Kepegawaian": "Non-ASN",
        "Kode Satuan Kerja": regencyA.code,
        "Sub Bagian": section.name,
      },
    ]);

    const { preview, result } = await previewAndCommit(user, file);
    expect(preview.entries.map((e) => [e.kind, e.existing?.id, e.changes])).toEqual([
      ["update", pns.id, ["birthDate", "rank", "email"]],
      ["update", support.id, ["sectionId"]],
    ]);
    expect(result).toEqual({ ok: true, data: { created: 0, updated: 2, unchanged: 0 } });
    expect(await prisma.official.findUniqueOrThrow({ where: { id: pns.id } })).toMatchObject({
      rank: "III_B",
      email: "siti@kpu.go.id",
      version: 2,
    });
    expect(await prisma.official.findUniqueOrThrow({ where: { id: support.id } })).toMatchObject({
      sectionId: section.id,
      version: 2,
    });
    const update = await prisma.auditLog.findFirstOrThrow({
      where: { action: "official.update", entityId: pns.id },
    });
    expect(update.before).toMatchObject({ rank: "III_A", version: 1 });
    expect(update.after).toMatchObject({ rank: "III_B", version: 2 });
  });

  it("refuses a commit whose plan changed since the preview, and a role that may not manage officials", async () => {
    const { province, regencyA, user } = await regencyClerk();
    const official = await createOfficial(regencyA.id, { nip: freshNip("FEMALE"), rank: "III_A" });
    const file = csvFile([
      pnsRow(regencyA.code, { Nama: official.name, NIP: official.nip ?? "", "Pangkat/Golongan": "III/d" }),
    ]);
    const preview = await planImportFile(user, file);
    if (!preview.ok) throw new Error("file problems");
    await prisma.official.update({
      where: { id: official.id },
      data: { phone: "0370 999", version: { increment: 1 } },
    });

    expect(await commitFile(user, file, { sha256: file.sha256, digest: preview.plan.digest })).toMatchObject({
      reason: "import.errors.changedSincePreview",
    });
    expect((await prisma.official.findUniqueOrThrow({ where: { id: official.id } })).rank).toBe("III_A");

    const viewer = await currentUser((await createUser({ role: "VIEWER", unitId: province.id })).id);
    expect(await commitFile(viewer, file, { sha256: file.sha256, digest: preview.plan.digest })).toEqual({
      ok: false,
      code: "forbidden",
    });
  });

  it("refuses to commit a file other than the previewed one, even one whose plan is the same", async () => {
    const { regencyA, user } = await regencyClerk();
    const rows = [pnsRow(regencyA.code)];
    const previewedFile = csvFile(rows);
    const preview = await planImportFile(user, previewedFile);
    if (!preview.ok) throw new Error("file problems");
    // The same rows saved by Excel: other bytes, the same plan, so only the file's hash tells them apart.
    const other = await xlsxFile(rows);
    const previewed = { sha256: previewedFile.sha256, digest: preview.plan.digest };

    expect(await commitFile(user, other, previewed)).toEqual({
      ok: false,
      code: "domain",
      reason: "import.errors.fileChanged",
      params: {},
    });
    expect(await prisma.official.count({ where: { name: rows[0]?.Nama } })).toBe(0);
    expect(await importAudits(other.sha256)).toHaveLength(0);

    expect((await commitFile(user, previewedFile, previewed)).ok).toBe(true);
    expect(await prisma.official.count({ where: { name: rows[0]?.Nama } })).toBe(1);
  });

  it("refuses a zip bomb posing as XLSX in the preview, before it is parsed, naming the limit", async () => {
    const { user } = await regencyClerk();
    const sheet = `<row r="2"><c r="A2"><v>1</v></c></row>${" ".repeat(1_000_000)}`;
    const bytes = buildZip([
      deflated(
        "[Content_Types].xml",
        `<Types><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>`,
      ),
      deflated("xl/workbook.xml", "<workbook/>"),
      bomb("xl/worksheets/sheet1.xml", sheet, 361),
    ]);
    const started = performance.now();
    const planned = await planImportFile(user, { fileName: "pegawai.xlsx", bytes });
    expect(performance.now() - started).toBeLessThan(500);
    expect(planned).toEqual({
      ok: false,
      fileProblems: [{ key: "uploads.errors.unpackedTooLarge", params: { size: "25 MB" } }],
    });
  });
});

describe("the import page's actions (runPreview, runCommit: what the server actions run)", () => {
  const t = createTranslator({ locale: "id", messages: messagesFor("id") }) as unknown as Translate;

  /** The form the page posts: the file the clerk chose and, for the commit, what the preview answered. */
  function pageForm(file: UploadedFile, previewed?: { sha256: string; digest: string }): FormData {
    const form = new FormData();
    form.set("file", new File([new Uint8Array(file.bytes)], file.fileName));
    if (previewed) {
      form.set("sha256", previewed.sha256);
      form.set("digest", previewed.digest);
    }
    return form;
  }

  it("commits only the previewed file: another one sent with its hash and digest is refused in words", async () => {
    const { regencyA, user } = await regencyClerk();
    const revalidated: string[] = [];
    const context: SubmitContext = { user, t, revalidatePath: (path) => revalidated.push(path) };
    const rows = [pnsRow(regencyA.code)];
    const previewedFile = csvFile(rows);
    const preview = await runPreview(pageForm(previewedFile), context);
    if (!preview.ok || !preview.preview) throw new Error("the preview failed");
    const previewed = { sha256: preview.preview.sha256, digest: preview.preview.digest };
    expect(previewed.sha256).toBe(previewedFile.sha256);

    // The same rows saved by Excel: another file with the same plan, so only the hash the page sent tells.
    const refused = await runCommit(pageForm(await xlsxFile(rows), previewed), context);
    expect(refused).toEqual({ ok: false, message: t("import.errors.fileChanged") });
    expect(await prisma.official.count({ where: { name: rows[0]?.Nama } })).toBe(0);
    expect(revalidated).toEqual([]);

    // A page that lost the preview's hash sends nothing to compare with: refused too, nothing written.
    const unchecked = await runCommit(pageForm(previewedFile), context);
    expect(unchecked.ok).toBe(false);
    expect(await prisma.official.count({ where: { name: rows[0]?.Nama } })).toBe(0);

    const committed = await runCommit(pageForm(previewedFile, previewed), context);
    expect(committed).toMatchObject({ ok: true, result: { created: 1, updated: 0 } });
    expect(await prisma.official.count({ where: { name: rows[0]?.Nama } })).toBe(1);
    expect(revalidated).toEqual(["/pegawai"]);
  });
});

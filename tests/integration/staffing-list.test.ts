/**
 * Posts and dates in the officials register (issue 12): the list and its exports carry each official's post and
 * rank history, the DUK is in the order of PP 15/1979, a new official can take a vacant post at once, a unit at its
 * formasi and a retirement before its age are confirmed first.
 */
import ExcelJS from "exceljs";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { addDays, todayInZone } from "@/lib/dates/today";
import { EXPORT_COLUMNS } from "@/lib/officials/export";
import { exportResponse } from "@/lib/officials/export-download";
import { parseListParams } from "@/lib/officials/list-params";
import { createOfficial, endService, moveOfficial } from "@/lib/officials/mutations";
import { composeNip, formatNip } from "@/lib/officials/nip";
import { listOfficials } from "@/lib/officials/queries";
import { isoDate } from "@/lib/validations/input";
import {
  assignToPosition,
  createOfficial as seedOfficial,
  createPosition,
  createProvinceWithRegencies,
  createSection,
  createUser,
  currentUser,
  uniqueSuffix,
} from "./db-utils";

const today = () => todayInZone("Asia/Makassar");
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

async function setup() {
  const units = await createProvinceWithRegencies();
  const clerk = await currentUser((await createUser({ role: "STAFF", unitId: units.province.id })).id);
  return { ...units, clerk };
}

let nipSequence = Math.floor(Math.random() * 900);
/** A NIP that encodes `birth` and a TMT CPNS, with a sequence no other official of this run has. */
function nipFor(
  birth: string,
  serviceStart: { year: number; month: number },
  gender: "MALE" | "FEMALE" = "MALE",
) {
  nipSequence = (nipSequence % 998) + 1;
  return composeNip({ birthDate: day(birth), serviceStart, gender, sequence: nipSequence });
}

function pnsInput(unitId: string, birth: string, extra: Record<string, string> = {}) {
  const nip = nipFor(birth, { year: Number(birth.slice(0, 4)) + 25, month: 3 }, "FEMALE");
  return {
    name: `Baiq Uji ${uniqueSuffix()}, S.H.`,
    nip: formatNip(nip),
    employmentType: "PNS",
    rank: "III_B",
    unitId,
    ...extra,
  };
}

async function csvRows(response: Response) {
  const bytes = Buffer.from(await response.arrayBuffer());
  return Papa.parse<string[]>(bytes.subarray(3).toString("utf8"), { skipEmptyLines: true }).data;
}

async function sheetOf(response: Response, name: string) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(await response.arrayBuffer());
  return workbook.getWorksheet(name)!;
}

describe("the list and its exports carry the post", () => {
  it("shows the post held today with its section, TMT and decree, not one that starts later", async () => {
    const { regencyA, clerk } = await setup();
    const section = await createSection(regencyA.id, { name: `Sub Bagian Hukum dan SDM ${uniqueSuffix()}` });
    const post = await createPosition(regencyA.id, {
      title: "Kepala Sub Bagian Hukum dan SDM",
      sectionId: section.id,
    });
    const later = await createPosition(regencyA.id, { title: "Jabatan Mulai Besok" });
    const official = await seedOfficial(regencyA.id, {
      name: "Lalu Pemangku",
      sortName: "lalu pemangku",
      rank: "III_C",
      rankStartDate: day("2022-04-01"),
      serviceYears: 10,
      serviceMonths: 6,
      serviceAsOf: day("2022-04-01"),
      educationLevel: "S1",
      educationMajor: "Ilmu Hukum",
      religion: "ISLAM",
    });
    await assignToPosition(official.id, post, {
      startDate: day("2024-01-02"),
      decreeNumber: "800/15/KPU-Prov-015/2023",
      decreeDate: day("2023-12-20"),
    });
    await assignToPosition(official.id, later, { startDate: addDays(today(), 1) });

    const list = await listOfficials(clerk, parseListParams({ unit: regencyA.code, q: "pemangku" }), today());
    expect(list.rows[0]?.assignments).toEqual([
      {
        startDate: day("2024-01-02"),
        decreeNumber: "800/15/KPU-Prov-015/2023",
        decreeDate: day("2023-12-20"),
        position: {
          title: "Kepala Sub Bagian Hukum dan SDM",
          level: "SUPERVISOR",
          section: { name: section.name },
        },
      },
    ]);

    const rows = await csvRows(
      await exportResponse(clerk, new URLSearchParams(`format=csv&unit=${regencyA.code}&q=pemangku`)),
    );
    const cell = (column: (typeof EXPORT_COLUMNS)[number]) => rows[1]![EXPORT_COLUMNS.indexOf(column)];
    expect(rows[0]).toEqual([...EXPORT_COLUMNS]);
    expect(cell("Jabatan")).toBe("Kepala Sub Bagian Hukum dan SDM");
    expect(cell("TMT Jabatan")).toBe("2024-01-02");
    expect(cell("Nomor SK Jabatan")).toBe("800/15/KPU-Prov-015/2023");
    expect(cell("Tanggal SK Jabatan")).toBe("2023-12-20");
    expect(cell("TMT Pangkat")).toBe("2022-04-01");
    expect(cell("Masa Kerja Golongan")).toMatch(/^\d+ tahun \d+ bulan$/);
    expect([cell("Pendidikan"), cell("Jurusan"), cell("Agama")]).toEqual(["S-1", "Ilmu Hukum", "Islam"]);

    const sheet = await sheetOf(
      await exportResponse(clerk, new URLSearchParams(`format=xlsx&unit=${regencyA.code}&q=pemangku`)),
      "Daftar Pegawai",
    );
    expect(sheet.getRow(1).getCell(1).value).toBe("DAFTAR PEGAWAI");
    expect(String(sheet.getRow(3).getCell(1).value)).toMatch(/^Keadaan per \d{1,2} \w+ \d{4}$/);
    const headers = (sheet.getRow(5).values as unknown[]).slice(1);
    const value = (header: string) => sheet.getRow(6).getCell(headers.indexOf(header) + 1).value;
    expect(value("Jabatan")).toBe("Kepala Sub Bagian Hukum dan SDM");
    expect(value("Sub Bagian/Bagian")).toBe(section.name);
    expect(value("TMT Jabatan")).toBe("02-01-2024");
    expect(value("Nomor SK")).toBe("800/15/KPU-Prov-015/2023");
    expect(value("TMT Pangkat")).toBe("01-04-2022");
  });
});

describe("the Daftar Urut Kepangkatan", () => {
  it("orders the PNS by rank, then TMT of the rank, then masa kerja, then age; PPPK and support staff are not in it", async () => {
    const { regencyB, clerk } = await setup();
    const pns = (name: string, data: Parameters<typeof seedOfficial>[1]) =>
      seedOfficial(regencyB.id, { name, sortName: name.toLowerCase(), employmentType: "PNS", ...data });
    const common = { rank: "III_C" as const, rankStartDate: day("2021-10-01") };
    // Same rank and TMT: the longer masa kerja first; with the same masa kerja, the older first.
    await pns("Muda Sekali", {
      ...common,
      serviceYears: 12,
      serviceMonths: 0,
      serviceAsOf: day("2021-10-01"),
      birthDate: day("1990-01-01"),
    });
    await pns("Tua Sekali", {
      ...common,
      serviceYears: 12,
      serviceMonths: 0,
      serviceAsOf: day("2021-10-01"),
      birthDate: day("1975-01-01"),
    });
    await pns("Masa Kerja Panjang", {
      ...common,
      serviceYears: 14,
      serviceMonths: 3,
      serviceAsOf: day("2021-10-01"),
      birthDate: day("1992-01-01"),
    });
    await pns("TMT Lebih Awal", {
      rank: "III_C",
      rankStartDate: day("2019-04-01"),
      birthDate: day("1993-01-01"),
    });
    await pns("Golongan IV/a", {
      rank: "IV_A",
      rankStartDate: day("2024-04-01"),
      birthDate: day("1994-01-01"),
    });
    await pns("Golongan III/a", {
      rank: "III_A",
      rankStartDate: day("2010-04-01"),
      birthDate: day("1970-01-01"),
    });
    await seedOfficial(regencyB.id, { name: "PPPK Tidak Masuk", employmentType: "PPPK", rank: "PPPK_IX" });
    await seedOfficial(regencyB.id, { name: "Pendukung Tidak Masuk", employmentType: "NON_ASN" });

    const response = await exportResponse(clerk, new URLSearchParams(`format=duk&unit=${regencyB.code}`));
    expect(response.headers.get("content-disposition")).toMatch(/filename="duk-.*\.xlsx"/);
    const sheet = await sheetOf(response, "DUK");
    expect(sheet.getRow(1).getCell(1).value).toBe("DAFTAR URUT KEPANGKATAN PEGAWAI NEGERI SIPIL");
    const names = [];
    for (let row = 6; row <= sheet.rowCount; row += 1) names.push(sheet.getRow(row).getCell(2).value);
    expect(names).toEqual([
      "Golongan IV/a",
      "TMT Lebih Awal",
      "Masa Kerja Panjang",
      "Tua Sekali",
      "Muda Sekali",
      "Golongan III/a",
    ]);
    expect(sheet.getRow(6).getCell(1).value).toBe("1");
    expect(sheet.getRow(6).getCell(4).value).toBe("Pembina");
    expect(sheet.getRow(6).getCell(5).value).toBe("IV/a");
  });
});

describe("registering an official into a post", () => {
  it("creates the official and the assignment on the decree in one transaction, the section taken from the post", async () => {
    const { regencyA, clerk } = await setup();
    const section = await createSection(regencyA.id);
    const post = await createPosition(regencyA.id, {
      sectionId: section.id,
      title: "Kepala Sub Bagian Keuangan",
    });
    const result = await createOfficial.execute(
      clerk,
      pnsInput(regencyA.id, "1985-07-04", {
        positionId: post.id,
        startDate: "2025-03-03",
        decreeNumber: "800/21/KPU-Prov-015/2025",
        decreeDate: "2025-02-20",
        rankStartDate: "2021-04-01",
        serviceYears: "11",
        serviceMonths: "1",
        serviceAsOf: "2021-04-01",
        educationLevel: "S1",
        educationMajor: "Akuntansi",
      }),
    );
    expect(result.ok).toBe(true);
    const id = result.ok ? result.data.id : "";
    const official = await prisma.official.findUniqueOrThrow({
      where: { id },
      include: { assignments: true },
    });
    expect(official).toMatchObject({
      sectionId: section.id,
      rankStartDate: day("2021-04-01"),
      serviceYears: 11,
      serviceMonths: 1,
      educationLevel: "S1",
      educationMajor: "Akuntansi",
    });
    expect(official.assignments).toEqual([
      expect.objectContaining({
        positionId: post.id,
        startDate: day("2025-03-03"),
        decreeNumber: "800/21/KPU-Prov-015/2025",
        decreeDate: day("2025-02-20"),
        endDate: null,
      }),
    ]);
    const [entry] = await prisma.auditLog.findMany({ where: { entityId: id } });
    expect(entry?.after).toMatchObject({ newAssignment: { positionId: post.id } });
  });

  it("refuses a full post, a post without its decree, and writes nothing", async () => {
    const { regencyA, clerk } = await setup();
    const post = await createPosition(regencyA.id);
    await assignToPosition((await seedOfficial(regencyA.id)).id, post);
    const before = await prisma.official.count({ where: { unitId: regencyA.id } });

    const full = await createOfficial.execute(
      clerk,
      pnsInput(regencyA.id, "1986-02-11", {
        positionId: post.id,
        startDate: isoDate(today()),
        decreeNumber: "800/1/2026",
        decreeDate: isoDate(today()),
      }),
    );
    expect(full).toMatchObject({
      ok: false,
      code: "domain",
      reason: "officialRecord.errors.positionFull",
      field: "positionId",
    });

    const noDecree = await createOfficial.execute(
      clerk,
      pnsInput(regencyA.id, "1986-02-12", { positionId: post.id, startDate: isoDate(today()) }),
    );
    expect(noDecree).toMatchObject({ ok: false, code: "validation" });
    expect(noDecree.ok ? {} : "fieldErrors" in noDecree ? noDecree.fieldErrors : {}).toHaveProperty(
      "decreeNumber",
    );
    expect(await prisma.official.count({ where: { unitId: regencyA.id } })).toBe(before);
  });

  it("schedules a post whose TMT is later: the official is recorded, the post is not held today", async () => {
    const { regencyA, clerk } = await setup();
    const post = await createPosition(regencyA.id, { title: "Jabatan Terjadwal" });
    const start = addDays(today(), 10);
    const result = await createOfficial.execute(
      clerk,
      pnsInput(regencyA.id, "1987-03-09", {
        positionId: post.id,
        startDate: isoDate(start),
        decreeNumber: "800/9/2026",
        decreeDate: isoDate(today()),
      }),
    );
    expect(result.ok).toBe(true);
    const list = await listOfficials(clerk, parseListParams({ unit: regencyA.code }), today());
    const row = list.rows.find((candidate) => candidate.id === (result.ok ? result.data.id : ""));
    expect(row?.assignments).toEqual([]);
    const later = await listOfficials(clerk, parseListParams({ unit: regencyA.code }), start);
    expect(later.rows.find((candidate) => candidate.id === row?.id)?.assignments[0]?.position.title).toBe(
      "Jabatan Terjadwal",
    );
  });
});

describe("a unit at its formasi", () => {
  it("asks to confirm registering or moving one more ASN there, and saves once confirmed", async () => {
    const { regencyA, regencyB, clerk } = await setup();
    // Regency B: one section of quota 1, already filled.
    const section = await createSection(regencyB.id, { staffQuota: 1 });
    await seedOfficial(regencyB.id, { sectionId: section.id });

    const input = pnsInput(regencyB.id, "1988-08-08");
    const refused = await createOfficial.execute(clerk, input);
    expect(refused).toMatchObject({
      ok: false,
      code: "domain",
      reason: "officialRecord.errors.unitAtQuota",
      params: { staff: 1, quota: 1 },
      field: "confirmQuota",
    });
    expect(await prisma.official.count({ where: { unitId: regencyB.id } })).toBe(1);
    expect(await createOfficial.execute(clerk, { ...input, confirmQuota: "on" })).toMatchObject({ ok: true });

    const mover = await seedOfficial(regencyA.id);
    const move = { id: mover.id, version: "1", unitId: regencyB.id, startDate: isoDate(today()) };
    expect(await moveOfficial.execute(clerk, move)).toMatchObject({
      ok: false,
      reason: "officialRecord.errors.unitAtQuota",
      params: { staff: 2, quota: 1 },
    });
    expect(await prisma.official.findUniqueOrThrow({ where: { id: mover.id } })).toMatchObject({
      unitId: regencyA.id,
    });
    expect(await moveOfficial.execute(clerk, { ...move, confirmQuota: "on" })).toMatchObject({ ok: true });
  });
});

describe("a retirement before the retirement age", () => {
  it("is refused once with the age and the regular date, nothing written, and saved when confirmed", async () => {
    const { regencyA, clerk } = await setup();
    const official = await seedOfficial(regencyA.id, { birthDate: day("1975-05-12") });
    const held = await assignToPosition(
      official.id,
      await createPosition(regencyA.id, { level: "SUPERVISOR" }),
    );
    const input = {
      id: official.id,
      version: "1",
      status: "RETIRED",
      effectiveDate: isoDate(addDays(today(), 20)),
    };

    const refused = await endService.execute(clerk, input);
    expect(refused).toMatchObject({
      ok: false,
      code: "domain",
      reason: "officialRecord.errors.retirementBeforeAge",
      params: { age: 58, date: day("2033-06-01").getTime() },
      field: "confirmEarly",
    });
    expect(await prisma.officialChange.count({ where: { officialId: official.id } })).toBe(0);
    expect(await prisma.assignment.findUniqueOrThrow({ where: { id: held.id } })).toMatchObject({
      endDate: null,
    });

    // Confirmed: a scheduled retirement (TMT in 20 days), the post ending the day before.
    expect(await endService.execute(clerk, { ...input, confirmEarly: "on" })).toMatchObject({ ok: true });
    expect(await prisma.officialChange.findFirst({ where: { officialId: official.id } })).toMatchObject({
      kind: "SERVICE_END",
      status: "RETIRED",
      appliedAt: null,
    });
  });

  it("goes through without asking at the age of the post: 60 for an Ahli Madya, from the month after the birthday", async () => {
    const { regencyA, clerk } = await setup();
    const official = await seedOfficial(regencyA.id, { birthDate: day("1966-04-20") });
    await assignToPosition(
      official.id,
      await createPosition(regencyA.id, {
        kind: "FUNCTIONAL",
        level: "FUNCTIONAL",
        title: "Analis SDM Aparatur Ahli Madya",
      }),
    );
    const input = { id: official.id, version: "1", status: "RETIRED" };
    // 58 would have been 1 May 2024: for an Ahli Madya that is early.
    expect(await endService.execute(clerk, { ...input, effectiveDate: "2024-05-01" })).toMatchObject({
      ok: false,
      params: { age: 60, date: day("2026-05-01").getTime() },
    });
    expect(await endService.execute(clerk, { ...input, effectiveDate: "2026-05-01" })).toMatchObject({
      ok: true,
    });
  });

  it("does not ask for a death or a transfer out", async () => {
    const { regencyA, clerk } = await setup();
    const official = await seedOfficial(regencyA.id, { birthDate: day("1990-01-01") });
    expect(
      await endService.execute(clerk, {
        id: official.id,
        version: "1",
        status: "DECEASED",
        effectiveDate: isoDate(today()),
      }),
    ).toMatchObject({ ok: true });
  });
});

import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { commitInput, commitOfficialImport } from "@/lib/officials/import/commit";
import { planImportFile, type ImportOptions } from "@/lib/officials/import/load-plan";
import type { UploadedFile } from "@/lib/uploads/form-file";
import {
  dukFile,
  nominatifFile,
  people,
  semicolonCsv,
  siasnFile,
  SIASN_HEADERS,
} from "../support/staff-lists";
import {
  createPosition,
  createProvinceWithRegencies,
  createSection,
  createUser,
  currentUser,
  uniqueSuffix,
} from "./db-utils";

type User = Awaited<ReturnType<typeof currentUser>>;

/** A regency clerk whose unit has two Sub Bagian, and 15 people of theirs. */
async function office() {
  const { regencyA } = await createProvinceWithRegencies();
  const tag = `Uji${uniqueSuffix()}`;
  const sections = [`Keuangan ${tag}`, `Hukum dan SDM ${tag}`];
  for (const name of sections) await createSection(regencyA.id, { name });
  const user = await currentUser((await createUser({ role: "STAFF", unitId: regencyA.id })).id);
  return { unit: regencyA, user, list: people(15, tag, sections) };
}

async function preview(user: User, file: UploadedFile, options: ImportOptions = {}) {
  const planned = await planImportFile(user, file, undefined, options);
  if (!planned.ok) throw new Error(`file problems: ${JSON.stringify(planned.fileProblems)}`);
  return planned;
}

async function commit(user: User, file: UploadedFile, digest: string, options: ImportOptions = {}) {
  const read = await commitInput(file, { sha256: file.sha256, digest }, options);
  if (!read.ok) throw new Error(read.problem.key);
  return commitOfficialImport.execute(user, read.input);
}

describe("importing the staff lists offices keep, as they keep them", () => {
  for (const [layout, build] of [
    ["siasn", (list: Parameters<typeof siasnFile>[0]) => siasnFile(list)],
    ["duk", (list: Parameters<typeof dukFile>[0]) => dukFile(list, "KPU Kabupaten Uji")],
    ["nominatif", (list: Parameters<typeof nominatifFile>[0]) => nominatifFile(list, "KPU Kabupaten Uji")],
  ] as const) {
    it(`previews a ${layout} of 15 people as 15 new without a problem, commits it, and re-importing changes nothing`, async () => {
      const { unit, user, list } = await office();
      const file = await build(list);
      const first = await preview(user, file);
      expect(first.reading.layout).toBe(layout);
      expect(first.plan.problems).toEqual([]);
      expect(first.plan.summary).toEqual({ create: 15, update: 0, unchanged: 0, invalid: 0 });
      const result = await commit(user, file, first.plan.digest);
      expect(result).toMatchObject({ ok: true, data: { created: 15, updated: 0 } });

      const stored = await prisma.official.findMany({
        where: { unitId: unit.id },
        include: { section: true },
      });
      expect(stored).toHaveLength(15);
      for (const person of list) {
        const official = stored.find((o) => o.nip === person.nip);
        expect(official?.name, person.name).toContain(person.name);
        expect(official?.name).not.toMatch(/\n/);
        expect(official?.rank).toBe(person.rank);
        expect(official?.rankStartDate).toEqual(person.rankStart);
        expect(official?.birthDate).toEqual(person.birthDate);
        expect(official?.educationLevel).toBe(person.education.startsWith("S-1") ? "S1" : "D3");
        if (layout !== "duk") expect(official?.section?.name).toBe(person.section);
      }

      const again = await preview(user, await build(list));
      expect(again.plan.summary).toEqual({ create: 0, update: 0, unchanged: 15, invalid: 0 });
    });
  }

  it("places people in the post the sheet names from its TMT while it has room, and says why not for the rest", async () => {
    const { regencyA } = await createProvinceWithRegencies();
    const tag = `Pos${uniqueSuffix()}`;
    const sections = [`Keuangan ${tag}`];
    await createSection(regencyA.id, { name: sections[0] });
    const post = await createPosition(regencyA.id, {
      title: "Pengelola Keuangan",
      kind: "EXECUTOR",
      level: "EXECUTOR",
      quota: 2,
    });
    const user = await currentUser((await createUser({ role: "STAFF", unitId: regencyA.id })).id);
    const list = people(3, tag, sections);
    const file = await siasnFile(list);
    const planned = await preview(user, file);
    expect(planned.plan.problems).toEqual([]);
    const [first, second, third] = planned.plan.entries;
    expect(first?.placement).toMatchObject({ positionId: post.id });
    expect(second?.placement).toMatchObject({ positionId: post.id });
    expect(third?.placement).toBeNull();
    expect(third?.notes.map((note) => note.key)).toEqual(["import.notes.postFull"]);

    expect(await commit(user, file, planned.plan.digest)).toMatchObject({ ok: true, data: { created: 3 } });
    const held = await prisma.assignment.findMany({
      where: { positionId: post.id },
      include: { official: { select: { nip: true } } },
    });
    expect(held.map((row) => [row.official.nip, row.startDate]).sort()).toEqual(
      list
        .slice(0, 2)
        .map((person) => [person.nip, person.postStart])
        .sort(),
    );
    // Imported again: the two keep their post, nobody is placed twice.
    const again = await preview(user, await siasnFile(list));
    expect(again.plan.summary).toMatchObject({ create: 0, update: 0 });
  });

  it("says which row is the header and which rows it left out, and why", async () => {
    const { user, list } = await office();
    const duk = await preview(user, await dukFile(list, "KPU Kabupaten Uji"));
    expect(duk.reading).toMatchObject({ headerRowNumber: 5, headerRowCount: 2 });
    expect(duk.reading.skipped.map((row) => [row.rowNumber, row.reason])).toEqual([
      [1, "title"],
      [2, "title"],
      [3, "title"],
      [7, "numbering"],
      [23, "blank"],
      [24, "signature"],
      [25, "signature"],
      [26, "signature"],
      [27, "signature"],
    ]);
    const nominatif = await preview(user, await nominatifFile(list, "KPU Kabupaten Uji"));
    const reasons = nominatif.reading.skipped.map((row) => row.reason);
    expect(reasons.filter((reason) => reason === "group")).toHaveLength(2);
    expect(reasons).toContain("total");
    expect(reasons).toContain("signature");
  });

  it("reads a CSV with semicolons, 'Place / 12 Mei 1980' births and 'III/b - Penata Muda Tk.I' ranks", async () => {
    const { user, list } = await office();
    const planned = await preview(user, semicolonCsv(list));
    expect(planned.plan.problems).toEqual([]);
    expect(planned.plan.summary.create).toBe(15);
    expect(planned.plan.entries[0]?.fields?.birthPlace).toBe(list[0]?.birthPlace);
  });

  it("reports NIPs Excel turned into numbers, saying how to export them as text, and writes nothing", async () => {
    const { user, list } = await office();
    const planned = await preview(user, await siasnFile(list, { mangled: true }));
    expect(planned.plan.summary.invalid).toBe(15);
    expect(planned.plan.problems.every((p) => p.key === "import.problems.nipNumberLost")).toBe(true);
  });

  it("never stores a name holding the birth line, a date or a NIP", async () => {
    const { user, list } = await office();
    const [first, second, third] = list;
    if (!first || !second || !third) throw new Error("people");
    first.name = `${first.name}\nSelong, 14-03-1970`;
    second.name = `${second.name} 14-03-1970`;
    third.name = `${third.name} ${third.nip}`;
    const planned = await preview(user, await siasnFile(list));
    expect(planned.plan.problems.map((p) => [p.column, p.key])).toEqual([
      ["NAMA", "import.problems.nameHolds.lineBreak"],
      ["NAMA", "import.problems.nameHolds.date"],
      ["NAMA", "import.problems.nameHolds.nip"],
    ]);
  });

  it("takes a sheet it does not know through the clerk's mapping, and remembers it for the unit", async () => {
    const { unit, user, list } = await office();
    const headers = SIASN_HEADERS.map((header) => (header === "NAMA" ? "NAMA ASN" : header));
    const file = await siasnFile(list, { headers });
    const unknown = await planImportFile(user, file);
    expect(unknown.ok).toBe(false);
    if (unknown.ok || !unknown.reading) throw new Error("expected the mapping step");
    const mapping = unknown.reading.columns.map(({ header, column }) =>
      header === "NAMA ASN" ? "Nama" : column,
    );
    const mapped = await preview(user, file, { mapping });
    expect(mapped.plan.summary).toMatchObject({ create: 15, invalid: 0 });
    expect(await commit(user, file, mapped.plan.digest, { mapping })).toMatchObject({ ok: true });
    expect(await prisma.importColumnMapping.count({ where: { unitId: unit.id } })).toBe(1);

    const next = await preview(user, file);
    expect(next.reading.mappingSource).toBe("stored");
    expect(next.plan.summary).toMatchObject({ create: 0, unchanged: 15 });
  });
});

import ExcelJS from "exceljs";
import { createTranslator } from "use-intl/core";
import { describe, expect, it } from "vitest";
import { auditExportResponse } from "@/lib/audit/export";
import { parseAuditFilters } from "@/lib/audit/filters";
import { listAuditTrail, listRecordHistory } from "@/lib/audit/queries";
import type { CurrentUser } from "@/lib/auth/types";
import { prisma } from "@/lib/db/client";
import { messagesFor } from "@/lib/i18n/messages";
import type { Translate } from "@/lib/i18n/translate";
import { officialFormValues } from "@/lib/officials/form-values";
import { moveOfficial, updateOfficial } from "@/lib/officials/mutations";
import { formatNip, parseNip } from "@/lib/officials/nip";
import {
  assignToPosition,
  createOfficial,
  createPosition,
  createProvinceWithRegencies,
  createSection,
  createUser,
  currentUser,
  uniqueNip,
} from "./db-utils";

const t = createTranslator({ locale: "id", messages: messagesFor("id") }) as unknown as Translate;
const reader = { t, locale: "id", timeZone: "Asia/Makassar" };

async function setup() {
  const units = await createProvinceWithRegencies();
  const users = await Promise.all(
    [
      { role: "SECRETARY", unitId: units.province.id },
      { role: "SECRETARY", unitId: units.regencyA.id },
      { role: "SECRETARY", unitId: units.regencyB.id },
    ].map(async (data) => currentUser((await createUser(data as Parameters<typeof createUser>[0])).id)),
  );
  const [sekprov, secretaryA, secretaryB] = users as [CurrentUser, CurrentUser, CurrentUser];
  return { ...units, sekprov, secretaryA, secretaryB };
}

async function pns(unitId: string, data: Parameters<typeof createOfficial>[1] = {}) {
  const nip = await uniqueNip();
  const parsed = parseNip(nip);
  return createOfficial(unitId, {
    nip,
    birthDate: parsed.ok ? parsed.birthDate : null,
    rank: "III_A",
    ...data,
  });
}

async function edit(user: CurrentUser, id: string, changes: Record<string, string>) {
  const stored = await prisma.official.findUniqueOrThrow({ where: { id } });
  const values = officialFormValues(stored);
  const submitted = Object.fromEntries(Object.entries({ ...values, ...changes }).filter(([, v]) => v !== ""));
  const result = await updateOfficial.execute(user, {
    ...submitted,
    id,
    version: String(stored.version),
    loaded: JSON.stringify(values),
  });
  expect(result).toMatchObject({ ok: true });
}

const trail = (user: CurrentUser, params: Record<string, string>) =>
  listAuditTrail(user, parseAuditFilters(params), reader);

/** Everything a reader sees of a page of the trail, as one text (links' addresses left out). */
const textOf = (value: unknown) =>
  JSON.stringify(value, (key, item: unknown) => (key === "href" ? undefined : item));

describe("the audit trail as staff read it", () => {
  it("shows a rank change as 'Pangkat/golongan: III/a → III/b' on the official named with their NIP, no ids", async () => {
    const { regencyA, sekprov, secretaryA } = await setup();
    const official = await pns(regencyA.id, { name: "Baiq Nurul Aini, S.E." });
    await edit(secretaryA, official.id, { rank: "III_B" });

    const page = await trail(sekprov, { q: formatNip(official.nip!) });
    expect(page.items).toHaveLength(1);
    const [entry] = page.items;
    expect(entry?.actorName).toBe(secretaryA.displayName);
    expect(entry?.when).toMatch(/^\d{1,2} \w+ \d{4} pukul \d{2}\.\d{2} WITA$/);
    const [part] = entry!.parts;
    expect(part?.action).toBe("Data pegawai diubah");
    expect(part?.subject).toEqual({
      name: `Baiq Nurul Aini, S.E. · ${formatNip(official.nip!)}`,
      href: `/pegawai/${official.id}`,
    });
    expect(part?.lines).toEqual([{ label: "Pangkat/golongan", before: ["III/a"], after: ["III/b"] }]);
    expect(textOf(entry)).not.toContain("III_B");

    // The record's own history reads the same entry.
    const history = await listRecordHistory(
      sekprov,
      { entityType: "Official", entityId: official.id },
      undefined,
      reader,
    );
    expect(history.items).toEqual(page.items);
  });

  it("shows a move between units as one entry, posts and units by their names", async () => {
    const { regencyA, regencyB, sekprov } = await setup();
    const official = await pns(regencyA.id);
    const oldPost = await createPosition(regencyA.id, { title: "Kepala Sub Bagian Keuangan" });
    await assignToPosition(official.id, oldPost);
    const section = await createSection(regencyB.id, { name: "Hukum dan SDM" });
    const post = await createPosition(regencyB.id, {
      sectionId: section.id,
      title: "Kepala Sub Bagian Hukum dan SDM",
    });
    const moved = await moveOfficial.execute(sekprov, {
      id: official.id,
      version: "1",
      unitId: regencyB.id,
      positionId: post.id,
      startDate: "2025-02-03",
      decreeNumber: "45/KPG.03-Kpt/05/2025",
      decreeDate: "2025-01-27",
      confirmQuota: "1",
    });
    expect(moved, JSON.stringify(moved)).toMatchObject({ ok: true });
    // Two rows, one for each unit's trail, written by one action.
    const rows = await prisma.auditLog.findMany({ where: { entityId: official.id } });
    expect(rows).toHaveLength(2);
    expect(new Set(rows.map((row) => row.groupId)).size).toBe(1);

    const page = await trail(sekprov, { q: official.name });
    expect(page.items).toHaveLength(1);
    const text = textOf(page.items[0]);
    expect(text).toContain("Mutasi pegawai");
    expect(text).toContain(regencyB.name);
    expect(text).toContain("Sub Bagian Hukum dan SDM");
    expect(text).toContain(
      "Kepala Sub Bagian Hukum dan SDM, mulai 3 Februari 2025 (SK 45/KPG.03-Kpt/05/2025)",
    );
    expect(text).toContain("Kepala Sub Bagian Keuangan, 2 Januari 2024 s.d. 2 Februari 2025");
    for (const id of [official.id, regencyA.id, regencyB.id, section.id, post.id, oldPost.id])
      expect(text).not.toContain(id);
    expect(text).not.toMatch(/sortName|version|changeId/);
  });

  it("filters by user, module, action, date range, and keeps sign-ins in their own tab", async () => {
    const { regencyA, sekprov, secretaryA } = await setup();
    const official = await pns(regencyA.id);
    await edit(secretaryA, official.id, { rank: "III_C" });
    await edit(sekprov, official.id, { phone: "081234567890" });
    const at = (iso: string) => new Date(iso);
    await prisma.auditLog.createMany({
      data: [
        // 23:30 WITA on 9 March, 00:30 WITA on 10 March.
        {
          at: at("2026-03-09T15:30:00Z"),
          actorId: secretaryA.id,
          actorName: secretaryA.displayName,
          unitId: regencyA.id,
          action: "official.update",
          entityType: "Official",
          entityId: official.id,
        },
        {
          at: at("2026-03-09T16:30:00Z"),
          actorId: secretaryA.id,
          actorName: secretaryA.displayName,
          unitId: regencyA.id,
          action: "official.update",
          entityType: "Official",
          entityId: official.id,
        },
        {
          actorId: secretaryA.id,
          actorName: secretaryA.displayName,
          unitId: regencyA.id,
          action: "auth.signIn",
          entityType: "User",
          entityId: secretaryA.id,
        },
      ],
    });
    const q = official.name;
    expect((await trail(sekprov, { q })).items).toHaveLength(4);
    expect((await trail(sekprov, { q, actor: sekprov.id })).items.map((i) => i.actorName)).toEqual([
      sekprov.displayName,
    ]);
    expect((await trail(sekprov, { q, module: "satuan-kerja" })).items).toHaveLength(0);
    expect((await trail(sekprov, { q, module: "pegawai", action: "official.update" })).items).toHaveLength(4);
    expect((await trail(sekprov, { q, action: "official.move" })).items).toHaveLength(0);
    const day = await trail(sekprov, { q, from: "2026-03-10", to: "2026-03-10" });
    expect(day.items.map((i) => i.at.toISOString())).toEqual(["2026-03-09T16:30:00.000Z"]);
    expect((await trail(sekprov, { q, to: "2026-03-09" })).items.map((i) => i.at.toISOString())).toEqual([
      "2026-03-09T15:30:00.000Z",
    ]);

    const changes = await trail(sekprov, { actor: secretaryA.id });
    expect(textOf(changes)).not.toContain("Masuk ke aplikasi");
    const signIns = await trail(sekprov, { actor: secretaryA.id, tab: "signins" });
    expect(signIns.items).toHaveLength(1);
    expect(signIns.items[0]?.parts[0]).toMatchObject({
      action: "Masuk ke aplikasi",
      subject: { name: secretaryA.displayName },
    });
  });

  it("pages by action without losing or repeating one", async () => {
    const { regencyA, sekprov, secretaryA } = await setup();
    const official = await pns(regencyA.id);
    await prisma.auditLog.createMany({
      data: Array.from({ length: 70 }, (_, index) => ({
        actorId: secretaryA.id,
        actorName: secretaryA.displayName,
        unitId: regencyA.id,
        action: "official.update",
        entityType: "Official",
        entityId: official.id,
        groupId: `page-test-${official.id}-${Math.floor(index / 3)}`,
      })),
    });
    const seen: string[] = [];
    let before: string | undefined;
    for (let pages = 0; pages < 5; pages += 1) {
      const page = await trail(sekprov, { q: official.name, ...(before ? { before } : {}) });
      seen.push(...page.items.map((item) => item.id));
      if (page.nextBefore === undefined) break;
      before = page.nextBefore.toString();
    }
    expect(seen).toHaveLength(24);
    expect(new Set(seen).size).toBe(24);
  });

  it("exports the filtered trail as XLSX, as the page reads it", async () => {
    const { regencyA, sekprov, secretaryA } = await setup();
    const official = await pns(regencyA.id, { name: "Lalu Ahmad Zaini" });
    await edit(secretaryA, official.id, { rank: "III_B" });
    await edit(secretaryA, official.id, { birthPlace: "Praya" });

    const response = await auditExportResponse(sekprov, new URLSearchParams({ q: official.name }), {
      t,
      locale: "id",
    });
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Disposition")).toMatch(
      /^attachment; filename="jejak-audit-.*\.xlsx"$/,
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await response.arrayBuffer()) as never);
    const sheet = workbook.getWorksheet("Jejak Audit");
    const rows = sheet!
      .getSheetValues()
      .slice(1)
      .map((row) => (row as unknown[]).slice(1));
    expect(rows[0]).toEqual(["Waktu", "Pengguna", "Tindakan", "Jenis data", "Nama data", "Perubahan"]);
    expect(rows.slice(1).map((row) => row.slice(1))).toEqual([
      [
        secretaryA.displayName,
        "Data pegawai diubah",
        "Pegawai",
        `Lalu Ahmad Zaini · ${formatNip(official.nip!)}`,
        "Tempat lahir: — → Praya",
      ],
      [
        secretaryA.displayName,
        "Data pegawai diubah",
        "Pegawai",
        `Lalu Ahmad Zaini · ${formatNip(official.nip!)}`,
        "Pangkat/golongan: III/a → III/b",
      ],
    ]);

    expect((await auditExportResponse(null, new URLSearchParams(), { t, locale: "id" })).status).toBe(401);
  });

  it("shows a regency secretary only their unit's trail", async () => {
    const { regencyA, regencyB, sekprov, secretaryA, secretaryB } = await setup();
    const inA = await pns(regencyA.id);
    const inB = await pns(regencyB.id);
    await edit(secretaryA, inA.id, { rank: "III_B" });
    await edit(secretaryB, inB.id, { rank: "III_C" });

    expect((await trail(secretaryA, { q: inB.name })).items).toHaveLength(0);
    expect(textOf(await trail(secretaryA, { actor: secretaryB.id }))).not.toContain(inB.name);
    expect((await trail(secretaryA, { q: inA.name })).items).toHaveLength(1);
    expect(
      (await listRecordHistory(secretaryA, { entityType: "Official", entityId: inB.id }, undefined, reader))
        .items,
    ).toHaveLength(0);
    expect((await trail(sekprov, { q: inB.name })).items).toHaveLength(1);
  });
});

/**
 * The server actions' body, run on the real database: `runMutation` (what `submitMutation` does for the request's
 * user) and `runForm` (what every form's action does before it redirects), given a user, a translator from the
 * catalogues and a revalidation that records the paths it is asked for.
 */
import { describe, expect, it } from "vitest";
import { createTranslator } from "use-intl/core";
import { runForm } from "@/lib/actions/form-action";
import { runMutation, type SubmitContext } from "@/lib/actions/submit";
import type { CurrentUser } from "@/lib/auth/types";
import { prisma } from "@/lib/db/client";
import type { Role } from "@/lib/generated/prisma/enums";
import type { Locale } from "@/lib/i18n/config";
import { messagesFor } from "@/lib/i18n/messages";
import type { Translate } from "@/lib/i18n/translate";
import { formatNip } from "@/lib/officials/nip";
import * as officialForms from "@/lib/officials/form-actions";
import * as unitForms from "@/lib/units/form-actions";
import { createSection, updateSection } from "@/lib/units/mutations";
import * as factory from "./db-utils";

function translatorFor(locale: Locale): Translate {
  return createTranslator({ locale, messages: messagesFor(locale) }) as unknown as Translate;
}

function contextFor(user: CurrentUser, locale: Locale = "id") {
  const revalidated: string[] = [];
  const context: SubmitContext = {
    user,
    t: translatorFor(locale),
    revalidatePath: (path) => revalidated.push(path),
  };
  return { context, revalidated };
}

function formData(values: Record<string, string | number>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(values)) data.set(name, String(value));
  return data;
}

async function userAt(role: Role, unitId: string) {
  return factory.currentUser((await factory.createUser({ role, unitId })).id);
}

/** Provincial staff, who manage units, sections and officials of the province and its regencies. */
async function setup() {
  const units = await factory.createProvinceWithRegencies();
  return { ...units, staff: await userAt("STAFF", units.province.id) };
}

const { officialForm } = officialForms;
const { abolishPositionForm, sectionForm } = unitForms;

const unitPaths = (code: string) => ["/satuan-kerja", `/satuan-kerja/${code}`, "/satuan-kerja/posisi-sdm"];

describe("runMutation: a mutation's outcome as form state", () => {
  it("answers a refused input field by field, in the user's language, and revalidates nothing", async () => {
    const { regencyA, staff } = await setup();
    const input = { unitId: regencyA.id, name: "", kind: "SUB_BAGIAN", staffQuota: "-1" };

    const id = contextFor(staff, "id");
    expect(await runMutation(createSection, input, id.context)).toEqual({
      ok: false,
      message: "Periksa kembali isian yang ditandai.",
      fieldErrors: { name: ["Wajib diisi."], staffQuota: ["Kuota tidak boleh kurang dari 0."] },
    });
    const en = contextFor(staff, "en");
    expect(await runMutation(createSection, input, en.context)).toEqual({
      ok: false,
      message: "Check the highlighted fields.",
      fieldErrors: { name: ["Required."], staffQuota: ["A quota cannot be below 0."] },
    });
    expect([...id.revalidated, ...en.revalidated]).toEqual([]);
    expect(await prisma.section.count({ where: { unitId: regencyA.id } })).toBe(0);
  });

  it("says a role may not do it, without field errors", async () => {
    const { regencyA, province } = await setup();
    const viewer = await userAt("VIEWER", province.id);
    const { context } = contextFor(viewer, "en");
    expect(
      await runMutation(createSection, { unitId: regencyA.id, name: "X", kind: "SUB_BAGIAN" }, context),
    ).toEqual({ ok: false, message: "You are not allowed to do this." });
  });

  it("puts a domain refusal on its field", async () => {
    const { regencyA, staff } = await setup();
    const taken = await factory.createSection(regencyA.id);
    const { context } = contextFor(staff);
    const result = await runMutation(
      createSection,
      { unitId: regencyA.id, name: taken.name, kind: "SUB_BAGIAN", staffQuota: "1" },
      context,
    );
    const message = "Nama ini sudah dipakai bagian lain di satuan kerja ini.";
    expect(result).toEqual({ ok: false, message, fieldErrors: { name: [message] } });
  });

  it("names a conflict's changed fields as the form labels them", async () => {
    const { province, regencyA, staff } = await setup();
    const section = await factory.createSection(regencyA.id, { staffQuota: 2 });
    const opened = { id: section.id, version: "1", name: section.name, kind: "SUB_BAGIAN", staffQuota: "2" };
    // A colleague saves first, from the same version.
    const colleague = await userAt("STAFF", province.id);
    const first = await updateSection.execute(colleague, {
      ...opened,
      name: `${section.name} Baru`,
      staffQuota: "3",
    });
    expect(first.ok).toBe(true);

    const id = contextFor(staff, "id");
    const refused = await runMutation(updateSection, { ...opened, sortOrder: "4" }, id.context, {
      fieldLabels: "units.fields",
    });
    expect(refused.ok).toBe(false);
    expect(refused.message).toContain("(Nama, Kuota pegawai (formasi))");
    const en = contextFor(staff, "en");
    const refusedEn = await runMutation(updateSection, { ...opened, sortOrder: "4" }, en.context, {
      fieldLabels: "units.fields",
    });
    expect(refusedEn.message).toContain("(Name, Staff quota (formasi))");
    expect(await prisma.section.findUniqueOrThrow({ where: { id: section.id } })).toMatchObject({
      sortOrder: 0,
      version: 2,
    });
  });

  it("on success revalidates the pages that show the result and confirms in the user's language", async () => {
    const { regencyA, staff } = await setup();
    const { context, revalidated } = contextFor(staff, "en");
    const result = await runMutation(
      createSection,
      { unitId: regencyA.id, name: "Sub Bagian Hukum dan SDM", kind: "SUB_BAGIAN", staffQuota: "3" },
      context,
      { saved: "units.saved.sectionCreated", revalidate: ({ unitCode }) => [`/satuan-kerja/${unitCode}`] },
    );
    expect(result).toMatchObject({
      ok: true,
      message: "New section saved.",
      data: { unitCode: regencyA.code },
    });
    expect(revalidated).toEqual([`/satuan-kerja/${regencyA.code}`]);
  });
});

describe("runForm: every form's server action", () => {
  it("creates an official from a form without an id, and updates it from one that carries it", async () => {
    const { regencyA, staff } = await setup();
    const nip = formatNip(await factory.uniqueNip("MALE"));
    const { context, revalidated } = contextFor(staff);
    const fields = {
      name: "Lalu Uji Formulir, S.H.",
      nip,
      employmentType: "PNS",
      rank: "III_A",
      unitId: regencyA.id,
    };

    const created = await runForm(officialForm, formData(fields), context);
    const official = await prisma.official.findFirstOrThrow({ where: { name: fields.name } });
    expect(created).toEqual({
      ok: true,
      message: "Pegawai baru tersimpan.",
      open: `/pegawai/${official.id}`,
    });
    expect(revalidated).toEqual(["/pegawai", `/pegawai/${official.id}`]);

    const updated = await runForm(
      officialForm,
      formData({ ...fields, id: official.id, version: official.version, phone: "0370 654321" }),
      context,
    );
    expect(updated).toEqual({
      ok: true,
      message: "Perubahan data pegawai tersimpan.",
      open: `/pegawai/${official.id}`,
    });
    expect(await prisma.official.findUniqueOrThrow({ where: { id: official.id } })).toMatchObject({
      phone: "0370 654321",
      version: 2,
    });
    expect(await prisma.official.count({ where: { name: fields.name } })).toBe(1);
  });

  it("chooses the section's update by the id alone, and opens the unit's page", async () => {
    const { regencyA, staff } = await setup();
    const { context, revalidated } = contextFor(staff);
    const fields = { unitId: regencyA.id, name: "Sub Bagian Keuangan", kind: "SUB_BAGIAN", staffQuota: 2 };

    expect(await runForm(sectionForm, formData(fields), context)).toEqual({
      ok: true,
      message: "Bagian baru tersimpan.",
      open: `/satuan-kerja/${regencyA.code}`,
    });
    const section = await prisma.section.findFirstOrThrow({ where: { unitId: regencyA.id } });
    const edit = formData({ ...fields, id: section.id, version: section.version, staffQuota: 5 });
    expect(await runForm(sectionForm, edit, context)).toMatchObject({
      ok: true,
      message: "Perubahan tersimpan.",
    });
    expect(await prisma.section.findMany({ where: { unitId: regencyA.id } })).toMatchObject([
      { id: section.id, staffQuota: 5, version: 2 },
    ]);
    expect(revalidated).toEqual([...unitPaths(regencyA.code), ...unitPaths(regencyA.code)]);
  });

  it("opens nothing after a refusal and says why, in the user's language", async () => {
    const { regencyA, staff } = await setup();
    const { context, revalidated } = contextFor(staff, "en");
    const outcome = await runForm(
      sectionForm,
      formData({ unitId: regencyA.id, name: "", kind: "SUB_BAGIAN" }),
      context,
    );
    expect(outcome).toEqual({
      ok: false,
      message: "Check the highlighted fields.",
      fieldErrors: { name: ["Required."], staffQuota: ["Required."] },
    });
    expect(revalidated).toEqual([]);
  });

  it("a form that acts only on a stored record refuses one without its id", async () => {
    const { regencyA, staff } = await setup();
    const post = await factory.createPosition(regencyA.id);
    const { context } = contextFor(staff);
    const outcome = await runForm(abolishPositionForm, formData({ version: post.version }), context);
    expect(outcome).toMatchObject({ ok: false, fieldErrors: { id: ["Wajib diisi."] } });
    expect(await prisma.position.findUniqueOrThrow({ where: { id: post.id } })).toMatchObject({
      abolishedAt: null,
    });

    const abolished = await runForm(
      abolishPositionForm,
      formData({ id: post.id, version: post.version }),
      context,
    );
    expect(abolished).toEqual({
      ok: true,
      message: "Jabatan telah dihapuskan. Riwayat pemangkunya tetap tersimpan.",
      open: `/satuan-kerja/${regencyA.code}`,
    });
  });
});

describe("every form's action", () => {
  it("confirms its saves with a sentence both catalogues have", () => {
    const keys = [...Object.values(officialForms), ...Object.values(unitForms)].flatMap((form) =>
      [form.create?.saved, form.update?.saved].filter((key) => key !== undefined),
    );
    expect(keys.length).toBeGreaterThanOrEqual(11);
    for (const t of [translatorFor("id"), translatorFor("en")]) {
      expect(keys.filter((key) => !t.has(key))).toEqual([]);
    }
  });
});

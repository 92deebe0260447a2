/**
 * Issue 11, findings 6 and 7, through the forms' own server-action body (runForm) on the real database: a NUL byte
 * in any field of any form is a message on that field, never a 500; impossible dates and numbers written in other
 * notations are refused with a message; the officials list and its export take a NUL in the query; and arbitrary
 * input never leaves a partial write.
 */
import { can } from "@/lib/auth/policy";
import fc from "fast-check";
import { createTranslator } from "use-intl/core";
import { beforeAll, describe, expect, it } from "vitest";
import { runForm } from "@/lib/actions/form-action";
import type { FormAction } from "@/lib/actions/form-action";
import type { SubmitContext } from "@/lib/actions/submit";
import type { CurrentUser } from "@/lib/auth/types";
import { prisma } from "@/lib/db/client";
import { messagesFor } from "@/lib/i18n/messages";
import type { Translate } from "@/lib/i18n/translate";
import { exportResponse } from "@/lib/officials/export-download";
import { moveForm, officialForm } from "@/lib/officials/form-actions";
import { listParamsSchema, parseListParams } from "@/lib/officials/list-params";
import { listOfficials } from "@/lib/officials/queries";
import { organisationForm } from "@/lib/stakeholders/form-actions";
import { sectionForm, unitForm } from "@/lib/units/form-actions";
import { allForms, shapeOf } from "../support/all-mutations";
import * as factory from "./db-utils";

const t = createTranslator({ locale: "id", messages: messagesFor("id") }) as unknown as Translate;
const context = (user: CurrentUser): SubmitContext => ({ user, t, revalidatePath: () => undefined });

function formData(values: Record<string, string>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(values)) data.set(name, value);
  return data;
}

let admin: CurrentUser;
let secretary: CurrentUser;
let units: Awaited<ReturnType<typeof factory.createProvinceWithRegencies>>;
beforeAll(async () => {
  units = await factory.createProvinceWithRegencies();
  admin = await factory.currentUser(
    (await factory.createUser({ role: "ADMINISTRATOR", unitId: units.province.id })).id,
  );
  secretary = await factory.currentUser(
    (await factory.createUser({ role: "SECRETARY", unitId: units.province.id })).id,
  );
});

/** Who fills the form in: the administrator, or a secretary for what only secretaries do (deciding proposals). */
function userFor(form: FormAction<unknown>): CurrentUser {
  const save = form.create ?? form.update;
  return !save || can(admin, save.mutation.action) ? admin : secretary;
}

/** The fields a form's save reads, by the form's create (or update) mutation. */
function fieldsOfForm(form: FormAction<unknown>): string[] {
  const save = form.create ?? form.update;
  return save ? Object.keys(shapeOf(save.mutation.schema)) : [];
}

const refusedOn = (fieldErrors: Record<string, string[]> | undefined, field: string) =>
  Object.keys(fieldErrors ?? {}).some((key) => key === field || key.startsWith(`${field}.`));

// Check boxes: present means ticked, whatever the value; nothing of it is stored.
const CHECKBOXES = new Set(["attendanceRequired", "allBelow", "cascade", "confirmQuota", "confirmEarly"]);

describe("a NUL byte", () => {
  it("in any field of any form is a message on that field", async () => {
    const forms = await allForms();
    expect(forms.size).toBeGreaterThan(15);
    for (const main of [officialForm, unitForm, sectionForm, organisationForm]) {
      expect([...forms.values()]).toContain(main);
    }
    const missed: string[] = [];
    for (const [name, form] of forms) {
      for (const field of fieldsOfForm(form).filter((field) => !CHECKBOXES.has(field))) {
        const outcome = await runForm(
          form,
          formData({ [field]: "Sekretariat\u0000KPU" }),
          context(userFor(form)),
        );
        expect(outcome.ok, `${name} ${field}`).toBe(false);
        if (!refusedOn(outcome.fieldErrors, field)) missed.push(`${name}.${field}`);
      }
    }
    expect(missed).toEqual([]);
  });

  it("in a text field of a form otherwise valid: the message names the characters, nothing is written", async () => {
    const before = await prisma.section.count();
    const outcome = await runForm(
      sectionForm,
      formData({
        unitId: units.regencyA.id,
        name: "Sub Bagian\u0000Umum",
        kind: "SUB_BAGIAN",
        staffQuota: "3",
      }),
      context(admin),
    );
    expect(outcome.ok).toBe(false);
    expect(outcome.fieldErrors?.name).toEqual([t("validation.controlCharacters")]);
    expect(await prisma.section.count()).toBe(before);
  });

  it("in the officials list's search and every other parameter, and in the export's, is ignored: no 500", async () => {
    for (const key of Object.keys(listParamsSchema.shape)) {
      const params = parseListParams({ [key]: "\u0000" });
      await expect(listOfficials(admin, params)).resolves.toBeDefined();
    }
    expect(parseListParams({ q: "Siti\u0000" }).q).toBeUndefined();
    for (const format of ["csv", "xlsx"]) {
      const response = await exportResponse(admin, new URLSearchParams(`q=%00&unit=%00&format=${format}`));
      expect(response.status).toBe(200);
      expect((await response.arrayBuffer()).byteLength).toBeGreaterThan(0);
    }
  });
});

describe("values that used to be rewritten or taken", () => {
  const officialFields = () => ({
    name: "Baiq Uji Tanggal",
    gender: "FEMALE",
    employmentType: "NON_ASN",
    status: "ACTIVE",
    unitId: units.regencyA.id,
  });

  it("a birth date 9999-12-31, 0085-03-04 or 2026-02-30 is refused on the field, not stored as another date", async () => {
    for (const birthDate of ["9999-12-31", "0085-03-04", "2026-02-30"]) {
      const outcome = await runForm(
        officialForm,
        formData({ ...officialFields(), birthDate }),
        context(admin),
      );
      expect(outcome.ok, birthDate).toBe(false);
      expect(outcome.fieldErrors?.birthDate, birthDate).toHaveLength(1);
    }
    expect(await prisma.official.count({ where: { name: "Baiq Uji Tanggal" } })).toBe(0);
  });

  it("a move starting 9999-12-31 is refused on the date", async () => {
    const official = await factory.createOfficial(units.regencyA.id);
    const outcome = await runForm(
      moveForm,
      formData({ id: official.id, version: "1", unitId: units.regencyB.id, startDate: "9999-12-31" }),
      context(admin),
    );
    expect(outcome.ok).toBe(false);
    expect(outcome.fieldErrors?.startDate).toHaveLength(1);
    expect((await prisma.official.findUniqueOrThrow({ where: { id: official.id } })).unitId).toBe(
      units.regencyA.id,
    );
  });

  it("0x10 and 1e3 in a number field are refused, not read as 16 and 1000", async () => {
    for (const staffQuota of ["0x10", "1e3"]) {
      const outcome = await runForm(
        sectionForm,
        formData({
          unitId: units.regencyA.id,
          name: `Sub Bagian ${staffQuota}`,
          kind: "SUB_BAGIAN",
          staffQuota,
        }),
        context(admin),
      );
      expect(outcome.fieldErrors?.staffQuota, staffQuota).toEqual([t("validation.wholeNumber")]);
    }
    expect(
      await prisma.section.count({
        where: { unitId: units.regencyA.id, name: { startsWith: "Sub Bagian 0x" } },
      }),
    ).toBe(0);
  });
});

describe("arbitrary input through a form", () => {
  const hostile = fc.oneof(
    fc.string({ unit: "binary", maxLength: 300 }),
    fc.constantFrom(
      "",
      "0x10",
      "1e3",
      "9999-12-31",
      "SUB_BAGIAN",
      "BAGIAN",
      "3",
      "-1",
      "Asia/Makassar",
      "\u0000",
    ),
  );

  it("never writes part of a record: either the whole save and its audit entry, or nothing", async () => {
    const cases: [FormAction<unknown>, () => Record<string, string>, () => Promise<number>][] = [
      [
        sectionForm,
        () => ({
          unitId: units.regencyA.id,
          name: `Sub Bagian Acak ${factory.uniqueSuffix()}`,
          kind: "SUB_BAGIAN",
          staffQuota: "2",
        }),
        () => prisma.section.count(),
      ],
      [
        organisationForm,
        () => ({ name: `Organisasi Acak ${factory.uniqueSuffix()}`, category: "UNIVERSITY" }),
        () => prisma.stakeholderOrganisation.count(),
      ],
      [
        officialForm,
        () => ({
          name: `Pegawai Acak ${factory.uniqueSuffix()}`,
          gender: "MALE",
          employmentType: "NON_ASN",
          status: "ACTIVE",
          unitId: units.regencyA.id,
        }),
        () => prisma.official.count(),
      ],
    ];
    for (const [form, valid, count] of cases) {
      const fields = fieldsOfForm(form).filter((field) => field !== "id" && field !== "version");
      await fc.assert(
        fc.asyncProperty(
          fc.dictionary(fc.constantFrom(...fields), hostile, { maxKeys: 3 }),
          async (changes) => {
            const [records, audits] = [await count(), await prisma.auditLog.count()];
            const outcome = await runForm(form, formData({ ...valid(), ...changes }), context(admin));
            const [recordsAfter, auditsAfter] = [await count(), await prisma.auditLog.count()];
            if (outcome.ok) {
              expect(recordsAfter).toBe(records + 1);
              expect(auditsAfter).toBeGreaterThan(audits);
            } else {
              expect(recordsAfter).toBe(records);
              expect(auditsAfter).toBe(audits);
            }
          },
        ),
        { numRuns: 15, seed: 11 },
      );
    }
  }, 120_000);
});

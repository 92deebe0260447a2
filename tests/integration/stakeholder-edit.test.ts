/**
 * Issue 9, ubah data instansi: the organisation page's edit form, through the form's own server-action body
 * (runForm). Renaming into another record's name within the province is refused on the name field with a message
 * naming that record and its keeper; its own name written differently is no duplicate; a stale form is refused.
 */
import { createTranslator } from "use-intl/core";
import { describe, expect, it } from "vitest";
import { runForm } from "@/lib/actions/form-action";
import type { SubmitContext } from "@/lib/actions/submit";
import type { CurrentUser } from "@/lib/auth/types";
import { prisma } from "@/lib/db/client";
import { messagesFor } from "@/lib/i18n/messages";
import type { Translate } from "@/lib/i18n/translate";
import { saveOrganisation } from "@/lib/stakeholders/stakeholder-mutations";
import { organisationForm } from "@/lib/stakeholders/form-actions";
import { createProvinceWithRegencies, createUser, currentUser } from "./db-utils";

const t = createTranslator({ locale: "id", messages: messagesFor("id") }) as unknown as Translate;
const context = (user: CurrentUser): SubmitContext => ({ user, t, revalidatePath: () => undefined });

function formData(values: Record<string, string | number>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(values)) data.set(name, String(value));
  return data;
}

async function registered(user: CurrentUser, name: string) {
  const result = await saveOrganisation.execute(user, { name, category: "ELECTION_BODY" });
  if (!result.ok) throw new Error(`not registered: ${JSON.stringify(result)}`);
  return prisma.stakeholderOrganisation.findUniqueOrThrow({ where: { id: result.data.id } });
}

describe("editing an organisation", () => {
  it("refuses a rename into another record's name, naming it and its keeper, and saves a real correction", async () => {
    const { province, regencyA } = await createProvinceWithRegencies();
    const sekprov = await currentUser((await createUser({ role: "SECRETARY", unitId: province.id })).id);
    const sekkab = await currentUser((await createUser({ role: "STAFF", unitId: regencyA.id })).id);
    const existing = await registered(sekkab, "Bawaslu Kabupaten Sumbawa");
    const record = await registered(sekprov, "Polda NTB");
    const edit = (values: Record<string, string | number>) =>
      runForm(
        organisationForm,
        formData({ id: record.id, category: "LAW_ENFORCEMENT", ...values }),
        context(sekprov),
      );

    const refused = await edit({ version: 1, name: "Kantor BAWASLU Kab. Sumbawa" });
    const message = t("stakeholders.errors.duplicate", { name: existing.name, unit: regencyA.name });
    expect(message).toContain("“Bawaslu Kabupaten Sumbawa” oleh");
    expect(refused).toEqual({ ok: false, message, fieldErrors: { name: [message] } });
    expect(await prisma.stakeholderOrganisation.findUniqueOrThrow({ where: { id: record.id } })).toEqual(
      record,
    );
    expect(
      await prisma.auditLog.count({ where: { entityId: record.id, action: "stakeholder.update" } }),
    ).toBe(0);

    // Its own name written another way is no duplicate; the correction is saved and audited.
    const saved = await edit({ version: 1, name: "POLDA ntb", phone: "0370 123456" });
    expect(saved).toMatchObject({ ok: true, open: `/kegiatan/pemangku-kepentingan/${record.id}` });
    expect(
      await prisma.stakeholderOrganisation.findUniqueOrThrow({ where: { id: record.id } }),
    ).toMatchObject({
      name: "POLDA ntb",
      nameKey: record.nameKey,
      category: "LAW_ENFORCEMENT",
      phone: "0370 123456",
      version: 2,
    });
    expect(
      await prisma.auditLog.count({ where: { entityId: record.id, action: "stakeholder.update" } }),
    ).toBe(1);

    // A form opened before that save is told what changed instead of overwriting it.
    const stale = await edit({ version: 1, name: "Kepolisian Daerah NTB" });
    expect(stale.ok).toBe(false);
    expect(stale.message).toContain(t("stakeholders.fields.name"));
    expect(
      await prisma.stakeholderOrganisation.findUniqueOrThrow({ where: { id: record.id } }),
    ).toMatchObject({
      name: "POLDA ntb",
      version: 2,
    });
  });
});

import { createTranslator } from "use-intl/core";
import { describe, expect, it } from "vitest";
import { messagesFor } from "@/lib/i18n/messages";
import type { Translate } from "@/lib/i18n/translate";
import { posturePdfResponse } from "@/lib/units/posture-pdf";
import { DEFAULT_POSTURE_SORT } from "@/lib/units/posture-sort";
import { getPostureView } from "@/lib/units/posture-view";
import { pdfText } from "../support/pdf-text";
import { createOfficial, createUnit, createUser, currentUser } from "./db-utils";

const t = createTranslator({ locale: "id", messages: messagesFor("id") }) as unknown as Translate;

/** A national unit over two provinces of two regencies each: a scope spanning several provinces. */
async function nationalScope() {
  const national = await createUnit({ level: "NATIONAL" });
  const provinces = [];
  for (let p = 0; p < 2; p += 1) {
    const province = await createUnit({ parent: national });
    const regencies = [await createUnit({ parent: province }), await createUnit({ parent: province })];
    provinces.push({ province, regencies });
  }
  return { national, provinces };
}

describe("the posture page at national scope (issue 13)", () => {
  it("gives a national user one row per province summing its units, and the national unit on its own", async () => {
    const { national, provinces } = await nationalScope();
    const [first, second] = provinces;
    await createOfficial(first!.province.id);
    await createOfficial(first!.regencies[0]!.id);
    await createOfficial(first!.regencies[1]!.id, { employmentType: "NON_ASN" });
    await createOfficial(second!.regencies[0]!.id);
    const user = await currentUser((await createUser({ role: "ADMINISTRATOR", unitId: national.id })).id);

    const view = (await getPostureView(user, undefined, DEFAULT_POSTURE_SORT))!;
    expect(view.rolledUp).toBe(true);
    expect(view.unitCount).toBe(7);
    expect(view.rows[0]!.id).toBe(national.id);
    expect(
      view.rows
        .slice(1)
        .map((row) => row.id)
        .sort(),
    ).toEqual(provinces.map((p) => p.province.id).sort());
    const firstRow = view.rows.find((row) => row.id === first!.province.id)!;
    expect(firstRow).toMatchObject({ unitCount: 3, href: `?provinsi=${first!.province.code}` });
    expect(firstRow.figures.asn.staff).toBe(2);
    expect(firstRow.figures.support.staff).toBe(1);
    expect(view.rows.find((row) => row.id === second!.province.id)!.figures.asn.staff).toBe(1);
  });

  it("drills down into one province's units and nothing else; a province out of scope is not found", async () => {
    const { national, provinces } = await nationalScope();
    const [first, second] = provinces;
    const admin = await currentUser((await createUser({ role: "ADMINISTRATOR", unitId: national.id })).id);

    const view = (await getPostureView(admin, first!.province.code, DEFAULT_POSTURE_SORT))!;
    expect(view).toMatchObject({ rolledUp: false, province: { code: first!.province.code }, unitCount: 3 });
    expect(view.rows.map((row) => row.id).sort()).toEqual(
      [first!.province.id, ...first!.regencies.map((unit) => unit.id)].sort(),
    );
    expect(view.rows.every((row) => row.href === undefined)).toBe(true);

    // The secretary of the first province neither sees the second nor gets a roll-up of their own one.
    const secretary = await currentUser(
      (await createUser({ role: "SECRETARY", unitId: first!.province.id })).id,
    );
    expect(await getPostureView(secretary, second!.province.code, DEFAULT_POSTURE_SORT)).toBeNull();
    const own = (await getPostureView(secretary, undefined, DEFAULT_POSTURE_SORT))!;
    expect(own.rolledUp).toBe(false);
    expect(own.rows).toHaveLength(3);
    // A regency's staff asking for their province gets their own unit only.
    const staff = await currentUser(
      (await createUser({ role: "STAFF", unitId: first!.regencies[0]!.id })).id,
    );
    const regency = (await getPostureView(staff, first!.province.code, DEFAULT_POSTURE_SORT))!;
    expect(regency.rows.map((row) => row.id)).toEqual([first!.regencies[0]!.id]);
    // Not a province, or not a region code at all: not found.
    expect(await getPostureView(admin, first!.regencies[0]!.code, DEFAULT_POSTURE_SORT)).toBeNull();
    expect(await getPostureView(admin, "52'--", DEFAULT_POSTURE_SORT)).toBeNull();
    expect(await getPostureView(admin, ["52", "53"], DEFAULT_POSTURE_SORT)).toBeNull();
  });

  it("prints what the page shows: the provinces for a national user, a province's units when drilled into", async () => {
    const { national, provinces } = await nationalScope();
    const [first, second] = provinces;
    const admin = await currentUser((await createUser({ role: "ADMINISTRATOR", unitId: national.id })).id);
    const print = async (query: string) =>
      posturePdfResponse(admin, new URLSearchParams(query), { t, locale: "id", now: new Date() });

    const all = pdfText(new Uint8Array(await (await print("")).arrayBuffer()));
    expect(all).toContain("7 satuan kerja dalam cakupan");
    expect(all).toContain(first!.province.shortName);
    expect(all).not.toContain(first!.regencies[0]!.shortName);

    const drilled = pdfText(
      new Uint8Array(await (await print(`provinsi=${second!.province.code}`)).arrayBuffer()),
    );
    expect(drilled).toContain("3 satuan kerja dalam cakupan");
    expect(drilled).toContain(second!.regencies[1]!.shortName);
    expect(drilled).not.toContain(first!.province.shortName);
    expect((await print("provinsi=zz")).status).toBe(404);
  });
});

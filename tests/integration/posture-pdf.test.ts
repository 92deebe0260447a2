import { createTranslator } from "use-intl/core";
import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { messagesFor } from "@/lib/i18n/messages";
import type { Translate } from "@/lib/i18n/translate";
import { posturePdfResponse } from "@/lib/units/posture-pdf";
import { pdfText } from "../support/pdf-text";
import { createProvinceWithRegencies, createUser, currentUser } from "./db-utils";

const t = createTranslator({ locale: "id", messages: messagesFor("id") }) as unknown as Translate;
// Friday 11 March 2022, 10.15 WITA.
const now = new Date("2022-03-11T02:15:00Z");

describe("the staffing posture as a PDF", () => {
  it("prints every unit of a province user's scope on the province's letterhead, inline, as application/pdf", async () => {
    const { province, regencyA, regencyB } = await createProvinceWithRegencies();
    await prisma.workUnit.update({
      where: { id: province.id },
      data: { address: "Jl. Langko No. 72, Mataram" },
    });
    const user = await currentUser((await createUser({ role: "SECRETARY", unitId: province.id })).id);

    const response = await posturePdfResponse(user, new URLSearchParams("sort=unit&dir=desc"), {
      t,
      locale: "id",
      now,
    });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/pdf");
    expect(response.headers.get("content-disposition")).toBe(
      `inline; filename="posisi-sdm-${province.code}-2022-03-11.pdf"; filename*=UTF-8''posisi-sdm-${province.code}-2022-03-11.pdf`,
    );
    const pdf = new Uint8Array(await response.arrayBuffer());
    expect(Buffer.from(pdf.subarray(0, 5)).toString("latin1")).toBe("%PDF-");

    const text = pdfText(pdf);
    expect(text).toContain("KOMISI PEMILIHAN UMUM");
    expect(text).toContain(province.name.toUpperCase());
    expect(text).toContain("Jl. Langko No. 72, Mataram");
    expect(text).toContain("Dicetak Jumat, 11 Maret 2022 pukul 10.15 WITA");
    expect(text).toContain("Halaman 1 dari 1");
    // Sorted as the page was: by name, descending within each level.
    const [first, second] = [regencyA, regencyB]
      .map((unit) => unit.shortName)
      .sort()
      .reverse();
    expect(text.indexOf(first!)).toBeLessThan(text.indexOf(second!));
    expect(text.indexOf(province.shortName)).toBeLessThan(text.indexOf(first!));
  });

  it("holds only the user's own unit for a regency user; signed out is 401", async () => {
    const { regencyA, regencyB } = await createProvinceWithRegencies();
    const user = await currentUser((await createUser({ role: "STAFF", unitId: regencyA.id })).id);
    const response = await posturePdfResponse(user, new URLSearchParams(), { t, locale: "id", now });
    const text = pdfText(new Uint8Array(await response.arrayBuffer()));
    expect(text).toContain(regencyA.shortName);
    expect(text).not.toContain(regencyB.shortName);
    expect(text).toContain("1 satuan kerja dalam cakupan");

    expect((await posturePdfResponse(null, new URLSearchParams(), { t, locale: "id", now })).status).toBe(
      401,
    );
  });
});

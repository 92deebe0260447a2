import type { Locator, Page } from "@playwright/test";
import { expect, login, test } from "./fixtures";

/** The posture table's row of a unit, found by the link in its row header (its short name). */
function unitRow(page: Page, shortName: string): Locator {
  return page
    .getByRole("table")
    .getByRole("row")
    .filter({ has: page.getByRole("link", { name: shortName, exact: true }) });
}

/** Cells after the row header: structural, vacant, ASN / quota, ASN shortfall, support / quota. */
const VACANT = 1;
const ASN = 2;
const SHORTFALL = 3;
const SUPPORT = 4;

/** "11 dari 14" → [11, 14]. */
async function staffOfQuota(cell: Locator): Promise<[number, number]> {
  const match = /(\d+) dari (\d+)/.exec(await cell.innerText());
  if (!match) throw new Error(`no "n dari m" in ${await cell.innerText()}`);
  return [Number(match[1]), Number(match[2])];
}

test.describe("staffing posture (posisi SDM)", () => {
  test("the province sees Sumbawa structurally complete, under quota, support staff 11 of 12", async ({
    page,
  }) => {
    await login(page, "stafprov");
    await page.goto("/satuan-kerja");
    await page.getByRole("link", { name: /Posisi SDM seluruh satuan kerja/ }).click();

    await expect(page.getByRole("heading", { level: 1, name: "Posisi SDM" })).toBeVisible();
    const sumbawa = unitRow(page, "KPU Kabupaten Sumbawa");
    await expect(sumbawa).toContainText("Struktur lengkap");
    const cells = sumbawa.getByRole("cell");
    const [staff, quota] = await staffOfQuota(cells.nth(ASN));
    expect(staff).toBeLessThan(quota);
    await expect(cells.nth(SHORTFALL)).toHaveText(new RegExp(`kurang ${quota - staff}$`));
    await expect(cells.nth(SUPPORT)).toContainText("11 dari 12");
    await expect(cells.nth(SUPPORT)).toContainText("kurang 1");
    // A unit with a vacant structural post says so in words, not only in colour.
    await expect(unitRow(page, "KPU Kabupaten Dompu")).toContainText("belum lengkap");
    await expect(unitRow(page, "KPU Kabupaten Dompu").getByRole("cell").nth(VACANT)).toHaveText("1");
    await expect(page.getByRole("table").getByRole("row").last()).toContainText("Jumlah");
  });

  test("a unit's bars are its staff and quota against the largest figure, in the legend's colours", async ({
    page,
  }) => {
    await login(page, "stafprov");
    await page.goto("/satuan-kerja/posisi-sdm");
    const [staff, quota] = await staffOfQuota(
      unitRow(page, "KPU Kabupaten Sumbawa").getByRole("cell").nth(ASN),
    );
    // The chart's scale: the largest ASN or quota figure of any unit in the table (not the totals row).
    const figures = await page
      .locator("tbody tr")
      .evaluateAll(
        (rows, column) =>
          rows.flatMap((row) =>
            (/(\d+) dari (\d+)/.exec(row.querySelectorAll("td")[column]?.textContent ?? "") ?? [])
              .slice(1)
              .map(Number),
          ),
        ASN,
      );
    const largest = Math.max(...figures);
    const chart = page.locator("figure").first();
    const bars = chart
      .locator("li")
      .filter({ hasText: /^KPU Kabupaten Sumbawa$/ })
      .locator("span")
      .last();
    // Staff above quota: one element's two backgrounds, their widths in percent of the scale.
    const style = await bars.evaluate((element) => {
      const { backgroundSize, backgroundImage } = getComputedStyle(element);
      return { backgroundSize, backgroundImage };
    });
    const widths = [...style.backgroundSize.matchAll(/([\d.]+)%/g)].map((match) => Number(match[1]));
    expect(widths).toHaveLength(2);
    expect(widths[0]).toBeCloseTo((staff / largest) * 100, 0);
    expect(widths[1]).toBeCloseTo((quota / largest) * 100, 0);
    const [staffColour, quotaColour] = await chart
      .locator("span.inline-block")
      .evaluateAll((swatches) => swatches.map((swatch) => getComputedStyle(swatch).backgroundColor));
    expect(staffColour).not.toBe(quotaColour);
    expect(style.backgroundImage).toBe(
      `linear-gradient(${staffColour}, ${staffColour}), linear-gradient(${quotaColour}, ${quotaColour})`,
    );
  });

  test("sorting by ASN shortfall is a link that keeps the order in the URL", async ({ page }) => {
    await login(page, "stafprov");
    await page.goto("/satuan-kerja/posisi-sdm");

    await page
      .getByRole("columnheader", { name: /Kekurangan ASN/ })
      .getByRole("link")
      .click();

    await expect(page).toHaveURL(/sort=shortfall&dir=desc/);
    await expect(page.getByRole("columnheader", { name: /Kekurangan ASN/ })).toHaveAttribute(
      "aria-sort",
      "descending",
    );
    const shortfalls = await page
      .locator("tbody tr")
      .evaluateAll((rows) =>
        rows.map((row) =>
          Number(/kurang (\d+)/.exec(row.querySelectorAll("td")[3]?.textContent ?? "")?.[1] ?? 0),
        ),
      );
    expect(shortfalls).toEqual([...shortfalls].sort((a, b) => b - a));
  });

  test("a section's quota changed on Kota Mataram's page changes the posture table", async ({ page }) => {
    await login(page, "stafprov");
    await page.goto("/satuan-kerja/posisi-sdm");
    const [staffBefore, quotaBefore] = await staffOfQuota(
      unitRow(page, "KPU Kota Mataram").getByRole("cell").nth(ASN),
    );

    await page.goto("/satuan-kerja/5271");
    await page.getByRole("link", { name: "Ubah Keuangan, Umum dan Logistik" }).click();
    const quotaField = page.getByLabel("Kuota pegawai (formasi)");
    const sectionQuota = Number(await quotaField.inputValue());

    // A refused value stays in the field with its message.
    await quotaField.fill("-1");
    await page.getByRole("button", { name: "Simpan" }).click();
    await expect(quotaField).toHaveAccessibleDescription(/Kuota tidak boleh kurang dari 0\./);
    await expect(quotaField).toHaveValue("-1");

    await quotaField.fill(String(sectionQuota + 2));
    await page.getByRole("button", { name: "Simpan" }).click();
    await expect(page).toHaveURL(/\/satuan-kerja\/5271$/);
    const history = page.getByRole("region", { name: "Riwayat perubahan" });
    // The record's history uses the audit trail's view: the section by its name, the field by its form label.
    await expect(history).toContainText("Keuangan, Umum dan Logistik");
    await expect(history).toContainText(new RegExp(`Kuota[^:]*: ${sectionQuota} → ${sectionQuota + 2}`));

    await page.goto("/satuan-kerja/posisi-sdm");
    const cells = unitRow(page, "KPU Kota Mataram").getByRole("cell");
    await expect(cells.nth(ASN)).toContainText(`${staffBefore} dari ${quotaBefore + 2}`);
    await expect(cells.nth(SHORTFALL)).toHaveText(new RegExp(`kurang ${quotaBefore + 2 - staffBefore}$`));
  });

  test("a regency's staff sees only its own unit's posture and cannot edit", async ({ page }) => {
    await login(page, "staf.mataram");
    await page.goto("/satuan-kerja/posisi-sdm");

    await expect(page.locator("tbody tr")).toHaveCount(1);
    await expect(unitRow(page, "KPU Kota Mataram")).toBeVisible();

    await page.goto("/satuan-kerja/5271");
    await expect(page.getByRole("link", { name: "Ubah", exact: true })).toHaveCount(0);
    const response = await page.goto("/satuan-kerja/5271/ubah");
    expect(response?.status()).toBe(404);
  });
});

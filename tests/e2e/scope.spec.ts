import { expect, login, test } from "./fixtures";

/** Region codes of the demo units: the province (52), KPU Sumbawa (5204) and KPU Kota Mataram (5271). */
const PROVINCE = "52";
const SUMBAWA = "5204";
const MATARAM = "5271";

test.describe("a regency's staff sees only its own unit", () => {
  test.beforeEach(async ({ page }) => {
    await login(page, "staf.mataram");
  });

  test("its own unit page is there", async ({ page }) => {
    const response = await page.goto(`/satuan-kerja/${MATARAM}`);
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("main")).toContainText("Mataram");
  });

  test("another regency's unit page does not exist for it", async ({ page }) => {
    const response = await page.goto(`/satuan-kerja/${SUMBAWA}`);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "Halaman tidak ditemukan" })).toBeVisible();
    await page.getByRole("link", { name: "Kembali ke Beranda" }).click();
    await expect(page).toHaveURL(/\/$/);
    await expect(page.getByTestId("unit-name")).toBeVisible();
  });

  test("the province's unit page does not exist for it", async ({ page }) => {
    const response = await page.goto(`/satuan-kerja/${PROVINCE}`);
    expect(response?.status()).toBe(404);
  });

  test("the audit trail does not exist for it", async ({ page }) => {
    const response = await page.goto("/audit");
    expect(response?.status()).toBe(404);
  });
});

test.describe("the province's secretary sees the regencies below it", () => {
  test("a regency's unit page is there", async ({ page }) => {
    await login(page, "sekprov");

    const response = await page.goto(`/satuan-kerja/${SUMBAWA}`);
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("main")).toContainText("Sumbawa");
  });

  test("the audit trail is there", async ({ page }) => {
    await login(page, "sekprov");

    const response = await page.goto("/audit");
    expect(response?.status()).toBe(200);
  });
});

test("a signed-out visit to a unit page is sent to the sign-in page", async ({ page }) => {
  await page.goto(`/satuan-kerja/${MATARAM}`);

  await expect(page).toHaveURL(/\/login/);
});

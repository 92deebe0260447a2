import { expect, login, test } from "./fixtures";

/** Demo officials (lib/seed ids): the first of KPU Sumbawa (5204) and of KPU Kota Mataram (5271). */
const SUMBAWA_OFFICIAL = "demo-off-5204-01";
const MATARAM_OFFICIAL = "demo-off-5271-01";

test("a clerk is told what is wrong with a NIP, fixes it, saves, and lands on the new record", async ({
  page,
}) => {
  // A sequence no demo official has, so that reruns against a kept database do not collide.
  const sequence = String(900 + Math.floor(Math.random() * 100));
  const name = `Dra. Baiq Uji Rekam ${sequence}, M.Si.`;
  await login(page, "sekkab.sumbawa");
  await page.goto("/pegawai/baru");

  await page.getByLabel("Nama", { exact: true }).fill(name);
  await page.getByLabel("Pangkat/golongan").selectOption({ label: "Penata Muda (III/a)" });
  const nip = page.getByLabel("NIP", { exact: true });
  // Digit 15 is the gender: 3 means nothing.
  await nip.fill(`19850314 201003 3 ${sequence}`);
  await expect(nip).toHaveAccessibleDescription(/Digit ke-15 NIP harus 1 \(laki-laki\) atau 2 \(perempuan\)/);
  await page.getByRole("button", { name: "Simpan" }).click();

  await expect(page.locator("form").getByRole("alert")).toContainText("Periksa kembali isian yang ditandai");
  await expect(nip).toHaveAttribute("aria-invalid", "true");
  await expect(nip).toHaveAccessibleDescription(/Digit ke-15 NIP harus 1/);
  await expect(page.getByLabel("Nama", { exact: true })).toHaveValue(name);

  await nip.fill(`19850314 201003 2 ${sequence}`);
  await expect(nip).toHaveAccessibleDescription(/14 Maret 1985.*Maret 2010.*Perempuan/);
  await page.getByRole("button", { name: "Simpan" }).click();

  await expect(page).toHaveURL(/\/pegawai\/(?!baru)[^/]+$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);
  const personal = page.getByRole("region", { name: "Data pribadi" });
  await expect(personal).toContainText(`19850314 201003 2 ${sequence}`);
  await expect(personal).toContainText("KPU Kabupaten Sumbawa");
});

test.describe("a regency secretary and officials of other regencies", () => {
  test.beforeEach(async ({ page }) => {
    await login(page, "sekkab.sumbawa");
  });

  test("its own unit's official is there, with the record's sections", async ({ page }) => {
    const response = await page.goto(`/pegawai/${SUMBAWA_OFFICIAL}`);
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("region", { name: "Riwayat jabatan" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Mutasi" })).toBeVisible();
  });

  test("another regency's official does not exist for it, nor its edit form", async ({ page }) => {
    expect((await page.goto(`/pegawai/${MATARAM_OFFICIAL}`))?.status()).toBe(404);
    expect((await page.goto(`/pegawai/${MATARAM_OFFICIAL}/ubah`))?.status()).toBe(404);
  });
});

import { expect, login, test } from "./fixtures";

/** A pelaksana of KPU Sumbawa in the demo data (lib/seed ids), whom no other test changes. */
const OFFICIAL = "demo-off-5204-08";

/** 40 days ahead: as YYYY-MM-DD for the date field, and as the record writes it ("9 Januari 2027"). */
function retirementDate() {
  const date = new Date(Date.now() + 40 * 86_400_000);
  return {
    iso: date.toISOString().slice(0, 10),
    long: new Intl.DateTimeFormat("id-ID", { dateStyle: "long", timeZone: "UTC" }).format(
      new Date(`${date.toISOString().slice(0, 10)}T00:00:00Z`),
    ),
  };
}

test("a retirement dated next month is scheduled, not done, and can be cancelled", async ({ page }) => {
  const { iso, long } = retirementDate();
  await login(page, "sekkab.sumbawa");
  await page.goto(`/pegawai/${OFFICIAL}`);
  const current = page.getByRole("region", { name: "Jabatan saat ini" });
  await expect(current).toContainText("Pengelola Data Teknis Penyelenggaraan Pemilu");

  await page.getByRole("link", { name: "Pensiun" }).click();
  await page.getByLabel("Berlaku mulai (TMT)").fill(iso);
  await page.getByRole("button", { name: "Simpan" }).click();
  // The demo official is far from the retirement age: the form says so and asks to confirm.
  const confirm = page.getByLabel("Tetap simpan sebagai pensiun sebelum batas usia");
  await expect(page.getByText(/sebelum batas usia pensiun jabatannya \(58 tahun\)/).first()).toBeVisible();
  await confirm.check();
  await page.getByRole("button", { name: "Simpan" }).click();

  await expect(page).toHaveURL(new RegExp(`/pegawai/${OFFICIAL}$`));
  const scheduled = page.getByRole("region", { name: "Perubahan terjadwal" });
  await expect(scheduled).toContainText(`Terjadwal: Pensiun mulai ${long}`);
  // Until then the official serves and holds the post.
  await expect(current).toContainText("Pengelola Data Teknis Penyelenggaraan Pemilu");
  await expect(page.getByText(/^Pensiun: riwayat tetap tersimpan/)).toHaveCount(0);

  // Beranda lists it among the unit's scheduled changes.
  await page.goto("/");
  const home = page.getByRole("region", { name: "Perubahan terjadwal" });
  await expect(
    home.getByRole("listitem").filter({ hasText: `Terjadwal: Pensiun mulai ${long}` }),
  ).toHaveCount(1);
  await home
    .getByRole("listitem")
    .filter({ hasText: `Pensiun mulai ${long}` })
    .getByRole("link")
    .click();

  await expect(page).toHaveURL(new RegExp(`/pegawai/${OFFICIAL}$`));
  await page
    .getByRole("form", { name: `Batalkan perubahan terjadwal mulai ${long}` })
    .getByRole("button", { name: "Batalkan" })
    .click();
  await expect(page.getByRole("status").filter({ hasText: "Perubahan terjadwal dibatalkan" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Perubahan terjadwal" })).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Mutasi" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Riwayat jabatan" })).toContainText("sekarang");
});

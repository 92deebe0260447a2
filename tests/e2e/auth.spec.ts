import { expect, login, loginForm, mainNavigation, test } from "./fixtures";

const EVERYONE = [
  "Beranda",
  "Pegawai",
  "Satuan Kerja",
  "Pelantikan",
  "Supervisi",
  "Tindak Lanjut",
  "Kegiatan",
  "Kalender",
  "Berita",
];
const WITH_AUDIT = [...EVERYONE, "Audit"];
// Administrators anywhere, and secretaries for their own units, manage accounts (Pengguna).
const MANAGERS = [...WITH_AUDIT, "Pengguna"];

/** The demo accounts (lib/seed DEMO_LOGINS): the unit each one's header names, and the navigation it must see. */
const DEMO_ACCOUNTS = [
  { username: "admin", unit: "KPU Provinsi NTB", nav: MANAGERS },
  { username: "sekprov", unit: "KPU Provinsi NTB", nav: MANAGERS },
  { username: "stafprov", unit: "KPU Provinsi NTB", nav: EVERYONE },
  { username: "sekkab.sumbawa", unit: "KPU Kabupaten Sumbawa", nav: MANAGERS },
  { username: "staf.mataram", unit: "KPU Kota Mataram", nav: EVERYONE },
  { username: "pemantau", unit: "KPU Provinsi NTB", nav: EVERYONE },
];

test.describe("signing in", () => {
  for (const account of DEMO_ACCOUNTS) {
    test(`${account.username} lands on Beranda and sees exactly its own navigation`, async ({ page }) => {
      await login(page, account.username);

      await expect(page.getByRole("banner")).toContainText(account.unit);
      await expect(mainNavigation(page).getByRole("link")).toHaveText(account.nav);
    });
  }

  test("a wrong password is refused with a message in the form", async ({ page }) => {
    await page.goto("/login");
    await page.getByLabel("Nama pengguna").fill("sekprov");
    await page.getByLabel("Kata sandi").fill("salah-sekali");
    await page.getByRole("button", { name: "Masuk" }).click();

    await expect(loginForm(page).getByRole("alert")).toHaveText("Nama pengguna atau kata sandi salah.");
    await expect(page).toHaveURL(/\/login/);
  });

  test("a crafted callbackUrl cannot send the user to another site", async ({ page, baseURL }) => {
    await page.goto("/login?callbackUrl=/%5Cevil.example/");
    await page.getByLabel("Nama pengguna").fill("stafprov");
    await page.getByLabel("Kata sandi").fill("kpuntb2026");
    await page.getByRole("button", { name: "Masuk" }).click();

    const home = new URL("/", baseURL);
    await expect(page).toHaveURL((url) => url.origin === home.origin && url.pathname === "/");
  });

  test("signing out returns to the sign-in page and ends the session", async ({ page }) => {
    // Signing out ends every session of the account (decision 015): an account the other specs rarely use.
    await login(page, "pemantau");

    await page.getByRole("button", { name: "Keluar" }).click();

    await expect(page).toHaveURL(/\/login/);
    await page.goto("/");
    await expect(page).toHaveURL(/\/login/);
  });

  test("a signed-out visit to Beranda is sent to the sign-in page", async ({ page }) => {
    await page.goto("/");

    await expect(page).toHaveURL(/\/login/);
    await expect(page.getByRole("button", { name: "Masuk" })).toBeVisible();
  });
});

test.describe("language", () => {
  test("the sign-in page switches to English", async ({ page }) => {
    await page.goto("/login");
    await expect(page.getByRole("button", { name: "Masuk" })).toBeVisible();

    await page.getByLabel("Bahasa", { exact: true }).selectOption({ label: "English" });

    await expect(page.getByRole("button", { name: "Sign in" })).toBeVisible();
    await expect(page.getByLabel("Language", { exact: true })).toBeVisible();
  });

  test("the header's switch changes the signed-in pages, and back", async ({ page }) => {
    await login(page, "sekkab.sumbawa");

    await page.getByRole("banner").getByLabel("Bahasa", { exact: true }).selectOption({ label: "English" });
    await expect(page.getByRole("banner").getByLabel("Language", { exact: true })).toBeVisible();

    await page
      .getByRole("banner")
      .getByLabel("Language", { exact: true })
      .selectOption({ label: "Bahasa Indonesia" });
    await expect(page.getByRole("banner").getByLabel("Bahasa", { exact: true })).toBeVisible();
    await expect(mainNavigation(page).getByRole("link", { name: "Beranda" })).toBeVisible();
  });
});

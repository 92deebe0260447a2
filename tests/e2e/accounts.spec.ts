import type { Browser, Page } from "@playwright/test";
import { expect, login, loginForm, mainNavigation, test } from "./fixtures";

/** Dompu (lib/seed unitId "5205"), as the form test uses: the posture test counts Sumbawa's officials. */
const DOMPU = "demo-unit-5205";

/** A new official in Dompu, made through the officials form; a name and NIP no demo official has. */
async function createOfficial(page: Page): Promise<string> {
  const sequence = String(100 + Math.floor(Math.random() * 900));
  const name = `Lalu Uji Akun ${sequence}${Math.floor(Math.random() * 1000)}`;
  await page.goto(`/pegawai/baru?unit=${DOMPU}`);
  await page.getByLabel("Nama", { exact: true }).fill(name);
  await page.getByLabel("Pangkat/golongan", { exact: true }).selectOption({ label: "Penata Muda (III/a)" });
  await page.getByLabel("NIP", { exact: true }).fill(`19910611 201903 1 ${sequence}`);
  await page.getByRole("button", { name: "Simpan" }).click();
  await expect(page).toHaveURL(/\/pegawai\/(?!baru)[^/]+$/);
  return name;
}

/** Pengguna → Tambah pengguna → find the official → name the account; returns the temporary password shown. */
async function createAccount(page: Page, officialName: string, username: string): Promise<string> {
  await mainNavigation(page).getByRole("link", { name: "Pengguna" }).click();
  await page.getByRole("link", { name: "Tambah pengguna" }).click();
  await page.getByLabel("Nama atau NIP pegawai").fill(officialName);
  await page.getByRole("button", { name: "Cari" }).click();
  await page.getByRole("link", { name: `Pilih ${officialName}` }).click();
  await expect(page.getByTestId("chosen-official")).toHaveText(officialName);
  await page.getByLabel("Nama pengguna").fill(username);
  await page.getByLabel("Peran").selectOption({ label: "Staf" });
  await page.getByRole("button", { name: "Buat akun" }).click();

  await expect(page.getByRole("status").filter({ hasText: "Akun dibuat." })).toBeVisible();
  const password = (await page.getByTestId("temporary-password").textContent())?.trim() ?? "";
  expect(password).toMatch(/^\S{14}$/);
  return password;
}

/** Signs in as the new account in a browser of its own, and replaces the temporary password as it is made to. */
async function firstSignIn(browser: Browser, username: string, temporary: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto("/login");
  await page.getByLabel("Nama pengguna").fill(username);
  await page.getByLabel("Kata sandi").fill(temporary);
  await page.getByRole("button", { name: "Masuk" }).click();

  await expect(page).toHaveURL(/\/akun\/kata-sandi$/);
  await expect(page.getByText("Anda masuk dengan kata sandi sementara.")).toBeVisible();
  // Nothing else opens before the password is replaced.
  await page.goto("/pegawai");
  await expect(page).toHaveURL(/\/akun\/kata-sandi$/);

  const newPassword = `Sembalun-Rinjani-${Math.floor(Math.random() * 1e6)}`;
  await page.getByLabel("Kata sandi saat ini").fill(temporary);
  await page.getByLabel("Kata sandi baru", { exact: true }).fill(username);
  await page.getByLabel("Ulangi kata sandi baru").fill(username);
  await page.getByRole("button", { name: "Ganti kata sandi" }).click();
  await expect(page.getByLabel("Kata sandi baru", { exact: true })).toHaveAccessibleDescription(
    /Kata sandi tidak boleh memuat nama pengguna/,
  );

  await page.getByLabel("Kata sandi baru", { exact: true }).fill(newPassword);
  await page.getByLabel("Ulangi kata sandi baru").fill(newPassword);
  await page.getByRole("button", { name: "Ganti kata sandi" }).click();
  await expect(page).toHaveURL((url) => url.pathname === "/");
  await expect(page.getByRole("status").filter({ hasText: "Kata sandi Anda telah diganti." })).toBeVisible();
  await page.goto("/pegawai");
  await expect(page).toHaveURL(/\/pegawai$/);
  return { context, page, newPassword };
}

function username(): string {
  return `uji.akun${Date.now().toString(36)}${Math.floor(Math.random() * 100)}`;
}

test("an administrator makes an account for an official; its first sign-in replaces the temporary password; deactivated, its open session ends", async ({
  page,
  browser,
}) => {
  // Two browsers, four sign-ins and two password changes, each a bcrypt hash: slow on a shared CI machine.
  test.slow();
  const name = username();
  await login(page, "admin");
  const officialName = await createOfficial(page);
  const temporary = await createAccount(page, officialName, name);

  const user = await firstSignIn(browser, name, temporary);

  await page.getByRole("link", { name: "Buka halaman akun" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(officialName);
  await page.getByRole("button", { name: "Nonaktifkan akun" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Akun dinonaktifkan." })).toBeVisible();
  await expect(page.getByTestId("account-status")).toHaveText("Nonaktif");

  await user.page.goto("/kegiatan");
  await expect(user.page).toHaveURL(/\/login\?sesi=berakhir$/);
  await expect(user.page.getByRole("status").filter({ hasText: "Sesi Anda telah berakhir." })).toBeVisible();
  await user.page.getByLabel("Nama pengguna").fill(name);
  await user.page.getByLabel("Kata sandi").fill(user.newPassword);
  await user.page.getByRole("button", { name: "Masuk" }).click();
  await expect(loginForm(user.page).getByRole("alert")).toBeVisible();
  await user.context.close();
});

test("after signing out, a copy of the old session cookie opens nothing", async ({ page, browser }) => {
  test.slow();
  const name = username();
  await login(page, "admin");
  const temporary = await createAccount(page, await createOfficial(page), name);
  const user = await firstSignIn(browser, name, temporary);
  const saved = await user.context.cookies();

  await user.page.getByRole("button", { name: "Keluar" }).click();
  await expect(user.page).toHaveURL(/\/login/);
  await expect(user.page.getByRole("status").filter({ hasText: "Anda telah keluar." })).toBeVisible();
  await user.context.close();

  const copy = await browser.newContext();
  await copy.addCookies(saved);
  const stolen = await copy.newPage();
  await stolen.goto("/pegawai");
  await expect(stolen).toHaveURL(/\/login\?sesi=berakhir$/);
  await expect(stolen.getByRole("status").filter({ hasText: "Sesi Anda telah berakhir." })).toBeVisible();
  await copy.close();
});

import { expect, type Page } from "@playwright/test";

export { expect, test } from "@playwright/test";

/** The demo accounts' password (lib/seed DEMO_LOGINS). */
export const DEMO_PASSWORD = "kpuntb2026";

/** The sign-in form: scoped, because Next adds its own role="alert" route announcer to every page. */
export function loginForm(page: Page) {
  return page.locator("form").filter({ has: page.getByLabel("Kata sandi") });
}

/** Signs in through the form and waits for Beranda. */
export async function login(page: Page, username: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto("/login");
  await page.getByLabel("Nama pengguna").fill(username);
  await page.getByLabel("Kata sandi").fill(password);
  await page.getByRole("button", { name: "Masuk" }).click();
  await expect(page).toHaveURL((url) => url.pathname === "/");
}

export function mainNavigation(page: Page) {
  return page.getByRole("navigation", { name: "Navigasi utama" });
}

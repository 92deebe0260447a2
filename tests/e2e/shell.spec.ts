import { expect, login, mainNavigation, test } from "./fixtures";

test("each page's title names the page and the user's secretariat; the header names the unit", async ({
  page,
}) => {
  await login(page, "sekkab.sumbawa");
  await expect(page).toHaveTitle("Sekretariat KPU Kabupaten Sumbawa");
  await expect(page.getByRole("banner")).toContainText("Sekretaris KPU Kabupaten Sumbawa");
  await mainNavigation(page).getByRole("link", { name: "Pegawai" }).click();
  await expect(page).toHaveTitle("Pegawai · Sekretariat KPU Kabupaten Sumbawa");
});

test("links in view are not prefetched, and a click still changes the page without reloading it", async ({
  page,
}) => {
  await login(page, "sekprov");
  const prefetches: string[] = [];
  page.on("request", (request) => {
    if (request.headers()["next-router-prefetch"]) prefetches.push(request.url());
  });
  await page.goto("/pegawai");
  await expect(page.getByRole("table")).toBeVisible();
  // The menu, the sort headers and every row are links in view; hovering one prefetched it too.
  await page.getByRole("table").getByRole("link").first().hover();
  await page.waitForLoadState("networkidle");
  expect(prefetches).toEqual([]);

  await page.evaluate(() => ((window as { notReloaded?: boolean }).notReloaded = true));
  await mainNavigation(page).getByRole("link", { name: "Satuan Kerja" }).click();
  await expect(page).toHaveURL(/\/satuan-kerja$/);
  expect(await page.evaluate(() => (window as { notReloaded?: boolean }).notReloaded)).toBe(true);
});

test("a regency sees only its own unit, so it is not offered the posture comparison of all units", async ({
  page,
}) => {
  await login(page, "sekkab.sumbawa");
  await page.goto("/satuan-kerja");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.getByRole("link", { name: /Posisi SDM/ })).toHaveCount(0);
  await page.goto("/satuan-kerja/5204");
  await expect(page.getByRole("heading", { level: 1, name: "KPU Kabupaten Sumbawa" })).toBeVisible();
  await expect(page.getByRole("link", { name: /Posisi SDM/ })).toHaveCount(0);
});

test.describe("on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test("the navigation folds into a menu that opens, leads to a module and closes; pages fit the screen", async ({
    page,
  }) => {
    await login(page, "sekprov");
    const nav = mainNavigation(page);
    const menu = nav.getByRole("button", { name: /^Menu/ });
    await expect(menu).toHaveAttribute("aria-expanded", "false");
    await expect(nav.getByRole("link", { name: "Pegawai" })).toBeHidden();
    await menu.click();
    await expect(menu).toHaveAttribute("aria-expanded", "true");
    await nav.getByRole("link", { name: "Satuan Kerja" }).click();
    await expect(page).toHaveURL(/\/satuan-kerja$/);
    await expect(menu).toHaveAttribute("aria-expanded", "false");
    await expect(menu).toContainText("Satuan Kerja");
    for (const url of ["/", "/satuan-kerja", "/satuan-kerja/5204", "/pegawai"]) {
      await page.goto(url);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(width, url).toBeLessThanOrEqual(390);
    }
  });
});

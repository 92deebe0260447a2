import { expect, login, test } from "./fixtures";

/** The demo province's secretary (lib/seed/units.ts) and KPU Sumbawa's region code. */
const PROVINCE_SECRETARY = "Lalu Wiradarma, S.E., M.M.";
const SUMBAWA = "5204";

function filters(page: import("@playwright/test").Page) {
  return page.getByRole("search", { name: "Cari dan saring pegawai" });
}

test.describe("the officials list for the province", () => {
  test.beforeEach(async ({ page }) => {
    await login(page, "sekprov");
    await page.goto("/pegawai");
  });

  test("searches by name without titles; the URL and a reload keep the search", async ({ page }) => {
    await filters(page).getByLabel("Cari nama atau NIP").fill("lalu wiradarma");
    await filters(page).getByRole("button", { name: "Terapkan" }).click();

    await expect(page).toHaveURL(/\/pegawai\?q=lalu\+wiradarma$/);
    const table = page.getByRole("table");
    await expect(table.getByRole("link", { name: PROVINCE_SECRETARY })).toBeVisible();
    await expect(page.getByRole("status").filter({ hasText: "pegawai" })).toHaveText("1 pegawai");

    await page.reload();
    await expect(filters(page).getByLabel("Cari nama atau NIP")).toHaveValue("lalu wiradarma");
    await expect(table.getByRole("link", { name: PROVINCE_SECRETARY })).toBeVisible();
  });

  test("filters by unit and status; the URL, a reload and the export links carry the filters", async ({
    page,
  }) => {
    await filters(page).getByLabel("Satuan kerja").selectOption(SUMBAWA);
    await filters(page).getByLabel("Status", { exact: true }).selectOption("all");
    await filters(page).getByRole("button", { name: "Terapkan" }).click();

    // Only what was chosen: the empty fields the form sends are dropped by a redirect to the canonical URL.
    await expect(page).toHaveURL(new RegExp(`/pegawai\\?unit=${SUMBAWA}&status=all$`));
    await page.reload();
    await expect(filters(page).getByLabel("Satuan kerja")).toHaveValue(SUMBAWA);
    await expect(filters(page).getByLabel("Status", { exact: true })).toHaveValue("all");
    const unitCells = page.getByRole("table").locator("tbody tr td:nth-child(5)");
    await expect(unitCells.first()).toHaveText("KPU Kabupaten Sumbawa");
    expect(new Set(await unitCells.allTextContents())).toEqual(new Set(["KPU Kabupaten Sumbawa"]));

    const csvLink = page.getByRole("link", { name: "Unduh data (CSV)" });
    const href = (await csvLink.getAttribute("href")) ?? "";
    expect(href).toMatch(/^\/api\/pegawai\/ekspor\?/);
    const exportParams = new URL(href, "http://x").searchParams;
    expect(Object.fromEntries(exportParams)).toEqual({ unit: SUMBAWA, status: "all", format: "csv" });
    await expect(page.getByRole("link", { name: "Unduh daftar pegawai (XLSX)" })).toHaveAttribute(
      "href",
      /format=xlsx/,
    );

    const response = await page.request.get(href);
    expect(response.status()).toBe(200);
    expect(response.headers()["content-disposition"]).toMatch(
      /^attachment; filename="pegawai-KPU-Kabupaten-Sumbawa-\d{4}-\d{2}-\d{2}\.csv"$/,
    );
    const text = (await response.body()).toString("utf8");
    expect(text.startsWith("\uFEFFNama,NIP,Jenis Kelamin,Tempat Lahir,Tanggal Lahir,")).toBe(true);
    expect(text).toContain("Zulkarnain Hamid");
    expect(text).not.toContain(PROVINCE_SECRETARY);
  });

  test("sorts by a column header and pages through the list, keeping the filters", async ({ page }) => {
    await filters(page).getByLabel("Status", { exact: true }).selectOption("all");
    await filters(page).getByLabel("Baris per halaman").selectOption("25");
    await filters(page).getByRole("button", { name: "Terapkan" }).click();

    await page.getByRole("columnheader", { name: /Nama/ }).getByRole("link").click();
    // Name ascending is the default order, so only the direction appears.
    await expect(page).toHaveURL(/\?status=all&dir=desc$/);
    await expect(page.getByRole("columnheader", { name: /Nama/ })).toHaveAttribute("aria-sort", "descending");

    await page
      .getByRole("navigation", { name: "Halaman daftar pegawai" })
      .getByRole("link", { name: "Berikutnya" })
      .click();
    await expect(page).toHaveURL(/\?status=all&dir=desc&page=2$/);
    await expect(page.getByText(/^Halaman 2 dari \d+$/)).toBeVisible();
  });
});

test("the nation picks a region, then one of its units; the export links carry both", async ({ page }) => {
  await login(page, "admin.ri");
  await page.goto("/pegawai");
  const unit = filters(page).getByLabel("Satuan kerja");
  await expect(unit).toBeDisabled();
  await expect(
    filters(page).getByText("Pilih wilayah lalu terapkan untuk memilih satuan kerja."),
  ).toBeVisible();

  await filters(page).getByLabel("Wilayah").selectOption({ label: "KPU Provinsi NTB" });
  await filters(page).getByRole("button", { name: "Terapkan" }).click();
  await expect(page).toHaveURL(/\/pegawai\?region=52$/);
  await expect(unit).toBeEnabled();
  await expect(unit.locator("option")).toHaveCount(12);

  await unit.selectOption(SUMBAWA);
  await filters(page).getByRole("button", { name: "Terapkan" }).click();
  await expect(page).toHaveURL(new RegExp(`/pegawai\\?region=52&unit=${SUMBAWA}$`));
  const unitCells = page.getByRole("table").locator("tbody tr td:nth-child(5)");
  await expect(unitCells.first()).toHaveText("KPU Kabupaten Sumbawa");
  expect(new Set(await unitCells.allTextContents())).toEqual(new Set(["KPU Kabupaten Sumbawa"]));
  const csvHref = (await page.getByRole("link", { name: "Unduh data (CSV)" }).getAttribute("href")) ?? "";
  expect(new URL(csvHref, "http://x").searchParams.get("region")).toBe("52");
});

test.describe("the officials list for a regency", () => {
  test("shows only its own unit, and the empty state for others' officials", async ({ page }) => {
    await login(page, "sekkab.sumbawa");
    await page.goto(`/pegawai?q=${encodeURIComponent("lalu wiradarma")}`);

    await expect(
      page.getByText("Tidak ada pegawai yang sesuai dengan pencarian dan saringan ini."),
    ).toBeVisible();
    await expect(filters(page).getByLabel("Satuan kerja")).toHaveCount(0);

    await page.goto("/pegawai?q=zulkarnain");
    await expect(page.getByRole("table").getByRole("link", { name: "Zulkarnain Hamid" })).toBeVisible();
  });
});

test("an export request without a session gets no file", async ({ request }) => {
  const response = await request.get("/api/pegawai/ekspor?format=csv", { maxRedirects: 0 });
  // The proxy sends the signed-out to the sign-in page before the route's own 401 (tested in integration).
  expect([307, 401]).toContain(response.status());
  if (response.status() === 307) expect(response.headers().location).toMatch(/\/login/);
  expect(response.headers()["content-disposition"]).toBeUndefined();
});

import { honestBomb, lyingBomb } from "../support/xlsx-bomb";
import { expect, login, test } from "./fixtures";

// Issue 11, findings 1 and 6, against the production build: a NUL byte in the officials list's query and its
// export's is ignored, not a 500; the 880 KB workbook that unpacks to 361 MB is refused with the clear message.
test("a NUL byte in the officials list's and the export's query answers the page, not an error", async ({
  page,
}) => {
  await login(page, "sekprov");
  for (const path of [
    "/pegawai?q=%00",
    "/pegawai?q=Lalu%00&unit=%00&section=%00&rank=%00&status=%00&sort=%00&page=%00&size=%00",
    "/api/pegawai/ekspor?q=%00",
    "/api/pegawai/ekspor?q=%00&format=xlsx",
  ]) {
    const response = await page.request.get(path);
    expect(response.status(), path).toBe(200);
  }
  await page.goto("/pegawai?q=%00");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
});

test("a NUL byte in the news search and in the new account page's official and search answers the page", async ({
  page,
}) => {
  await login(page, "sekprov");
  for (const path of ["/berita?q=%00&page=%00", "/berita?q=Rakor%00", "/pengguna/baru?pegawai=%00&q=%00"]) {
    const response = await page.request.get(path);
    expect(response.status(), path).toBe(200);
  }
  await page.goto("/pengguna/baru?q=Lalu%00");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
});

test("the XLSX bomb, declared or lying about its size, is refused by the import check with the clear message", async ({
  page,
}) => {
  await login(page, "staf.mataram");
  await page.goto("/pegawai/impor");
  for (const bytes of [await honestBomb(), await lyingBomb()]) {
    await page.getByLabel("Berkas CSV atau XLSX").setInputFiles({
      name: "pegawai.xlsx",
      mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      buffer: Buffer.from(bytes),
    });
    await page.getByRole("button", { name: "Periksa berkas" }).click();
    await expect(
      page.getByText("Isi berkas setelah dibuka melebihi 25 MB dan tidak diterima."),
    ).toBeVisible();
  }
  // The server still answers everyone else.
  expect((await page.request.get("/pegawai")).status()).toBe(200);
});

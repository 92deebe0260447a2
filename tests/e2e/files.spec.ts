import { pdfText } from "../support/pdf-text";
import { expect, login, test } from "./fixtures";

/** The first demo official of KPU Sumbawa (lib/seed), who holds a post there. */
const SUMBAWA_OFFICIAL = "demo-off-5204-01";

/** A small but real-looking PDF: the bytes the server must recognise by content. */
function decreeScan(label: string): Buffer {
  return Buffer.from(
    `%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n% ${label}\ntrailer << /Root 1 0 R >>\n%%EOF\n`,
  );
}

test("a regency secretary attaches a decree scan to a post held, downloads it, and removes it", async ({
  page,
  browser,
}) => {
  const name = `SK Sekretaris ${Math.floor(Math.random() * 1_000_000)}.pdf`;
  const scan = decreeScan(name);
  await login(page, "sekkab.sumbawa");
  await page.goto(`/pegawai/${SUMBAWA_OFFICIAL}`);

  const history = page.getByRole("region", { name: "Riwayat jabatan" });
  await history.getByText("Unggah pindaian SK").first().click();
  await history
    .getByLabel("Berkas")
    .first()
    .setInputFiles({ name, mimeType: "application/pdf", buffer: scan });
  await history.getByRole("button", { name: "Unggah" }).first().click();

  await expect(page.getByRole("status").filter({ hasText: `Berkas ${name} tersimpan.` })).toBeVisible();
  const link = history.getByRole("link", { name: new RegExp(`^Unduh ${name}`) });
  await expect(link).toBeVisible();

  const [download] = await Promise.all([page.waitForEvent("download"), link.click()]);
  expect(download.suggestedFilename()).toBe(name);
  const href = (await link.getAttribute("href")) ?? "";
  const response = await page.request.get(href);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("application/pdf");
  expect(response.headers()["content-disposition"]).toMatch(/^attachment; /);
  expect(response.headers()["x-content-type-options"]).toBe("nosniff");
  expect(Buffer.from(await response.body()).equals(scan)).toBe(true);

  // Another regency's clerk gets the same answer as for a file that does not exist.
  const other = await browser.newPage();
  await login(other, "staf.mataram");
  expect((await other.request.get(href)).status()).toBe(404);
  expect((await other.request.get("/api/lampiran/tidak-ada")).status()).toBe(404);
  await other.close();

  await history.getByRole("button", { name: `Hapus ${name}` }).click();
  await expect(page.getByRole("status").filter({ hasText: `Berkas ${name} dihapus.` })).toBeVisible();
  await expect(link).toHaveCount(0);
  expect((await page.request.get(href)).status()).toBe(404);
});

test("a file that is not what its name says is refused with a reason, and nothing is attached", async ({
  page,
}) => {
  await login(page, "sekkab.sumbawa");
  await page.goto(`/pegawai/${SUMBAWA_OFFICIAL}`);
  const history = page.getByRole("region", { name: "Riwayat jabatan" });
  await history.getByText("Unggah pindaian SK").first().click();
  const input = history.getByLabel("Berkas").first();
  await input.setInputFiles({
    name: "SK.pdf",
    mimeType: "application/pdf",
    buffer: Buffer.from("MZ bukan PDF"),
  });
  await history.getByRole("button", { name: "Unggah" }).first().click();

  await expect(input).toHaveAttribute("aria-invalid", "true");
  await expect(input).toHaveAccessibleDescription(
    /Jenis berkas tidak diterima\. Unggah berkas PDF, JPG, PNG\./,
  );
  await expect(history.getByRole("link", { name: /^Unduh SK\.pdf/ })).toHaveCount(0);
});

test("the province prints the staffing posture as a PDF from the page", async ({ page }) => {
  await login(page, "stafprov");
  await page.goto("/satuan-kerja/posisi-sdm?sort=shortfall&dir=desc");
  const print = page.getByRole("link", { name: "Cetak PDF" });
  await expect(print).toHaveAttribute("href", "/api/satuan-kerja/posisi-sdm/pdf?sort=shortfall&dir=desc");

  const response = await page.request.get((await print.getAttribute("href")) ?? "");
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("application/pdf");
  const body = await response.body();
  expect(body.subarray(0, 5).toString("latin1")).toBe("%PDF-");
  const text = pdfText(body);
  expect(text).toContain("KOMISI PEMILIHAN UMUM");
  expect(text).toContain("POSISI SDM");
  expect(text).toContain("KPU Kabupaten Sumbawa");
  expect(text).toMatch(/Dicetak \w+, \d{1,2} \w+ \d{4} pukul \d{2}\.\d{2} WITA/);
});

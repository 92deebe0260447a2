import type { Browser, Page } from "@playwright/test";
import { expect, login, test } from "./fixtures";

async function signedIn(browser: Browser, username: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await login(page, username);
  return page;
}

test("an event becomes news: drafted by province staff, published by the secretary, read by a regency", async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const title = `KPU Provinsi NTB Gelar Stakeholder Day ${Date.now()}`;

  // Province staff drafts from the held Stakeholder Day: the facts are filled in from its records.
  const staff = await signedIn(browser, "stafprov");
  await staff.goto("/kegiatan?when=past");
  await staff.getByRole("link", { name: /^Stakeholder Day: Sosialisasi Tahapan Pemilu 2024/ }).click();
  await staff.getByRole("button", { name: "Buat berita" }).click();
  await expect(staff).toHaveURL(/\/berita\/[a-z0-9]+\/ubah$/);
  const form = staff.getByRole("form", { name: "Ubah berita" });
  await expect(form.getByLabel("Isi berita")).toHaveValue(/menyelenggarakan Stakeholder Day bertajuk/);
  await expect(form.getByLabel("Isi berita")).toHaveValue(/hadir secara langsung/);
  await form.getByLabel("Judul").fill("");
  await form.getByRole("button", { name: "Simpan" }).click();
  await expect(form.getByLabel("Judul")).toHaveAttribute("aria-invalid", "true");
  await form.getByLabel("Judul").fill(title);
  await form.getByRole("button", { name: "Simpan" }).click();
  await expect(staff).toHaveURL(/\/berita\/[a-z0-9]+$/);
  const itemUrl = new URL(staff.url()).pathname;
  await expect(staff.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await staff.getByRole("button", { name: "Ajukan" }).click();
  await expect(staff.getByText("Berita diajukan untuk ditinjau Sekretaris.")).toBeVisible();

  // Not published yet: a regency does not find it.
  const regency = await signedIn(browser, "sekkab.sumbawa");
  await regency.goto(`/berita?q=${encodeURIComponent(title)}`);
  await expect(regency.getByText(`Tidak ada berita yang sesuai dengan "${title}".`)).toBeVisible();

  // The provincial secretary finds it waiting for review and publishes it.
  const secretary = await signedIn(browser, "sekprov");
  await secretary.goto("/berita");
  const desk = secretary.getByRole("region", { name: "Draf saya / menunggu tinjauan" });
  await desk.getByRole("link", { name: title }).click();
  await expect(secretary).toHaveURL(itemUrl);
  await secretary.getByRole("button", { name: "Terbitkan" }).click();
  await expect(secretary.getByText("Berita diterbitkan.")).toBeVisible();

  // The regency reads it in the list, opens it, and is counted once however often it opens it.
  await regency.goto(`/berita?q=${encodeURIComponent(title.toLowerCase())}`);
  const list = regency.getByRole("list", { name: "Daftar berita" });
  await list.getByRole("link", { name: title }).click();
  await expect(regency).toHaveURL(itemUrl);
  await expect(regency.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(regency.getByText("Staf KPU Provinsi NTB · KPU Provinsi Nusa Tenggara Barat")).toBeVisible();
  const readers = regency.getByTestId("news-readers");
  await expect(readers).toHaveText(/^Dibaca \d+ orang$/);
  const counted = await readers.textContent();
  await regency.reload();
  await expect(readers).toHaveText(counted!);
  await expect(regency.getByRole("region", { name: "Berita terkait" })).toBeVisible();
});

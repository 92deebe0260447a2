import type { Browser, Page } from "@playwright/test";
import { expect, login, test } from "./fixtures";

/** A week from the machine's today, as the date field takes it. */
function nextWeek(): string {
  return new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10);
}

async function signedIn(browser: Browser, username: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await login(page, username);
  return page;
}

test("a province runs a hybrid rakor: two kelas, attendance at the door on a phone, an outcome carried out by every regency", async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const title = `Rakor Kesekretariatan Triwulan IV ${Date.now()}`;
  const sekprov = await signedIn(browser, "sekprov");

  await sekprov.goto("/kegiatan/baru");
  const form = sekprov.getByRole("form", { name: "Buat kegiatan" });
  await form.getByLabel("Tema / nama kegiatan").fill(title);
  await form.getByLabel("Jenis kegiatan").selectOption({ label: "Rapat koordinasi" });
  await form.getByLabel("Pelaksanaan").selectOption({ label: "Luring dan daring" });
  await form.getByLabel("Tanggal").fill(nextWeek());
  await form.getByLabel("Jam mulai").fill("09:00");
  await form.getByLabel("Jam selesai").fill("08:00");
  await form.getByLabel("Tempat").fill("Aula KPU Provinsi NTB, Mataram");
  await form.getByLabel("Tautan rapat daring").fill("https://zoom.us/j/5200112233");
  await form.getByLabel("Kelas paralel").fill("Kelas Kepegawaian\nKelas Pengawasan Internal");
  await form.getByLabel("Kehadiran penuh wajib").check();
  await form.getByLabel("Semua satuan kerja di bawah ikut serta").check();
  await form.getByRole("button", { name: "Simpan" }).click();
  // An end before the start is refused at the field, and nothing is created.
  await expect(form.getByText("Jam selesai harus setelah jam mulai.").first()).toBeVisible();
  await form.getByLabel("Jam selesai").fill("12:00");
  await form.getByRole("button", { name: "Simpan" }).click();
  await expect(sekprov).toHaveURL(/\/kegiatan\/[a-z0-9]+$/);
  await expect(sekprov.getByRole("heading", { level: 1, name: title })).toBeVisible();
  const eventUrl = sekprov.url();
  const details = sekprov.getByRole("region", { name: "Keterangan" });
  await expect(details).toContainText("Kelas Kepegawaian, Kelas Pengawasan Internal");
  await expect(details).toContainText("KPU Kota Bima");

  // The venue moves: corrected on the edit page, which opens with what was saved.
  await sekprov.getByRole("link", { name: "Ubah kegiatan" }).click();
  const edit = sekprov.getByRole("form", { name: "Ubah kegiatan" });
  await expect(edit.getByLabel("Tema / nama kegiatan")).toHaveValue(title);
  await expect(edit.getByLabel("Jam selesai")).toHaveValue("12:00");
  await expect(edit.getByLabel("Kelas paralel")).toHaveValue("Kelas Kepegawaian\nKelas Pengawasan Internal");
  await edit.getByLabel("Tempat").fill("Hotel Lombok Raya, Mataram");
  await edit.getByRole("button", { name: "Simpan" }).click();
  await expect(sekprov).toHaveURL(eventUrl);
  await expect(details).toContainText("Hotel Lombok Raya, Mataram");
  await expect(details).toContainText("KPU Kota Bima");

  await sekprov.getByRole("button", { name: "Undang pejabat struktural satuan kerja peserta" }).click();
  await expect(sekprov.getByText("Undangan ditambahkan.")).toBeVisible();
  await expect(sekprov.getByRole("region", { name: "Undangan" })).toContainText("Zulkarnain Hamid");

  // At the door, on a phone.
  await sekprov.setViewportSize({ width: 390, height: 844 });
  await sekprov.getByRole("link", { name: "Isi daftar hadir" }).click();
  await expect(sekprov.getByRole("list", { name: "Daftar hadir" })).toBeVisible();
  const lahmuddin = sekprov
    .getByRole("listitem")
    .filter({ has: sekprov.getByRole("group", { name: "Kehadiran Zulkarnain Hamid" }) });
  await lahmuddin.getByRole("button", { name: "Hadir daring" }).click();
  await expect(lahmuddin.getByRole("button", { name: "Hadir daring" })).toHaveAttribute(
    "aria-pressed",
    "true",
  );
  // The button shows the tap at once; wait until the server has saved it before leaving the page.
  await expect(lahmuddin.getByText("Menyimpan…")).toHaveCount(0);
  const width = await sekprov.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(390);

  await sekprov.setViewportSize({ width: 1280, height: 900 });
  await sekprov.goto(eventUrl);
  const sumbawaRate = sekprov
    .getByRole("region", { name: "Kehadiran per satuan kerja" })
    .getByRole("row", { name: /KPU Kabupaten Sumbawa\b/ })
    .first();
  await expect(sumbawaRate.getByRole("cell").nth(2)).toHaveText("1");
  // Attendance is required: the units with nobody present yet stand out.
  await expect(sekprov.getByRole("region", { name: "Belum hadir (kehadiran penuh wajib)" })).toContainText(
    "KPU Kabupaten Dompu",
  );

  const outcomeForm = sekprov.getByRole("form", { name: "Catat hasil" });
  await outcomeForm.getByLabel("Jenis hasil").selectOption({ label: "Rancangan keputusan" });
  await outcomeForm
    .getByLabel("Uraian")
    .fill("Setiap satuan kerja menyusun peta jabatan dan melaporkan kekosongan.");
  await outcomeForm.getByLabel("Dilaksanakan berjenjang oleh setiap satuan kerja peserta").check();
  await outcomeForm.getByRole("button", { name: "Catat hasil" }).click();
  await expect(sekprov.getByText("Hasil dicatat.")).toBeVisible();
  const followUpForm = sekprov.getByRole("form", {
    name: /^Jadikan tindak lanjut: Setiap satuan kerja menyusun/,
  });
  await followUpForm.getByLabel("Tenggat").fill(nextWeek());
  await followUpForm.getByRole("button", { name: "Jadikan tindak lanjut" }).click();
  const outcomes = sekprov.getByRole("region", { name: "Hasil dan tindak lanjut" });
  await expect(outcomes).toContainText("Penyelesaian: 0 dari 10 satuan kerja");
  await expect(outcomes).toContainText("Kabupaten/kota: 0 dari 10");

  // Sumbawa sees the province's rakor it takes part in, and closes its own follow-up.
  const sumbawa = await signedIn(browser, "sekkab.sumbawa");
  await sumbawa.goto(eventUrl);
  await sumbawa
    .getByRole("region", { name: "Hasil dan tindak lanjut" })
    .getByRole("link", { name: "KPU Kabupaten Sumbawa", exact: true })
    .click();
  await sumbawa.getByRole("button", { name: "Mulai kerjakan" }).click();
  await expect(sumbawa.getByText("Status tindak lanjut diperbarui.")).toBeVisible();
  const report = sumbawa.getByRole("form", { name: "Laporkan selesai" });
  await report.getByLabel("Catatan bukti").fill("Peta jabatan disampaikan dengan surat sekretaris.");
  await report.getByRole("button", { name: "Laporkan selesai" }).click();
  await expect(sumbawa.getByRole("region", { name: "Bukti penyelesaian" })).toContainText(
    "Peta jabatan disampaikan dengan surat sekretaris.",
  );

  await sekprov.reload();
  await expect(outcomes).toContainText("Penyelesaian: 1 dari 10 satuan kerja");
  await expect(
    outcomes.getByRole("row", { name: /KPU Kabupaten Sumbawa\b/ }).getByText("Selesai, menunggu verifikasi"),
  ).toBeVisible();

  // The rakor is over: marked held, it can no longer be edited.
  await sekprov.getByRole("button", { name: "Tandai terlaksana" }).click();
  await expect(sekprov.getByRole("region", { name: "Keterangan" })).toContainText("Terlaksana");
  await expect(sekprov.getByRole("link", { name: "Ubah kegiatan" })).toHaveCount(0);
});

test("the nation filters events by region, then by one of its units, and the past tab keeps both", async ({
  page,
}) => {
  await login(page, "admin.ri");
  await page.goto("/kegiatan?when=past");
  const unit = page.getByLabel("Satuan kerja", { exact: true });
  await expect(unit).toBeDisabled();
  await page.getByLabel("Wilayah").selectOption({ label: "KPU Provinsi NTB" });
  await page.getByRole("button", { name: "Terapkan" }).click();
  await expect(page).toHaveURL(/\/kegiatan\?.*region=52/);
  await unit.selectOption({ label: "KPU Kabupaten Sumbawa" });
  await page.getByRole("button", { name: "Terapkan" }).click();
  await expect(page).toHaveURL(/region=52&unit=5204/);
  await expect(unit).toHaveValue("5204");
  await page.getByRole("link", { name: "Akan datang" }).click();
  await expect(page).toHaveURL(/region=52&unit=5204&when=upcoming/);
});

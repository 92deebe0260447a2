import { readFileSync } from "node:fs";
import type { Browser, Page } from "@playwright/test";
import { pdfText } from "../support/pdf-text";
import { expect, login, test } from "./fixtures";

/** Demo ids (lib/seed): Kota Bima's two Kasubbag who swap posts, Mataram's senior Kasubbag, their posts. */
const BIMA_HSDM = "demo-off-5272-03";
const BIMA_PDI = "demo-off-5272-04";
const MATARAM_KUL = "demo-off-5271-02";
/** The seeded proposal of Lombok Utara's Kasubbag TP for its vacant Kasubbag KUL post (lib/seed/appointments.ts). */
const LOMBOK_UTARA_PROPOSAL = "demo-prop-open-2";

async function signedIn(browser: Browser, username: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await login(page, username);
  return page;
}

/** Fills and submits the proposal form, then submits the draft; returns the proposal's page URL. */
async function propose(page: Page, officialId: string, positionId: string, why: string): Promise<string> {
  await page.goto("/pelantikan/usulan/baru");
  const form = page.getByRole("form", { name: "Usulan baru" });
  await form.getByLabel("Jabatan").selectOption(positionId);
  await form.getByLabel("Pegawai yang diusulkan").selectOption(officialId);
  await form.getByLabel("Alasan pengusulan").fill(why);
  await form.getByRole("button", { name: "Simpan" }).click();
  await expect(page.getByText("Usulan tersimpan sebagai konsep.")).toBeVisible();
  const url = page.url();
  await page.getByRole("form", { name: "Ajukan" }).getByRole("button", { name: "Ajukan" }).click();
  await expect(page.getByText("Usulan diajukan.")).toBeVisible();
  return url;
}

async function step(page: Page, url: string, name: string, fields: Record<string, string> = {}) {
  await page.goto(url);
  const form = page.getByRole("form", { name });
  for (const [label, value] of Object.entries(fields)) await form.getByLabel(label).fill(value);
  await form.getByRole("button", { name }).click();
}

test("from proposals in two regencies to new officials in post, with decree, attendance by mode and locked minutes", async ({
  browser,
}) => {
  test.setTimeout(240_000);
  const bima = await signedIn(browser, "sekkot.bima");
  const first = await propose(
    bima,
    BIMA_HSDM,
    "demo-pos-5272-kasubbag-pdi",
    "Rotasi untuk penyegaran organisasi.",
  );
  const second = await propose(
    bima,
    BIMA_PDI,
    "demo-pos-5272-kasubbag-hsdm",
    "Rotasi untuk penyegaran organisasi.",
  );
  // A regency cannot propose the same official twice: the conflict is refused with a sentence.
  await bima.goto("/pelantikan/usulan/baru");
  const again = bima.getByRole("form", { name: "Usulan baru" });
  await again.getByLabel("Jabatan").selectOption("demo-pos-5272-kasubbag-kul");
  await again.getByLabel("Pegawai yang diusulkan").selectOption(BIMA_HSDM);
  await again.getByLabel("Alasan pengusulan").fill("Percobaan usulan ganda.");
  await again.getByRole("button", { name: "Simpan" }).click();
  await expect(again.getByText(/sudah ada dalam usulan lain/).first()).toBeVisible();

  const mataram = await signedIn(browser, "staf.mataram");
  const third = await propose(
    mataram,
    MATARAM_KUL,
    "demo-pos-5271-sekretaris",
    "Sekretaris akan mutasi ke provinsi.",
  );

  // The provincial secretary: the queue shows the official and the post's holder side by side.
  const sekprov = await signedIn(browser, "sekprov");
  await sekprov.goto("/");
  await sekprov.goto("/pelantikan/antrean");
  const queue = sekprov.getByRole("table");
  await expect(queue).toContainText("KPU Kota Bima");
  await expect(queue).toContainText("KPU Kabupaten Lombok Utara");

  await step(sekprov, second, "Kembalikan untuk perbaikan", {
    "Alasan / catatan": "Lampirkan penilaian kinerja.",
  });
  await expect(sekprov.getByText("Usulan dikembalikan untuk perbaikan.")).toBeVisible();
  await step(sekprov, first, "Setujui", { "Nomor SK": `E2E-${Date.now()}/KPG.03-Kpt/05/2026` });
  await expect(sekprov.getByText("Tanggal SK wajib diisi bila nomor SK diisi.").first()).toBeVisible();
  await sekprov.getByRole("form", { name: "Setujui" }).getByLabel("Tanggal SK").fill("2026-01-05");
  await sekprov.getByRole("form", { name: "Setujui" }).getByRole("button", { name: "Setujui" }).click();
  await expect(sekprov.getByText("Usulan disetujui.")).toBeVisible();
  await step(sekprov, third, "Rekomendasikan ke Sekretariat Jenderal");
  await expect(sekprov.getByText("Usulan direkomendasikan ke tingkat berikutnya.")).toBeVisible();
  await expect(sekprov.getByRole("region", { name: "Rantai keputusan" })).toContainText("menunggu di sini");

  // Several at once from the queue: Lombok Utara's waiting proposal.
  await sekprov.goto("/pelantikan/antrean");
  const row = sekprov
    .getByRole("row")
    .filter({ has: sekprov.locator(`a[href="/pelantikan/usulan/${LOMBOK_UTARA_PROPOSAL}"]`) });
  await row.getByRole("checkbox").check();
  await sekprov.getByRole("button", { name: "Putuskan" }).click();
  await expect(sekprov.getByText("1 dari 1 usulan diputuskan.")).toBeVisible();

  // The Sekretariat Jenderal decides what the province recommended.
  const sekjen = await signedIn(browser, "sekjen");
  await step(sekjen, third, "Setujui");
  await expect(sekjen.getByText("Usulan disetujui.")).toBeVisible();
  await expect(sekjen.getByRole("region", { name: "Riwayat usulan" })).toContainText(
    "Merekomendasikan ke tingkat berikutnya",
  );

  // A hybrid ceremony today with appointees of Kota Bima and Lombok Utara.
  await sekprov.goto("/pelantikan/upacara/baru");
  const schedule = sekprov.getByRole("form", { name: "Jadwalkan pelantikan" });
  await schedule.getByLabel("Nama acara").fill(`Pelantikan Pejabat Pengawas ${Date.now()}`);
  await schedule.getByLabel("Tempat").fill("Aula KPU Provinsi NTB, Mataram");
  await schedule.getByLabel("Tautan rapat daring").fill("https://zoom.us/j/5200113344");
  await schedule.getByLabel("Pejabat yang melantik", { exact: true }).fill("Lalu Wiradarma, S.E., M.M.");
  await schedule
    .getByLabel("Jabatan pejabat yang melantik")
    .fill("Sekretaris KPU Provinsi Nusa Tenggara Barat");
  await schedule.getByLabel("Saksi pertama").fill("Baiq Nurlaili");
  await schedule.getByLabel("Saksi kedua").fill("Kepala Bagian Keuangan, Umum dan Logistik");
  await schedule.getByRole("button", { name: "Simpan" }).click();
  await expect(sekprov.getByText("Pelantikan dijadwalkan.")).toBeVisible();
  const ceremony = sekprov.url();

  const add = sekprov.getByRole("form", { name: "Tambahkan ke daftar" });
  await add
    .getByRole("checkbox", { name: /KPU Kota Bima/ })
    .first()
    .check();
  await add
    .getByRole("checkbox", { name: /KPU Kabupaten Lombok Utara/ })
    .first()
    .check();
  await add.getByRole("button", { name: "Tambahkan ke daftar" }).click();
  await expect(sekprov.getByText("Pejabat ditambahkan ke daftar.")).toBeVisible();
  const decree = sekprov.getByRole("form", { name: "Catat SK" });
  await decree.getByLabel("Nomor SK kolektif").fill(`E2E-KOL-${Date.now()}/KPG.03-Kpt/05/2026`);
  await decree.getByLabel("Tanggal SK").fill("2026-01-06");
  await decree.getByRole("button", { name: "Catat SK" }).click();
  await expect(sekprov.getByText("SK kolektif tercatat.")).toBeVisible();

  // Attendance at the door, on a phone.
  await sekprov.setViewportSize({ width: 390, height: 844 });
  await sekprov.getByRole("link", { name: "Isi daftar hadir" }).click();
  const people = sekprov.getByRole("list", { name: "Daftar hadir" }).getByRole("listitem");
  await expect(people).toHaveCount(2);
  await people.filter({ hasText: "KPU Kota Bima" }).getByRole("button", { name: "Hadir luring" }).click();
  await people
    .filter({ hasText: "KPU Kabupaten Lombok Utara" })
    .getByRole("button", { name: "Hadir daring" })
    .click();
  await expect(
    people.filter({ hasText: "KPU Kabupaten Lombok Utara" }).getByRole("button", { name: "Hadir daring" }),
  ).toHaveAttribute("aria-pressed", "true");
  // The buttons show the taps at once; wait until the server has saved both before leaving the page.
  await expect(people.getByText("Menyimpan…")).toHaveCount(0);
  await sekprov.setViewportSize({ width: 1280, height: 900 });
  await sekprov.goto(ceremony);
  await sekprov.getByRole("form", { name: "Selesaikan pelantikan" }).getByRole("button").click();
  await expect(sekprov.getByText("Pelantikan selesai.")).toBeVisible();

  // The posts changed hands on the ceremony's date; the history keeps the previous holder.
  await sekprov.goto(`/pegawai/${BIMA_HSDM}`);
  const appointee = (await sekprov.getByRole("heading", { level: 1 }).textContent())!.trim();
  await expect(sekprov.getByRole("region", { name: "Usulan pengangkatan dan pelantikan" })).toContainText(
    "Dilantik",
  );
  await expect(sekprov.getByRole("region", { name: "Jabatan saat ini" })).toContainText(
    "Kepala Sub Bagian Perencanaan, Data dan Informasi",
  );
  await sekprov.goto(`/pegawai/${BIMA_PDI}`);
  await expect(sekprov.getByRole("region", { name: "Riwayat jabatan" })).toContainText(
    "Kepala Sub Bagian Perencanaan, Data dan Informasi",
  );

  // The berita acara: drafted, made final, downloaded; it names the appointees.
  await sekprov.goto(ceremony);
  const minutes = sekprov.getByRole("form", { name: "Simpan konsep" });
  await minutes.getByLabel("Nomor berita acara").fill("02/BA/PP.09/52/I/2026");
  await minutes.getByRole("button", { name: "Simpan konsep" }).click();
  await expect(sekprov.getByText("Berita acara tersimpan.")).toBeVisible();
  await sekprov.getByRole("form", { name: "Tetapkan final" }).getByRole("button").click();
  await expect(sekprov.getByText("Berita acara ditetapkan final.")).toBeVisible();
  const [download] = await Promise.all([
    sekprov.waitForEvent("download"),
    sekprov.getByRole("link", { name: "Unduh PDF" }).first().click(),
  ]);
  const text = pdfText(readFileSync((await download.path())!));
  expect(text).toContain("BERITA ACARA PELANTIKAN");
  expect(text).toContain("Hadir luring");
  expect(text).toContain("Hadir daring");
  expect(text).toContain("WITA");
  expect(text).toContain(appointee);
});

test("a page of the proposals, the ceremonies or the decision queue past the end opens the last one", async ({
  page,
}) => {
  await login(page, "sekprov");
  await page.goto("/pelantikan?status=SUBMITTED&page=99&ceremoniesPage=99");
  await expect(page).toHaveURL(/\/pelantikan\?status=SUBMITTED$/);
  await expect(page.getByRole("heading", { name: "Jadwal pelantikan" })).toBeVisible();
  // The queue keeps its filter on the way back.
  await page.goto("/pelantikan/antrean?level=EXECUTOR&page=99");
  await expect(page).toHaveURL(/\/pelantikan\/antrean\?level=EXECUTOR$/);
  await expect(page.getByRole("heading", { name: "Menunggu keputusan Anda" })).toBeVisible();
});

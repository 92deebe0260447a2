import type { Browser, Page } from "@playwright/test";
import { expect, login, test } from "./fixtures";

/** A signed-in page of its own, so the province and the regency work side by side. */
async function signedIn(browser: Browser, username: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await login(page, username);
  return page;
}

function saved(page: Page, text: string | RegExp) {
  return expect(page.getByRole("status").filter({ hasText: text })).toBeVisible();
}

async function addFinding(
  page: Page,
  area: string,
  severity: string,
  description: string,
  recommendation: string,
) {
  const form = page.getByRole("form", { name: "Tambah temuan atau permohonan" });
  await form.getByLabel("Bidang").selectOption({ label: area });
  await form.getByLabel("Tingkat").selectOption({ label: severity });
  await form.getByLabel("Uraian", { exact: true }).fill(description);
  await form.getByLabel("Rekomendasi atau yang dimohonkan").fill(recommendation);
  await form.getByRole("button", { name: "Tambah temuan atau permohonan" }).click();
  await saved(page, "Temuan ditambahkan.");
  await expect(page.getByRole("cell", { name: description })).toBeVisible();
}

test("a visit goes round: planned, reported with two findings, returned, resubmitted, accepted, then followed up to verification and escalation", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const mark = Math.floor(Math.random() * 1_000_000);
  const title = `Supervisi dan Evaluasi ${mark}`;
  const spj = `Lengkapi SPJ perjalanan dinas ${mark}`;
  const asn = `Usulkan pemenuhan formasi ASN ${mark}`;

  // The province plans the visit.
  const province = await signedIn(browser, "sekprov");
  await province.goto("/supervisi");
  await province.getByRole("link", { name: "Rencanakan kunjungan" }).click();
  await province.getByLabel("Satuan kerja yang dikunjungi").selectOption({ label: "KPU Kabupaten Sumbawa" });
  await province.getByLabel("Judul kunjungan").fill(title);
  await province.getByLabel("Tempat").fill("Aula KPU Kabupaten Sumbawa");
  await province.getByRole("group", { name: "Tim kunjungan" }).getByRole("checkbox").first().check();
  await province.getByRole("button", { name: "Rencanakan kunjungan" }).click();
  await saved(province, "Kunjungan direncanakan.");
  await expect(province.getByRole("heading", { level: 1, name: title })).toBeVisible();
  const visitUrl = new URL(province.url()).pathname;

  // The regency sees it coming on its home page, and files the report.
  const regency = await signedIn(browser, "sekkab.sumbawa");
  await expect(
    regency
      .getByRole("region", { name: "Kunjungan supervisi yang akan datang" })
      .getByRole("link", { name: title }),
  ).toBeVisible();
  await regency.goto(visitUrl);
  await regency.getByRole("link", { name: "Isi laporan" }).click();
  await regency.waitForURL(/\/laporan$/);
  await expect(regency.getByRole("region", { name: "Posisi SDM hari ini" })).toBeVisible();
  await regency.getByRole("textbox", { name: "Ringkasan" }).fill("Struktur lengkap, ASN di bawah formasi.");
  await regency.getByLabel("Jumlah ASN terhadap formasi").selectOption({ label: "Ada temuan" });
  await regency.getByLabel("Uraian bidang Kepegawaian dan SDM").fill("Tenaga pendukung 11 orang.");
  await regency.getByRole("button", { name: "Simpan konsep" }).click();
  await saved(regency, "Konsep laporan tersimpan.");
  await addFinding(regency, "Keuangan", "Sedang", `SPJ perjalanan dinas belum lengkap ${mark}`, spj);
  await addFinding(regency, "Kepegawaian dan SDM", "Tinggi", `ASN di bawah formasi ${mark}`, asn);
  await regency.getByRole("button", { name: "Ajukan", exact: true }).click();
  await saved(regency, "Laporan diajukan ke provinsi.");

  // The province returns it with a note on the summary.
  await province.goto(visitUrl);
  const review = province.getByRole("form", { name: "Kembalikan untuk perbaikan" });
  await review.getByLabel("Catatan untuk Ringkasan").fill("Sebutkan jumlah tenaga pendukung.");
  await review.getByRole("button", { name: "Kembalikan untuk perbaikan" }).click();
  await saved(province, "Laporan dikembalikan untuk perbaikan.");

  // The regency reads the note where it applies, corrects and resubmits.
  await regency.goto(visitUrl);
  await expect(regency.getByText("Sebutkan jumlah tenaga pendukung.").first()).toBeVisible();
  await regency.getByRole("link", { name: "Isi laporan" }).click();
  await regency.waitForURL(/\/laporan$/);
  await regency
    .getByRole("textbox", { name: "Ringkasan" })
    .fill("Struktur lengkap, ASN di bawah formasi, tenaga pendukung 11 orang.");
  await regency.getByRole("button", { name: "Simpan konsep" }).click();
  await saved(regency, "Konsep laporan tersimpan.");
  await regency.getByRole("button", { name: "Ajukan", exact: true }).click();
  await saved(regency, "Laporan diajukan ke provinsi.");

  // The province accepts: each finding becomes the regency's follow-up; both rounds stay on the page.
  await province.goto(visitUrl);
  await province.getByRole("button", { name: "Terima", exact: true }).click();
  await saved(province, /Laporan diterima/);
  const rounds = province.getByRole("region", { name: "Riwayat pengajuan" });
  await expect(rounds.getByText("Pengajuan ke-1")).toBeVisible();
  await expect(rounds.getByText("Pengajuan ke-2")).toBeVisible();

  // One follow-up is done with evidence and verified by the province.
  await regency.goto("/tindak-lanjut");
  await regency.getByRole("link", { name: spj }).click();
  await regency.waitForURL(/\/tindak-lanjut\/[^/?]+$/);
  const spjUrl = new URL(regency.url()).pathname;
  const evidence = regency.getByRole("region", { name: "Bukti penyelesaian" });
  await evidence.getByText("Unggah bukti").click();
  await evidence.getByLabel("Berkas").setInputFiles({
    name: "SPJ lengkap.pdf",
    mimeType: "application/pdf",
    buffer: Buffer.from("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"),
  });
  await evidence.getByRole("button", { name: "Unggah" }).click();
  await saved(regency, "Berkas SPJ lengkap.pdf tersimpan.");
  const done = regency.getByRole("form", { name: "Laporkan selesai" });
  await done.getByLabel("Catatan bukti").fill("SPJ sudah dilengkapi, pindaian terlampir.");
  await done.getByRole("button", { name: "Laporkan selesai" }).click();
  await saved(regency, "Status tindak lanjut diperbarui.");

  await province.goto(spjUrl);
  await expect(province.getByRole("link", { name: /SPJ lengkap\.pdf/ })).toBeVisible();
  await province.getByRole("button", { name: "Verifikasi" }).click();
  await saved(province, "Status tindak lanjut diperbarui.");
  await expect(province.getByText("Terverifikasi").first()).toBeVisible();

  // The other is beyond the regency: escalated to the province, which sees it on its board and is told.
  await regency.goto("/tindak-lanjut");
  await regency.getByRole("link", { name: asn }).click();
  await regency.waitForURL(/\/tindak-lanjut\/[^/?]+$/);
  const escalate = regency.getByRole("form", { name: "Eskalasi ke tingkat atas" });
  await escalate.getByLabel("Alasan").fill("Formasi ASN ditetapkan di atas kewenangan kabupaten.");
  await escalate.getByRole("button", { name: "Eskalasi ke tingkat atas" }).click();
  await saved(regency, "Status tindak lanjut diperbarui.");

  await province.goto("/tindak-lanjut?filter=escalated");
  await expect(province.getByRole("link", { name: asn })).toBeVisible();
  await province.goto("/notifikasi");
  await expect(
    province.getByRole("link", { name: `Tindak lanjut dieskalasi ke satuan kerja Anda: ${asn}` }),
  ).toBeVisible();
});

test("the demo visit to Sumbawa is there on first sign-in, for the regency and for the province", async ({
  page,
  browser,
}) => {
  await login(page, "sekkab.sumbawa");
  await expect(page.getByRole("region", { name: "Jatuh tempo dan terlambat" })).toContainText("Terlambat");
  await page.goto("/supervisi?list=past");
  await page
    .getByRole("link", { name: /Supervisi dan Evaluasi Pelaksanaan Tugas Sekretariat KPU Kabupaten Sumbawa/ })
    .click();
  await expect(page.getByRole("region", { name: "Posisi SDM saat laporan diajukan" })).toContainText(
    "11 dari 12",
  );
  await expect(page.getByRole("region", { name: "Temuan dan permohonan" })).toContainText("Terverifikasi");

  const province = await signedIn(browser, "sekprov");
  await expect(province.getByRole("region", { name: "Perlu perhatian Anda" })).toContainText(
    "Usulkan pemenuhan formasi ASN melalui KPU Provinsi NTB.",
  );
  await province.goto("/supervisi");
  await expect(province.getByRole("link", { name: /KPU Kabupaten Dompu/ })).toBeVisible();
  await province.goto("/notifikasi");
  await expect(province.getByText(/Tindak lanjut dieskalasi ke satuan kerja Anda/).first()).toBeVisible();
});

test("the province changes a planned visit, then cancels it with a reason; the regency sees it cancelled", async ({
  browser,
}) => {
  const title = `Supervisi KPU Kota Bima ${Math.floor(Math.random() * 1_000_000)}`;
  const province = await signedIn(browser, "sekprov");
  await province.goto("/supervisi/baru");
  await province.getByLabel("Satuan kerja yang dikunjungi").selectOption({ label: "KPU Kota Bima" });
  await province.getByLabel("Judul kunjungan").fill(title);
  await province.getByRole("group", { name: "Tim kunjungan" }).getByRole("checkbox").first().check();
  await province.getByRole("button", { name: "Rencanakan kunjungan" }).click();
  await saved(province, "Kunjungan direncanakan.");
  const visitUrl = new URL(province.url()).pathname;

  await province.getByRole("link", { name: "Ubah kunjungan" }).click();
  const edit = province.getByRole("form", { name: "Ubah rencana kunjungan" });
  await edit.getByLabel("Tanggal mulai").fill("2027-05-03");
  await edit.getByLabel("Tanggal selesai").fill("2027-05-04");
  await edit.getByLabel("Tujuan").fill("Meninjau kesiapan gudang logistik.");
  await edit.getByRole("checkbox", { name: "Keuangan", exact: true }).uncheck();
  await edit.getByRole("button", { name: "Simpan perubahan" }).click();
  await saved(province, "Rencana kunjungan diperbarui.");
  const facts = province.getByRole("region", { name: "Data kunjungan" });
  await expect(facts).toContainText("3 Mei 2027");
  await expect(facts).toContainText("Meninjau kesiapan gudang logistik.");
  await expect(province.getByRole("region", { name: "Laporan" })).not.toContainText("Keuangan");

  const cancel = province.getByRole("form", { name: "Batalkan", exact: true });
  await cancel.getByLabel("Alasan pembatalan").fill("Bertepatan dengan rapat pleno.");
  await cancel.getByRole("button", { name: "Batalkan", exact: true }).click();
  await saved(province, "Kunjungan dibatalkan.");
  await expect(province.getByRole("note")).toContainText("Bertepatan dengan rapat pleno.");
  await expect(province.getByRole("link", { name: "Ubah kunjungan" })).toHaveCount(0);

  // The visited unit no longer has it coming, and finds it cancelled, with no report to file.
  const regency = await signedIn(browser, "sekkot.bima");
  await expect(regency.getByRole("link", { name: title })).toHaveCount(0);
  await regency.goto(visitUrl);
  await expect(regency.getByRole("note")).toContainText("Kunjungan ini dibatalkan.");
  await expect(regency.getByRole("link", { name: "Isi laporan" })).toHaveCount(0);
});

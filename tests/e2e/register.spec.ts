import { expect, login, test } from "./fixtures";

/**
 * KPU Kabupaten Dompu (lib/seed 5205), where the form tests work: its ASN are well under the formasi, and its one
 * vacant structural post (Kasubbag Partisipasi, Hubungan Masyarakat dan SDM, which the posture test counts) is left alone here.
 */
const DOMPU_PDI = "demo-sec-5205-pdi";
/** A pelaksana of Dompu no other test moves, and the posts this file uses. */
const PELAKSANA = "demo-off-5205-07";
const FULL_POST = "demo-pos-5205-kasubbag-pdi";
const VACANT_POST = "demo-pos-5205-pelaksana-pdi-datin";
const NEW_OFFICIAL_POST = "demo-pos-5205-pelaksana-pdi-program";

/** Today in WITA as YYYY-MM-DD (en-CA writes dates so). */
function todayIso() {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Makassar" }).format(new Date());
}

test("a refused move keeps every value as typed, and saves the post and decree once corrected", async ({
  page,
}) => {
  const decree = `800.1.3/${Math.floor(Math.random() * 900) + 100}/KPU-Kab-015.329/2026`;
  await login(page, "sekkab.dompu");
  await page.goto(`/pegawai/${PELAKSANA}/mutasi`);

  const form = page.locator("main form");
  const section = form.getByLabel("Sub Bagian", { exact: true });
  const post = form.getByLabel("Jabatan baru");
  await section.selectOption(DOMPU_PDI);
  await post.selectOption(FULL_POST);
  await form.getByLabel("Tanggal mulai").fill(todayIso());
  await form.getByLabel("Nomor SK").fill(decree);
  await form.getByLabel("Tanggal SK").fill(todayIso());
  await form.getByLabel("Alasan (untuk jabatan yang berakhir)").fill("Penataan pegawai");
  await form.getByRole("button", { name: "Simpan mutasi" }).click();

  // Refused: the post is held. Nothing the clerk chose or typed has changed.
  await expect(post).toHaveAttribute("aria-invalid", "true");
  await expect(post).toHaveAccessibleDescription(/sudah terisi/);
  await expect(form.getByLabel("Satuan kerja")).toHaveValue("demo-unit-5205");
  await expect(section).toHaveValue(DOMPU_PDI);
  await expect(post).toHaveValue(FULL_POST);
  await expect(form.getByLabel("Tanggal mulai")).toHaveValue(todayIso());
  await expect(form.getByLabel("Nomor SK")).toHaveValue(decree);
  await expect(form.getByLabel("Tanggal SK")).toHaveValue(todayIso());
  await expect(form.getByLabel("Alasan (untuk jabatan yang berakhir)")).toHaveValue("Penataan pegawai");

  // The clerk picks the vacant post of the same section; the section and the decree stay as they were.
  await post.selectOption(VACANT_POST);
  await expect(section).toHaveValue(DOMPU_PDI);
  await form.getByRole("button", { name: "Simpan mutasi" }).click();

  await expect(page).toHaveURL(new RegExp(`/pegawai/${PELAKSANA}$`));
  const current = page.getByRole("region", { name: "Jabatan saat ini" });
  await expect(current).toContainText("Pengolah Data dan Informasi");
  await expect(current).toContainText(decree);
});

test("a new official is registered straight into a vacant post of the unit, on a decree", async ({
  page,
}) => {
  const sequence = String(900 + Math.floor(Math.random() * 100));
  const name = `Lalu Uji Jabatan ${sequence}, S.Kom.`;
  const decree = `800.1.3/${sequence}/KPU-Kab-015.329/2026`;
  await login(page, "sekkab.dompu");
  await page.goto("/pegawai/baru");

  const form = page.locator("main form");
  await form.getByLabel("Nama", { exact: true }).fill(name);
  await form.getByLabel("Pangkat/golongan").selectOption({ label: "Penata Muda (III/a)" });
  await form.getByLabel("NIP", { exact: true }).fill(`19920207 201903 1 ${sequence}`);
  // Only the unit's vacant posts are offered: the held Kasubbag PDI is not.
  const post = form.getByLabel("Jabatan", { exact: true });
  await expect(post.locator(`option[value="${FULL_POST}"]`)).toHaveCount(0);
  await post.selectOption(NEW_OFFICIAL_POST);
  await form.getByLabel("TMT jabatan").fill("2026-01-02");
  await form.getByLabel("Nomor SK").fill(decree);
  await form.getByLabel("Tanggal SK").fill("2025-12-22");
  await form.getByLabel("TMT pangkat").fill("2023-04-01");
  await form.getByLabel("Pendidikan terakhir").selectOption("S1");
  await form.getByLabel("Jurusan / program studi").fill("Teknik Informatika");
  await form.getByRole("button", { name: "Simpan" }).click();

  await expect(page).toHaveURL(/\/pegawai\/(?!baru)[^/]+$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);
  const current = page.getByRole("region", { name: "Jabatan saat ini" });
  await expect(current).toContainText("Penyusun Program dan Anggaran");
  await expect(current).toContainText(decree);
  const personal = page.getByRole("region", { name: "Data pribadi" });
  await expect(personal).toContainText("Perencanaan, Data dan Informasi");
  await expect(personal).toContainText("1 April 2023");
  await expect(personal).toContainText("S-1, Teknik Informatika");
});

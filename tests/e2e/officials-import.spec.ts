import { writeFile } from "node:fs/promises";
import { composeNip, formatNip } from "@/lib/officials/nip";
import { expect, login, test } from "./fixtures";

/** KPU Kota Mataram, the demo unit of staf.mataram, and one of its Sub Bagian. */
const MATARAM = "5271";
// Quoted: the name has a comma, as the Sub Bagian names of PKPU 21/2023 do.
const SECTION = '"Partisipasi, Hubungan Masyarakat dan SDM"';
const HEADER =
  "Nama,NIP,Jenis Kelamin,Tempat Lahir,Tanggal Lahir,Status Kepegawaian,Pangkat/Golongan,Kode Satuan Kerja,Sub Bagian,Status,Email,Telepon";

// One word shared by this run's names, to find them in the list; NIPs from a birth date no demo official has.
const tag = `impor${Date.now().toString(36)}`;
const day = 1 + (Date.now() % 3000);
const nip = (offset: number) =>
  formatNip(
    composeNip({
      birthDate: new Date(Date.UTC(1975, 0, day + offset)),
      serviceStart: { year: 2002, month: 4 },
      gender: "MALE",
      sequence: 321,
    }),
  );

// On leave rather than active: the staffing posture counts active officials, and posture.spec.ts compares
// Kota Mataram's counts before and after its own change while this file may run beside it.
const ON_LEAVE = "Cuti";

function csv(rank3: string): string {
  return [
    HEADER,
    `Lalu Pertama ${tag},${nip(0)},L,Mataram,,PNS,III/b,${MATARAM},${SECTION},${ON_LEAVE},,`,
    `"Drs. H. Kedua ${tag}, M.Si.",${nip(1)},L,Mataram,,PNS,${rank3},${MATARAM},${SECTION},${ON_LEAVE},,`,
    `Baiq Ketiga ${tag},,Perempuan,Mataram,12/05/1990,Non-ASN,,${MATARAM},,${ON_LEAVE},,0812-3456-7890`,
  ].join("\r\n");
}

test("a regency clerk fixes the file the check refused, then imports it into the officials list", async ({
  page,
}, testInfo) => {
  await login(page, "staf.mataram");
  await page.goto("/pegawai/impor");
  await expect(page.getByRole("heading", { level: 1, name: "Impor Pegawai" })).toBeVisible();

  const bad = testInfo.outputPath("pegawai-salah.csv");
  await writeFile(bad, csv("III/z"));
  await page.getByLabel("Berkas CSV atau XLSX").setInputFiles(bad);
  await page.getByRole("button", { name: "Periksa berkas" }).click();

  await expect(page.getByText("2 baru, 0 diperbarui, 0 tanpa perubahan, 1 bermasalah")).toBeVisible();
  const problems = page.getByRole("region", { name: /Masalah yang harus diperbaiki/ });
  const problem = problems.getByRole("row").filter({ hasText: "Pangkat/Golongan" });
  await expect(problem.getByRole("rowheader")).toHaveText("3");
  await expect(problem).toContainText("Pangkat/golongan “III/z” tidak dikenal");
  await expect(page.getByRole("button", { name: /^Impor \d+ pegawai$/ })).toBeDisabled();

  const fixed = testInfo.outputPath("pegawai-benar.csv");
  await writeFile(fixed, csv("IV/a"));
  await page.getByLabel("Berkas CSV atau XLSX").setInputFiles(fixed);
  await page.getByRole("button", { name: "Periksa berkas" }).click();

  await expect(page.getByText("3 baru, 0 diperbarui, 0 tanpa perubahan, 0 bermasalah")).toBeVisible();
  await expect(problems).toHaveCount(0);
  await page.getByRole("button", { name: "Impor 3 pegawai" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Impor selesai" })).toHaveText(
    "Impor selesai: 3 pegawai baru, 0 diperbarui, 0 tanpa perubahan.",
  );

  await page.getByRole("link", { name: "Lihat daftar pegawai" }).click();
  await expect(page).toHaveURL((url) => url.pathname === "/pegawai");
  await page.goto(`/pegawai?q=${tag}&status=all`);
  const list = page.getByRole("table");
  for (const name of [`Lalu Pertama ${tag}`, `Drs. H. Kedua ${tag}, M.Si.`, `Baiq Ketiga ${tag}`]) {
    await expect(list.getByRole("link", { name })).toBeVisible();
  }
});

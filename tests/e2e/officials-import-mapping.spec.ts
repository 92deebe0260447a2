import type { Page } from "@playwright/test";
import { dukFile, people, siasnFile, SIASN_HEADERS } from "../support/staff-lists";
import type { UploadedFile } from "@/lib/uploads/form-file";
import { expect, login, test } from "./fixtures";

/** A regency no other spec counts officials in: the province's secretary imports for it. */
const UNIT = "KPU Kabupaten Lombok Tengah";

/**
 * The SIASN export with its headers renamed as an office's own copy has them: the name, NIP and golongan columns
 * say nothing the import knows, so the sheet is not recognised and the clerk maps it.
 */
const RENAMED: Record<string, string> = {
  "PNS ID": "ID ASN",
  "NIP BARU": "Nomor Induk",
  NAMA: "Nama ASN",
  "GOL AKHIR NAMA": "Gol. Terakhir",
  "UNOR NAMA": "Unor",
};
const HEADERS = SIASN_HEADERS.map((header) => RENAMED[header] ?? header);

const tag = `petakan${Date.now().toString(36)}`;

async function upload(page: Page, file: UploadedFile) {
  await page.getByLabel("Berkas CSV atau XLSX").setInputFiles({
    name: file.fileName,
    mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    buffer: Buffer.from(file.bytes),
  });
  await page.getByRole("button", { name: "Periksa berkas" }).click();
}

const mappingFor = (page: Page, header: string) => page.getByLabel(`Kolom “${header}” diisi ke`);

test("a provincial secretary maps the columns of a sheet the import does not know, and the unit remembers them", async ({
  page,
}) => {
  await login(page, "sekprov");
  await page.goto("/pegawai/impor");
  await page.getByLabel("Satuan kerja untuk baris tanpa satuan kerja").selectOption({ label: UNIT });

  await upload(page, await siasnFile(people(6, tag, ["Keuangan"]), { headers: HEADERS }));
  await expect(page.getByText("Format berkas tidak dikenali")).toBeVisible();
  const problems = page.getByRole("region", { name: /Masalah yang harus diperbaiki/ });
  await expect(problems).toContainText("Kolom berikut tidak ditemukan di baris judul (baris 1): Nama");
  const mapping = page.getByRole("region", { name: "Pemetaan kolom" });
  await expect(mapping).toBeVisible();
  // The names the import knows come suggested; the renamed ones are left out until chosen.
  await expect(mappingFor(page, "GELAR DEPAN")).toHaveValue("Gelar Depan");
  await expect(mappingFor(page, "Nama ASN")).toHaveValue("");

  // Without a name column the mapping is refused on the page, naming what is missing.
  await mapping.getByRole("button", { name: "Periksa dengan pemetaan ini" }).click();
  await expect(mapping.getByRole("alert")).toContainText("Pilih satu kolom berkas yang berisi nama pegawai");
  await expect(mapping.getByRole("alert")).toBeFocused();

  await mappingFor(page, "Nama ASN").selectOption("Nama");
  await mappingFor(page, "Nomor Induk").selectOption("NIP");
  await mappingFor(page, "Gol. Terakhir").selectOption("Pangkat/Golongan");
  await mapping.getByRole("button", { name: "Periksa dengan pemetaan ini" }).click();

  await expect(page.getByText("6 baru, 0 diperbarui, 0 tanpa perubahan, 0 bermasalah")).toBeVisible();
  await expect(problems).toHaveCount(0);
  await expect(page.getByText("Pemetaan kolom yang Anda pilih dipakai.")).toBeVisible();
  await page.getByRole("button", { name: "Impor 6 pegawai" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Impor selesai" })).toHaveText(
    "Impor selesai: 6 pegawai baru, 0 diperbarui, 0 tanpa perubahan.",
  );

  // The next list with these headers, for the same unit: read with the remembered mapping at once.
  await expect(
    page.getByLabel("Satuan kerja untuk baris tanpa satuan kerja").locator("option:checked"),
  ).toHaveText(UNIT);
  await upload(page, await siasnFile(people(4, `${tag}b`, ["Keuangan"]), { headers: HEADERS }));
  await expect(page.getByText("4 baru, 0 diperbarui, 0 tanpa perubahan, 0 bermasalah")).toBeVisible();
  await expect(page.getByText("Pemetaan kolom yang tersimpan untuk satuan kerja ini dipakai.")).toBeVisible();
  await page.getByRole("button", { name: "Ubah pemetaan kolom" }).click();
  await expect(mappingFor(page, "Nama ASN")).toHaveValue("Nama");
  await expect(mappingFor(page, "Nomor Induk")).toHaveValue("NIP");
  await expect(mappingFor(page, "Unor")).toHaveValue("");
  await expect(page.getByRole("button", { name: "Impor 4 pegawai" })).toBeEnabled();
});

test("a DUK previews with its title, numbering and signature rows listed as left out", async ({ page }) => {
  await login(page, "sekprov");
  await page.goto("/pegawai/impor");
  await page.getByLabel("Satuan kerja untuk baris tanpa satuan kerja").selectOption({ label: UNIT });
  await upload(page, await dukFile(people(15, `${tag}duk`, ["Keuangan"]), UNIT));

  await expect(page.getByText("Format dikenali: DUK (Daftar Urut Kepangkatan).")).toBeVisible();
  await expect(page.getByText("Baris judul: baris 5 dan 6 (digabung).")).toBeVisible();
  const skipped = page.getByRole("table", { name: /Baris yang dilewati/ });
  for (const [row, reason] of [
    ["1", "judul"],
    ["7", "nomor kolom"],
    ["24", "blok tanda tangan"],
  ] as const) {
    const line = skipped
      .getByRole("row")
      .filter({ has: page.getByRole("rowheader", { name: row, exact: true }) });
    await expect(line).toContainText(reason);
  }
});

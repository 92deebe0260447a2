import { expect, login, test } from "./fixtures";

test("a refused save keeps what was typed, focuses the first invalid field and lists it; a save says so once", async ({
  page,
}) => {
  // A sequence no demo official has, so that reruns against a kept database do not collide.
  const sequence = String(100 + Math.floor(Math.random() * 800));
  const name = `Lalu Uji Formulir ${sequence}, S.E.`;
  // Dompu, not Sumbawa: the posture test counts Sumbawa's ASN against its quota.
  await login(page, "sekkab.dompu");
  await page.goto("/pegawai/baru");

  const nameField = page.getByLabel("Nama", { exact: true });
  const nip = page.getByLabel("NIP", { exact: true });
  const email = page.getByLabel("Email");
  await nameField.fill("Ab");
  await page.getByLabel("Pangkat/golongan").selectOption({ label: "Penata Muda (III/a)" });
  await nip.fill(`19870521 201103 1 ${sequence}`);
  await email.fill("bukan-alamat-email");
  await page.getByRole("button", { name: "Simpan" }).click();

  const alert = page.locator("form").getByRole("alert");
  await expect(alert).toContainText("Periksa kembali isian yang ditandai.");
  await expect(nameField).toBeFocused();
  const problems = alert.getByRole("list", { name: "Isian yang perlu diperbaiki" });
  await expect(problems.getByRole("listitem")).toHaveText([
    "Nama: Minimal 3 karakter.",
    "Email: Alamat email tidak valid.",
  ]);
  await expect(nameField).toHaveValue("Ab");
  await expect(nip).toHaveValue(`19870521 201103 1 ${sequence}`);
  await expect(email).toHaveValue("bukan-alamat-email");
  await expect(page.getByLabel("Pangkat/golongan")).toHaveValue("III_A");

  await problems.getByRole("link", { name: "Email" }).click();
  await expect(email).toBeFocused();
  await email.fill("uji.formulir@kpu.go.id");
  await nameField.fill(name);
  await page.getByRole("button", { name: "Simpan" }).click();

  await expect(page).toHaveURL(/\/pegawai\/(?!baru)[^/]+$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);
  await expect(page.getByRole("status").filter({ hasText: "Pegawai baru tersimpan." })).toBeVisible();

  // An edit confirms itself too; leaving the page dismisses the confirmation, and coming back does not repeat it.
  await page.getByRole("link", { name: "Ubah data" }).click();
  await expect(page.getByText("Pegawai baru tersimpan.")).toHaveCount(0);
  await page.getByLabel("Telepon").fill("0371 21234");
  await page.getByRole("button", { name: "Simpan" }).click();
  await expect(
    page.getByRole("status").filter({ hasText: "Perubahan data pegawai tersimpan." }),
  ).toBeVisible();
  await expect(page.getByRole("region", { name: "Data pribadi" })).toContainText("0371 21234");
  await page.reload();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);
  await expect(page.getByText("Perubahan data pegawai tersimpan.")).toHaveCount(0);
});

test("a unit form refused by the server keeps its values and focuses the field; the save is confirmed", async ({
  page,
}) => {
  await login(page, "stafprov");
  await page.goto("/satuan-kerja/5204");
  await page.getByRole("link", { name: "Ubah satuan kerja" }).click();

  const quota = page.getByLabel("Kuota tenaga pendukung");
  const address = page.getByLabel("Alamat");
  const stored = await quota.inputValue();
  await address.fill("Jl. Garuda No. 1, Sumbawa Besar");
  await quota.fill("-3");
  await page.getByRole("button", { name: "Simpan" }).click();

  await expect(quota).toBeFocused();
  await expect(page.locator("form").getByRole("alert").getByRole("link")).toHaveText([
    "Kuota tenaga pendukung",
  ]);
  await expect(address).toHaveValue("Jl. Garuda No. 1, Sumbawa Besar");
  await expect(quota).toHaveValue("-3");

  await quota.fill(stored);
  await page.getByRole("button", { name: "Simpan" }).click();
  await expect(page).toHaveURL(/\/satuan-kerja\/5204$/);
  await expect(page.getByRole("status").filter({ hasText: "Perubahan tersimpan." })).toBeVisible();
});
